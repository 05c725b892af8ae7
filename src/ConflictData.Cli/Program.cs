using System;
using System.Text;

namespace ConflictData.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Quotes and figures hold curly quotes, "→" and "£": write UTF-8 whatever the console's default.
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return CommandLine.Run(args, Console.Out, Console.Error);
    }
}
