using System.IO;

namespace ConflictData.Cli;

/// <summary>
/// Where a run of the tool writes, and what is known about it: standard output and standard error, whether standard
/// output is a terminal (tables may then use its width and box-drawing characters), the width tables are laid out in, and
/// whether standard error is a terminal.
/// </summary>
/// <param name="Out">Results: tables, JSON lines, help.</param>
/// <param name="Error">Error lines only, one per failure.</param>
/// <param name="OutIsTerminal">True when <paramref name="Out"/> is a terminal rather than a pipe, a file or a test.</param>
/// <param name="Width">The number of columns a table may use.</param>
/// <param name="ErrorIsTerminal">True when <paramref name="Error"/> is a terminal: long runs may then show their progress there (<see cref="ProgressDisplay"/>).</param>
internal sealed record ToolConsole(TextWriter Out, TextWriter Error, bool OutIsTerminal, int Width, bool ErrorIsTerminal = false)
{
    /// <summary>The width of tables written to anything that is not a terminal, so piped output does not depend on the terminal.</summary>
    internal const int PipedWidth = 120;

    /// <summary>Writers that are not a terminal, as in tests and pipes.</summary>
    internal static ToolConsole Redirected(TextWriter output, TextWriter error) => new(output, error, OutIsTerminal: false, PipedWidth);

    /// <summary>Writes the one error line of a failed run, prefixed with the command, and returns <see cref="ExitCodes.Failure"/>.</summary>
    internal int Fail(string command, string message)
    {
        Error.WriteLine($"conflictdata {command}: {TerminalText.OneLine(message)}");
        return ExitCodes.Failure;
    }
}
