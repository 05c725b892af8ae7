using System;
using System.IO;
using System.Text;

namespace ConflictData.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        // Quotes and figures hold curly quotes, "→" and "£": write UTF-8 whatever the console's default. Standard output is
        // buffered and flushed once by Tool.Run, which therefore sees a full disk or a closed pipe as an IOException.
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        var stdout = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 64 * 1024) { AutoFlush = false };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true };
        bool terminal = !Console.IsOutputRedirected;
        int width = terminal && Console.WindowWidth > 0 ? Console.WindowWidth : ToolConsole.PipedWidth;
        return Tool.Run(args, new ToolConsole(stdout, stderr, terminal, width, ErrorIsTerminal: !Console.IsErrorRedirected));
    }
}
