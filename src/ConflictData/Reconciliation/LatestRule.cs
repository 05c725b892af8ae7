using System;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace ConflictData.Reconciliation;

/// <summary>
/// <c>latest</c>: the input with the latest reference time supersedes the others; ties are broken by publication time,
/// then by id. Superseded inputs are kept and marked (CD0006), never deleted, as Wikidata deprecates outdated statements.
/// </summary>
/// <remarks>
/// <para><b>Order.</b> Inputs are ranked by the key (end of reference time, start of reference time, publication day, id);
/// an unknown time ranks below every known one. The result is the value of the input with the greatest key, exactly —
/// bounds, openness and best value as given. <b>Vague values</b> and <b>stated low confidence</b> do not change the ranking.</para>
/// <para><b>Laws.</b> latest is not commutative in the usual sense of combining values: merge(a, b) is a or b, chosen by
/// time, not a blend. Its own law (property-tested): the result equals the value of the input with the greatest key,
/// whatever the order of the inputs; adding an input with a smaller key never changes the result.</para>
/// </remarks>
public sealed class LatestRule : MergeRule
{
    /// <summary>Creates the rule; <see cref="MergeRules.Latest"/> is the shared instance.</summary>
    public LatestRule() : base("latest", "The input with the latest reference time supersedes the rest; ties by publication time.")
    {
    }

    /// <summary>Compares inputs by the key the rule ranks them by: reference end, reference start, publication day, id.</summary>
    public static int CompareKeys(MergeInput x, MergeInput y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int c = Compare(x.ReferenceTime?.End, y.ReferenceTime?.End);
        c = c != 0 ? c : Compare(x.ReferenceTime?.Start, y.ReferenceTime?.Start);
        c = c != 0 ? c : Compare(x.Published, y.Published);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    private static int Compare(LocalDate? a, LocalDate? b) =>
        a is { } x ? (b is { } y ? x.CompareTo(y) : 1) : (b is null ? 0 : -1);

    /// <inheritdoc />
    protected override MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit)
    {
        var winner = inputs[0];
        foreach (var input in inputs)
        {
            winner = CompareKeys(input, winner) > 0 ? input : winner;
        }
        var outcomes = inputs.Select(i => i == winner
            ? new InputOutcome(i.Id, InputRole.SetLower | InputRole.SetUpper | (i.Value.Best is null ? InputRole.None : InputRole.SuppliedBest), "the latest input")
            : new InputOutcome(i.Id, InputRole.Superseded, $"superseded by {winner.Id} ({RangeHull.Describe(winner.ReferenceTime)})"));
        var diagnostics = inputs.Where(i => i != winner)
            .Select(i => Diagnostic.Create(ReconciliationDiagnostics.Superseded, [i.Id, winner.Id], [], i.Id, winner.Id));
        return Result(winner.Value, outcomes, diagnostics);
    }
}
