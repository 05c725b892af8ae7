using System.CommandLine;
using System.Linq;

namespace ConflictData.Cli.Commands;

/// <summary><c>conflictdata help [COMMAND]</c>: the same help as <c>--help</c>, for the tool or for one command.</summary>
internal static class HelpCommand
{
    internal static Command Create(ToolConsole console)
    {
        var name = new Argument<string?>("COMMAND") { Description = "The command to describe.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("help", "Print help for the tool or for one command.") { name };
        command.SetAction(parse =>
        {
            var root = parse.RootCommandResult.Command;
            string? wanted = parse.GetValue(name);
            if (wanted is not null && !root.Subcommands.Any(c => c.Name == wanted))
            {
                console.Error.WriteLine($"conflictdata help: there is no command '{TerminalText.OneLine(wanted)}'; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}.");
                return ExitCodes.Usage;
            }
            return root.Parse(wanted is null ? ["--help"] : [wanted, "--help"], parse.Configuration).Invoke(parse.InvocationConfiguration);
        });
        return command;
    }
}
