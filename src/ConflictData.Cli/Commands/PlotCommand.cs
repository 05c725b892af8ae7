using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using ConflictData.Charts;
using ConflictData.Cli.Input;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata plot GROUP --output FILE.svg|png [--input FILE.csv]</c>: the competing estimates of the quantity of
/// a reconciled group over time, with each time's reconciled value as a band (<see cref="EstimateChart"/>). GROUP is a
/// group's name or a piece of it that only one group has, as the reconciliation names them.
/// </summary>
internal static class PlotCommand
{
    internal static Command Create(ToolConsole console)
    {
        var group = new Argument<string>("GROUP") { Description = "A reconciled group's name, or a piece of it that names one group." };
        var output = new Option<string>("--output") { Description = "The chart file: .svg or .png.", HelpName = "FILE.svg|png", Required = true };
        output.Validators.Add(result =>
        {
            string? path = result.GetValueOrDefault<string>();
            if (path is not null && Path.GetExtension(path).ToUpperInvariant() is not (".SVG" or ".PNG"))
            {
                result.AddError($"--output '{path}' must end in .svg or .png.");
            }
        });
        var input = new Option<string?>("--input") { Description = "A user's estimates CSV instead of the seed corpus.", HelpName = "FILE.csv" };
        var command = new Command("plot", "Chart a quantity's competing estimates over time, with the reconciled result.") { group, output, input };
        command.SetAction(parse => Plot(parse.GetRequiredValue(group), parse.GetRequiredValue(output), parse.GetValue(input), console));
        return command;
    }

    private static int Plot(string name, string output, string? input, ToolConsole console)
    {
        if (!EstimateFileReader.TryReadOrSeeds(input, out var estimates, out string error))
        {
            return console.Fail("plot", error);
        }
        var report = estimates.Reconcile();
        if (!report.TryFindGroup(name, out var found, out var candidates))
        {
            return console.Fail("plot", candidates.IsEmpty
                ? $"no reconciled group is named '{name}'."
                : $"'{name}' names {candidates.Length} groups; be more specific, e.g. '{candidates[0]}'.");
        }
        var timeline = report.GetTimeline(found.Key)!;
        try
        {
            EstimateChart.Of(timeline).Save(output);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return console.Fail("plot", $"cannot write '{output}': {e.Message}");
        }
    }
}
