using System;
using System.IO;

namespace ConflictData.Cli;

/// <summary>Tells a closed pipe from other failures to write, so that <c>conflictdata list | head -1</c> ends quietly.</summary>
internal static class OutputFailure
{
    // EPIPE on Linux and macOS; ERROR_BROKEN_PIPE and ERROR_NO_DATA, as HRESULTs, on Windows.
    private const int BrokenPipeErrno = 32;
    private const int WindowsBrokenPipe = unchecked((int)0x8007006D);
    private const int WindowsNoData = unchecked((int)0x800700E8);

    /// <summary>True when <paramref name="e"/> says the reader of the output has gone away.</summary>
    internal static bool IsClosedPipe(IOException e) => e.HResult is BrokenPipeErrno or WindowsBrokenPipe or WindowsNoData;
}
