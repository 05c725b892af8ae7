using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictData.Cli.Commands;

namespace ConflictData.Cli;

/// <summary>Dispatches "conflictdata COMMAND ..." to its command, and prints usage for help or a bad command.</summary>
internal static class CommandLine
{
    internal static readonly IReadOnlyList<ICommand> Commands =
    [
        new ListCommand(),
        new ShowCommand(),
        new ExtractCommand(),
    ];

    internal static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] is "-h" or "--help" or "help")
        {
            WriteUsage(args.Count == 0 ? stderr : stdout);
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"conflictdata: unknown command '{args[0]}'; expected one of: {string.Join(", ", Commands.Select(c => c.Name))}.");
            return ExitCodes.Usage;
        }
        try
        {
            return command.Run(new ArgumentReader(command.Name, args.Skip(1)), stdout, stderr);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"conflictdata {command.Name}: {e.Message}");
            stderr.WriteLine($"usage: {command.Usage}");
            return ExitCodes.Usage;
        }
    }

    private static void WriteUsage(TextWriter writer)
    {
        writer.WriteLine("conflictdata: hedged, sourced, dated estimates from conflict reporting.");
        writer.WriteLine();
        writer.WriteLine("usage:");
        foreach (var command in Commands)
        {
            writer.WriteLine($"  {command.Usage}");
            writer.WriteLine($"      {command.Summary}");
        }
    }
}
