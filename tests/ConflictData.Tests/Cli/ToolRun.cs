using System;
using System.IO;
using ConflictData.Cli;

namespace ConflictData.Tests.Cli;

/// <summary>Runs the tool in-process, capturing its exit code, standard output and standard error.</summary>
internal static class ToolRun
{
    internal static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Tool.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The non-empty lines of <paramref name="text"/>.</summary>
    internal static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Asserts that <paramref name="error"/> is exactly one line starting with <paramref name="prefix"/>, and returns it.</summary>
    internal static string SingleErrorLine(string error, string prefix)
    {
        string line = Assert.Single(Lines(error));
        Assert.StartsWith(prefix, line, StringComparison.Ordinal);
        return line;
    }
}
