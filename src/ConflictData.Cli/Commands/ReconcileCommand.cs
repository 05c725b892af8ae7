using System.CommandLine;
using System.Globalization;
using System.Linq;
using ConflictData.Reconciliation;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata reconcile [--rule NAME] [--as-of yyyy-MM-dd] [--valid-at yyyy-MM-dd] [--input FILE] [--format table|jsonl]</c>:
/// every quantity at every time, reconciled by a named merge rule, with conflicts marked.
/// </summary>
/// <remarks>
/// The jsonl fields are a contract, one object per group, in this order: group, rule, low, high, lowInclusive,
/// highInclusive, best, unit, inputs (each id, quote, document, role), dropped (each id, reason), parts (group names),
/// diagnostics (each id, severity, message, estimates), then time, wholes, conflict and note. Roles are space-separated
/// codes: set-lower, set-upper, best, contributed, excluded, superseded, duplicate, part, or considered.
/// </remarks>
internal static class ReconcileCommand
{
    internal static Command Create(ToolConsole console)
    {
        var arguments = new ReconciliationArguments();
        var format = OutputFormatOption.Create();
        var command = new Command("reconcile", "Reconcile the estimates of each quantity at each time with a named merge rule, marking conflicts.");
        foreach (var option in arguments.Options)
        {
            command.Add(option);
        }
        command.Add(format);
        command.SetAction(parse =>
        {
            if (!arguments.TryReconcile(parse, out var report, out bool fromSeeds, out string error))
            {
                return console.Fail("reconcile", error);
            }
            if (parse.GetValue(format) == OutputFormat.Jsonl)
            {
                WriteJsonLines(report, fromSeeds, console);
            }
            else
            {
                WriteTable(report, console);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(ReconciliationReport report, ToolConsole console)
    {
        var table = TextTable.Create(("!", false), ("QUANTITY @ TIME", true), ("VALUE", false), ("INPUTS", false), ("NOTES", true));
        foreach (var group in report.Groups)
        {
            string notes = string.Join(" ", group.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.Id).Distinct());
            TextTable.AddRow(table, group.HasConflict ? "!" : "", group.Name, Value(group),
                group.Inputs.Length.ToString(CultureInfo.InvariantCulture), group.IsSumOfParts ? ("sum of parts " + notes).TrimEnd() : notes);
        }
        TextTable.Write(console, table);
        int conflicts = report.Groups.Count(g => g.HasConflict);
        console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Groups.Length} groups by the {report.Rule} rule, {conflicts} marked ! with a conflict; 'conflictdata explain GROUP' explains one."));
    }

    private static string Value(ReconciledGroup group) =>
        group.Value is { } value ? $"{value.Value} {value.Unit}" : "no result";

    private static void WriteJsonLines(ReconciliationReport report, bool fromSeeds, ToolConsole console)
    {
        using var json = new JsonLinesWriter(console.Out);
        foreach (var group in report.Groups)
        {
            var value = group.Value?.Value;
            json.StartLine();
            json.String("group", group.Name);
            json.String("rule", group.Rule);
            json.Number("low", value?.Lower?.Value);
            json.Number("high", value?.Upper?.Value);
            json.Boolean("lowInclusive", value?.Lower?.IsInclusive);
            json.Boolean("highInclusive", value?.Upper?.IsInclusive);
            json.Number("best", value?.Best);
            json.String("unit", group.Unit.Code);
            json.StartArray("inputs");
            foreach (var input in group.Inputs)
            {
                json.StartObject();
                json.String("id", input.Id);
                json.String("quote", input.Quote);
                json.String("document", input.Document is { } document ? (fromSeeds ? document.Value + ".txt" : document.Value) : null);
                json.String("role", InputOutcome.Code(input.Role));
                json.EndObject();
            }
            json.EndArray();
            json.StartArray("dropped");
            foreach (var input in group.Dropped)
            {
                json.StartObject();
                json.String("id", input.Id);
                json.String("reason", input.Outcome.Reason);
                json.EndObject();
            }
            json.EndArray();
            json.Strings("parts", group.Parts);
            json.StartArray("diagnostics");
            foreach (var diagnostic in group.Diagnostics)
            {
                json.StartObject();
                json.String("id", diagnostic.Id);
                json.String("severity", Diagnostic.SeverityName(diagnostic.Severity));
                json.String("message", diagnostic.Message);
                json.Strings("estimates", diagnostic.EstimateIds);
                json.EndObject();
            }
            json.EndArray();
            json.String("time", group.Time?.ToString());
            json.Strings("wholes", group.Wholes);
            json.Boolean("conflict", group.HasConflict);
            json.String("note", group.Note);
            json.EndLine();
        }
    }
}
