namespace ConflictData.Cli;

/// <summary>The tool's exit codes, stable for scripts.</summary>
internal static class ExitCodes
{
    internal const int Success = 0;

    /// <summary>A runtime failure: a missing or unreadable file, an unknown id.</summary>
    internal const int Failure = 1;

    /// <summary>The command line itself is wrong.</summary>
    internal const int Usage = 2;

    /// <summary>
    /// <c>extract --documents --bad-documents skip</c> read the whole stream but skipped bad documents, each reported on
    /// standard error with its line number: the output is complete for every other document.
    /// </summary>
    internal const int Skipped = 3;
}
