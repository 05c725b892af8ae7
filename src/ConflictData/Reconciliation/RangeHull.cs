using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Reconciliation;

/// <summary>The bound arithmetic the rules share: hulls and intersections over inputs, and which input set which side.</summary>
internal static class RangeHull
{
    internal static (Bound? Lower, Bound? Upper) Envelope(IEnumerable<MergeInput> inputs)
    {
        bool first = true;
        Bound? lower = null, upper = null;
        foreach (var input in inputs)
        {
            var value = input.Value;
            if (first)
            {
                (lower, upper, first) = (value.Lower, value.Upper, false);
                continue;
            }
            if (!RangedValue.LowerAtOrBelow(lower, value.Lower))
            {
                lower = value.Lower;
            }
            if (!RangedValue.UpperAtOrAbove(upper, value.Upper))
            {
                upper = value.Upper;
            }
        }
        return (lower, upper);
    }

    internal static (Bound? Lower, Bound? Upper) Intersection(IEnumerable<MergeInput> inputs)
    {
        bool first = true;
        Bound? lower = null, upper = null;
        foreach (var input in inputs)
        {
            var value = input.Value;
            (lower, upper) = first ? (value.Lower, value.Upper) : (RangedValue.TighterLower(lower, value.Lower), RangedValue.TighterUpper(upper, value.Upper));
            first = false;
        }
        return (lower, upper);
    }

    /// <summary>The best value every input states, or null when one has none or two differ.</summary>
    internal static decimal? AgreedBest(IReadOnlyList<MergeInput> inputs)
    {
        decimal? best = inputs.Count > 0 ? inputs[0].Value.Best : null;
        for (int i = 1; i < inputs.Count && best is not null; i++)
        {
            if (inputs[i].Value.Best != best)
            {
                best = null;
            }
        }
        return best;
    }

    internal static InputRole BoundRoles(MergeInput input, Bound? lower, Bound? upper, decimal? best) =>
        (Nullable.Equals(input.Value.Lower, lower) ? InputRole.SetLower : InputRole.None)
        | (Nullable.Equals(input.Value.Upper, upper) ? InputRole.SetUpper : InputRole.None)
        | (best is not null && input.Value.Best == best ? InputRole.SuppliedBest : InputRole.None);

    /// <summary>Each input's outcome by the bounds and best value it set, in the inputs' order.</summary>
    internal static InputOutcome[] BoundOutcomes(ImmutableArray<MergeInput> inputs, Bound? lower, Bound? upper, decimal? best)
    {
        var outcomes = new InputOutcome[inputs.Length];
        for (int i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = new InputOutcome(inputs[i].Id, BoundRoles(inputs[i], lower, upper, best));
        }
        return outcomes;
    }

    internal static string Describe(DateInterval? interval) => interval is null
        ? "unstated"
        : interval.Start == interval.End
            ? LocalDatePattern.Iso.Format(interval.Start)
            : LocalDatePattern.Iso.Format(interval.Start) + "/" + LocalDatePattern.Iso.Format(interval.End);

    /// <summary>
    /// <see cref="Describe"/> as a message argument, written when the message is first read: conflicts (CD0001) name two
    /// intervals each, and are raised for many groups whose messages are never read.
    /// </summary>
    internal static object Described(DateInterval? interval) => interval is null ? "unstated" : new DescribedInterval(interval);

    /// <summary>The inputs whose ranges are furthest apart: the one with the highest lower bound and the one with the lowest upper bound.</summary>
    internal static (MergeInput High, MergeInput Low) ExtremePair(IReadOnlyList<MergeInput> inputs)
    {
        var high = inputs[0];
        var low = inputs[0];
        foreach (var input in inputs.Skip(1))
        {
            if (!RangedValue.LowerAtOrBelow(input.Value.Lower, high.Value.Lower))
            {
                high = input;
            }
            if (!RangedValue.UpperAtOrAbove(input.Value.Upper, low.Value.Upper))
            {
                low = input;
            }
        }
        return (high, low);
    }

    /// <summary>
    /// The first pair (in the order of <paramref name="xs"/>, then of <paramref name="ys"/>) whose values share no number,
    /// or null; linear, not a comparison of every pair.
    /// </summary>
    /// <remarks>A range misses another only by lying wholly below or wholly above it, so an x misses some y exactly when it
    /// misses the y that ends lowest or the y that starts highest; only for the first such x are the ys searched in order.</remarks>
    internal static (T X, T Y)? FirstDisjointPair<T>(IReadOnlyList<T> xs, IReadOnlyList<T> ys, Func<T, RangedValue> value)
    {
        if (xs.Count == 0 || ys.Count == 0)
        {
            return null;
        }
        RangedValue lowestEnd = value(ys[0]), highestStart = lowestEnd;
        for (int i = 1; i < ys.Count; i++)
        {
            var y = value(ys[i]);
            if (!RangedValue.UpperAtOrAbove(y.Upper, lowestEnd.Upper))
            {
                lowestEnd = y;
            }
            if (!RangedValue.LowerAtOrBelow(y.Lower, highestStart.Lower))
            {
                highestStart = y;
            }
        }
        // Indexed loops: a foreach over an IReadOnlyList of structs would box its enumerator.
        for (int i = 0; i < xs.Count; i++)
        {
            var vx = value(xs[i]);
            if (vx.Overlaps(lowestEnd) && vx.Overlaps(highestStart))
            {
                continue;
            }
            for (int j = 0; j < ys.Count; j++)
            {
                if (!vx.Overlaps(value(ys[j])))
                {
                    return (xs[i], ys[j]);
                }
            }
        }
        return null;
    }

    internal static Diagnostic ConflictBetween(MergeInput a, MergeInput b) =>
        Diagnostic.Create(ReconciliationDiagnostics.Conflict, [a.Id, b.Id], [],
            a.Id, a.Value, b.Id, b.Value, Described(a.ReferenceTime), Described(b.ReferenceTime));

    private sealed class DescribedInterval(DateInterval interval)
    {
        public override string ToString() => Describe(interval);
    }
}
