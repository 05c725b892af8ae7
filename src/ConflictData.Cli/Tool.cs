using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using ConflictData.Cli.Commands;

namespace ConflictData.Cli;

/// <summary>
/// The <c>conflictdata</c> tool: its commands on System.CommandLine, and the one place that turns every way a run can
/// end into an exit code and at most one line on standard error.
/// </summary>
/// <remarks>
/// <para>Exit codes are a contract (<see cref="ExitCodes"/>): 0 ok, 1 failure, 2 usage. A usage error is one line
/// naming the command and the problem; a failure is one line from the command (<see cref="ToolConsole.Fail"/>); a closed
/// pipe (<c>conflictdata list | head -1</c>) ends quietly with 0, as Unix tools do; a failed write (a full disk) is one
/// line and 1; and anything unexpected is caught last, written as one line without a stack trace, and ends with 1.</para>
/// <para>Parsing is fixed and culture-invariant: response files (<c>@file</c>) are off, so a file whose name starts with
/// "@" is read as itself, and System.CommandLine's messages are its English ones (only English resources ship).</para>
/// </remarks>
internal static class Tool
{
    /// <summary>The tool's command name, as <c>dotnet tool install</c> puts it on the path.</summary>
    internal const string Name = "conflictdata";

    /// <summary>
    /// The commands, in the order help lists them. A new command is one file in <c>Commands/</c> with a
    /// <c>Create(ToolConsole)</c> method, and one entry here.
    /// </summary>
    private static readonly Func<ToolConsole, Command>[] Commands =
    [
        ListCommand.Create,
        ShowCommand.Create,
        ExtractCommand.Create,
        ReconcileCommand.Create,
        ExplainCommand.Create,
        ExportCommand.Create,
        ImportCommand.Create,
        PlotCommand.Create,
        HelpCommand.Create,
    ];

    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>The whole command tree, with each command's action writing to <paramref name="console"/>.</summary>
    internal static RootCommand CreateRootCommand(ToolConsole console)
    {
        var root = new RootCommand("conflictdata: hedged, sourced, dated estimates from conflict reporting.");
        // So that a command line to complete, which starts with the tool's name, parses whatever the executable is called.
        // The installed Native AOT tool is called by that name already (its root command's name), and a second one throws.
        if (root.Name != Name)
        {
            root.Aliases.Add(Name);
        }
        foreach (var create in Commands)
        {
            root.Add(create(console));
        }
        return root;
    }

    /// <summary>Runs the tool in-process on writers that are not a terminal, as tests do.</summary>
    internal static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) =>
        Run(args, ToolConsole.Redirected(stdout, stderr));

    /// <summary>Runs the tool; returns the exit code. Never throws.</summary>
    internal static int Run(IReadOnlyList<string> args, ToolConsole console)
    {
        string who = "conflictdata";
        try
        {
            var parse = CreateRootCommand(console).Parse(args, Parsing);
            who = parse.CommandResult.Command is RootCommand ? "conflictdata" : "conflictdata " + parse.CommandResult.Command.Name;
            if (parse.Action is ParseErrorAction)
            {
                console.Error.WriteLine($"{who}: {UsageProblem(parse)} ('{who} --help' shows the usage.)");
                return ExitCodes.Usage;
            }
            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            };
            int exit = parse.Invoke(invocation);
            console.Out.Flush();
            return exit;
        }
        catch (IOException e) when (OutputFailure.IsClosedPipe(e))
        {
            return ExitCodes.Success;
        }
        catch (IOException e)
        {
            return Report(console, $"{who}: cannot write the output: {e.Message}");
        }
        catch (Exception e)
        {
            return Report(console, $"{who}: unexpected error ({e.GetType().Name}): {e.Message} Please report it with the command line that caused it.");
        }
    }

    /// <summary>Every parse error of the innermost command, on one line.</summary>
    private static string UsageProblem(ParseResult parse)
    {
        if (parse.CommandResult.Command is RootCommand root && (parse.Tokens.Count == 0 || !parse.Tokens[0].Value.StartsWith('-')))
        {
            string commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
            return parse.Tokens.Count == 0
                ? $"a command is needed: {commands}."
                : $"'{TerminalText.OneLine(parse.Tokens[0].Value)}' is not a command; the commands are {commands}.";
        }
        return TerminalText.OneLine(string.Join(" ", parse.Errors.Select(e => e.Message).Distinct()));
    }

    private static int Report(ToolConsole console, string line)
    {
        try
        {
            console.Error.WriteLine(TerminalText.OneLine(line));
        }
        catch (IOException)
        {
            // Standard error is gone too; the exit code is all that is left to say it.
        }
        return ExitCodes.Failure;
    }
}
