using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// <c>consensus</c>: the numbers every input allows — the intersection of the ranges. An empty intersection is a
/// conflict, reported as CD0001 naming the two inputs furthest apart, never papered over.
/// </summary>
/// <remarks>
/// <para><b>Bounds.</b> The highest lower bound and the lowest upper bound; at equal values an exclusive bound wins, as it
/// allows less. A side is open only if every input is open on it.</para>
/// <para><b>Best values</b> are kept only when every input states the same one. <b>Vague values</b> count as their range.
/// <b>Stated low confidence</b> does not exclude an input; a doubtful input that conflicts is still a conflict.</para>
/// <para><b>Laws</b> (property-tested): the result is contained in every input; adding an input never widens it;
/// it is independent of input order.</para>
/// </remarks>
public sealed class ConsensusRule : MergeRule
{
    /// <summary>Creates the rule; <see cref="MergeRules.Consensus"/> is the shared instance.</summary>
    public ConsensusRule() : base("consensus", "The intersection of all ranges: only what every input allows; empty means conflict.")
    {
    }

    /// <inheritdoc />
    protected override MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit) =>
        Merge(inputs, RangeHull.InputValue, new DeferredArray<MergeInput>(inputs));

    /// <summary>
    /// The rule over what holds the inputs' values, in id order with unique ids, reading <paramref name="inputs"/> only
    /// when the result needs them (its outcomes, or the two inputs of a conflict).
    /// </summary>
    /// <remarks>As <see cref="EnvelopeRule"/>'s: what the reconciler merges its entries with, and <see cref="MergeCore"/>
    /// over the inputs themselves.</remarks>
    internal MergeResult Merge<T>(IReadOnlyList<T> values, Func<T, RangedValue> valueOf, DeferredArray<MergeInput> inputs)
    {
        var (lower, upper) = RangeHull.Intersection(values, valueOf);
        decimal? best = RangeHull.AgreedBest(values, valueOf);
        if (!RangedValue.TryCreate(lower, upper, null, out var value, out _))
        {
            var (high, low) = RangeHull.ExtremePair(values, valueOf);
            return BoundResult(null, inputs, lower, upper, null, [RangeHull.ConflictBetween(inputs.Value[high], inputs.Value[low])]);
        }
        if (best is { } b && value.Contains(b))
        {
            value = new RangedValue(lower, upper, b);
        }
        else
        {
            best = null;
        }
        return BoundResult(value, inputs, lower, upper, best, []);
    }
}
