using System;
using System.Globalization;
using Spectre.Console;

namespace ConflictData.Cli;

/// <summary>
/// A live progress line on standard error for long runs (Spectre.Console): how much text has been read, out of how much
/// when the inputs are files of known size. Shown only when standard error is a terminal and standard output is not
/// (output on the terminal is progress enough, and a live display would break its lines); a pipe, a file or a test gets
/// not one byte of it.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Whether <paramref name="console"/> gets a progress display.</summary>
    internal static bool IsShown(ToolConsole console) => console.ErrorIsTerminal && !console.OutIsTerminal;

    /// <summary>
    /// Runs <paramref name="work"/>, handing it a callback that reports UTF-8 bytes of text done; with a display when
    /// <see cref="IsShown"/>, else with a callback that does nothing.
    /// </summary>
    /// <param name="console">Where the run writes.</param>
    /// <param name="description">What is being done, such as "extract".</param>
    /// <param name="totalBytes">The bytes to do, or null when unknown (standard input, JSON lines of documents).</param>
    /// <param name="work">The run; returns its exit code.</param>
    internal static int Run(ToolConsole console, string description, long? totalBytes, Func<Action<long>, int> work)
    {
        if (!IsShown(console))
        {
            return work(static _ => { });
        }
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(console.Error),
        });
        return terminal.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(description, maxValue: totalBytes ?? 1);
                task.IsIndeterminate = totalBytes is null;
                // Drawn at once, not at the first tick of the refresh timer, which a short run may finish before.
                context.Refresh();
                long done = 0;
                int exit = work(bytes =>
                {
                    done += bytes;
                    if (totalBytes is not null)
                    {
                        task.Value = Math.Min(done, totalBytes.Value);
                    }
                    task.Description = $"{description} {(done / 1e6).ToString("F1", CultureInfo.InvariantCulture)} MB";
                });
                task.StopTask();
                return exit;
            });
    }
}
