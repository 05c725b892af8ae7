using System.CommandLine;
using System.Linq;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata explain GROUP [--rule NAME] [--as-of yyyy-MM-dd] [--valid-at yyyy-MM-dd] [--input FILE]</c>: one
/// reconciled group's explanation in English — rule, inputs with their quotes and roles, parts, diagnostics, every rule
/// side by side and the result without each origin. GROUP is a group's name as <c>reconcile</c> prints it, or any piece of
/// it that only one group's name contains.
/// </summary>
internal static class ExplainCommand
{
    internal static Command Create(ToolConsole console)
    {
        var group = new Argument<string>("GROUP") { Description = "A group's name as 'conflictdata reconcile' prints it, or a piece of it only one name contains." };
        var arguments = new ReconciliationArguments();
        var command = new Command("explain", "Explain one reconciled group in English: its rule, inputs, parts, diagnostics and alternatives.") { group };
        foreach (var option in arguments.Options)
        {
            command.Add(option);
        }
        command.SetAction(parse =>
        {
            if (!arguments.TryReconcile(parse, out var report, out _, out string error))
            {
                return console.Fail("explain", error);
            }
            string wanted = parse.GetRequiredValue(group);
            if (!report.TryFindGroup(wanted, out var found, out var candidates))
            {
                return console.Fail("explain", candidates.IsEmpty
                    ? $"no group is named '{wanted}' or has it in its name; 'conflictdata reconcile' lists the groups."
                    : $"'{wanted}' is in the names of {candidates.Length} groups; give more of the name: {string.Join("; ", candidates.Take(5))}{(candidates.Length > 5 ? "; ..." : "")}.");
            }
            console.Out.Write(found.Explain());
            return ExitCodes.Success;
        });
        return command;
    }
}
