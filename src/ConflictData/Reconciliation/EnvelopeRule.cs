using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// <c>envelope</c>: the hull of every range, as casualty recorders such as Iraq Body Count publish a minimum and a
/// maximum. Nothing any input allows is ruled out.
/// </summary>
/// <remarks>
/// <para><b>Bounds.</b> The lowest lower bound and the highest upper bound; at equal values an inclusive bound wins over an
/// exclusive one. A side is open if any input is open on it. When the result would be open on both sides ("up to 40,000"
/// with "more than 45,000") there is no range: the value is null and CD0011 says why.</para>
/// <para><b>Best values</b> are kept only when every input states the same one. <b>Vague values</b> ("hundreds of") count as
/// the range they were read as. <b>Stated low confidence</b> does not exclude an input: the envelope is of what was said.</para>
/// <para><b>Laws</b> (property-tested): the result contains every input; it is commutative, associative and idempotent;
/// it is monotone — adding an input never narrows it.</para>
/// </remarks>
public sealed class EnvelopeRule : MergeRule
{
    /// <summary>Creates the rule; <see cref="MergeRules.Envelope"/> is the shared instance.</summary>
    public EnvelopeRule() : base("envelope", "The hull of all ranges: the lowest lower bound to the highest upper bound.")
    {
    }

    /// <inheritdoc />
    protected override MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit) =>
        Merge(inputs, RangeHull.InputValue, new DeferredArray<MergeInput>(inputs));

    /// <summary>
    /// The rule over what holds the inputs' values, in id order with unique ids, reading <paramref name="inputs"/> only
    /// when the result needs them (its outcomes, or the rare value open on both sides).
    /// </summary>
    /// <remarks>The reconciler merges its own entries, so that a million estimates need no <see cref="MergeInput"/> each
    /// until a group's outcomes are read; <see cref="MergeCore"/> is this over the inputs themselves, so the two agree
    /// (and a property test compares the reconciler's results with a rule that merges through inputs).</remarks>
    internal MergeResult Merge<T>(IReadOnlyList<T> values, Func<T, RangedValue> valueOf, DeferredArray<MergeInput> inputs)
    {
        var (lower, upper) = RangeHull.Envelope(values, valueOf);
        if (lower is null && upper is null)
        {
            var given = inputs.Value;
            return BoundResult(null, inputs, lower, upper, null,
                [Diagnostic.Create(ReconciliationDiagnostics.OpenOnBothSides, given.Select(i => i.Id), [], Name, DeferredText.Join(", ", given))]);
        }
        decimal? best = RangeHull.AgreedBest(values, valueOf);
        var value = new RangedValue(lower, upper, best);
        return BoundResult(value, inputs, lower, upper, best, []);
    }
}
