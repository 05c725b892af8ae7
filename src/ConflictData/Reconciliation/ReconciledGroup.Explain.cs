using System.Linq;
using System.Text;

namespace ConflictData.Reconciliation;

public sealed partial class ReconciledGroup
{
    /// <summary>
    /// The group's explanation in English: the rule and its settings; each input with its quote, origin, citations, value
    /// as stated and as compared, conversion, times, reliability and role; the parts and wholes; the diagnostics; the
    /// inputs under every rule; and how the result moves without each origin. Culture-invariant.
    /// </summary>
    public string Explain()
    {
        var text = new StringBuilder();
        text.Append(Name).Append('\n');
        text.Append("  rule: ").Append(Rule);
        if (Merge is { } merge)
        {
            var rule = MergeRules.All.FirstOrDefault(r => r.Name == Rule);
            if (rule is not null)
            {
                text.Append(" — ").Append(rule.Summary);
            }
            if (merge.Settings.Length > 0)
            {
                text.Append(" (").Append(merge.Settings).Append(')');
            }
        }
        else if (IsSumOfParts)
        {
            text.Append(" — the sum of a complete set of parts (interval addition)");
        }
        text.Append('\n');
        text.Append("  result: ").Append(Value is null ? "none" : $"{Value.Value} {Value.Unit}").Append('\n');
        if (Note is not null)
        {
            text.Append("  note: ").Append(Note).Append('\n');
        }
        text.Append("  inputs:\n");
        foreach (var input in Inputs)
        {
            var e = input.Estimate;
            text.Append("    ").Append(input.Id).Append(" — “").Append(input.Quote).Append('”');
            if (!e.Evidence.IsEmpty)
            {
                text.Append(" at ").Append(e.Evidence[0].Document).Append(e.Evidence[0].Span);
            }
            text.Append('\n');
            text.Append("      role: ").Append(InputOutcome.Describe(input.Role));
            if (input.Outcome.Reason is not null)
            {
                text.Append(" (").Append(input.Outcome.Reason).Append(')');
            }
            text.Append('\n');
            text.Append("      source: ").Append(e.Sources.IsEmpty ? "not stated" : e.Sources[0].ToString()).Append('\n');
            foreach (var citation in input.Citations)
            {
                text.Append("      also cited as: ").Append(citation.Id).Append(" “")
                    .Append(citation.Evidence.IsEmpty ? citation.ToString() : citation.Evidence[0].Quote).Append("” (")
                    .Append(citation.Sources.IsEmpty ? "no source" : citation.Sources[0].ToString()).Append(")\n");
            }
            text.Append("      stated: ").Append(e.Quantity.Value).Append(' ').Append(e.Quantity.Unit)
                .Append(e.Hedge.Text.Length > 0 ? $" (hedge “{e.Hedge.Text}”)" : "").Append('\n');
            if (input.Conversion is not null)
            {
                text.Append("      converted: ").Append(input.Conversion).Append('\n');
            }
            if (input.Normalisation is not null)
            {
                text.Append("      normalised: ").Append(input.Normalisation).Append('\n');
            }
            if (input.Compared is not null)
            {
                text.Append("      compared as: ").Append(input.Compared).Append('\n');
            }
            text.Append("      refers to: ").Append(e.ReferenceTime?.ToString() ?? "not stated")
                .Append("; published: ").Append(e.Published?.ToString() ?? "unknown")
                .Append("; reliability: ").Append(e.Reliability?.ToString() ?? "ungraded");
            if (e.Confidence is { } confidence)
            {
                text.Append("; confidence: ").Append(confidence);
            }
            text.Append('\n');
        }
        AppendNames(text, "parts", Parts);
        AppendNames(text, "part of", Wholes);
        if (!Diagnostics.IsEmpty)
        {
            text.Append("  diagnostics:\n");
            foreach (var diagnostic in Diagnostics)
            {
                text.Append("    ").Append(diagnostic.ToString().Replace("\n", "\n    ", System.StringComparison.Ordinal)).Append('\n');
            }
        }
        var comparison = CompareRules();
        if (!comparison.IsEmpty)
        {
            text.Append("  under every rule:\n");
            foreach (var result in comparison)
            {
                text.Append("    ").Append(result.Rule.PadRight(13)).Append(result.Value?.ToString() ?? "no result").Append('\n');
            }
        }
        var sensitivity = LeaveOneOriginOut();
        if (!sensitivity.IsEmpty)
        {
            text.Append("  without each origin:\n");
            foreach (var (origin, result) in sensitivity)
            {
                text.Append("    without ").Append(origin).Append(": ").Append(result is null ? "no input left" : result.Value?.ToString() ?? "no result").Append('\n');
            }
        }
        return text.ToString();
    }

    private static void AppendNames(StringBuilder text, string label, System.Collections.Immutable.ImmutableArray<string> names)
    {
        foreach (string name in names)
        {
            text.Append("  ").Append(label).Append(": ").Append(name).Append('\n');
        }
    }
}
