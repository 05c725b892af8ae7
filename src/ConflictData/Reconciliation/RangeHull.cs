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
    /// <summary>The lowest lower and highest upper bound of the inputs' values (an open side wins).</summary>
    /// <remarks>Generic over what holds a value, with an indexed loop: the rules pass their inputs, and the reconciler its
    /// own entries, whose inputs it makes only when a group's outcomes are read.</remarks>
    internal static (Bound? Lower, Bound? Upper) Envelope<T>(IReadOnlyList<T> inputs, Func<T, RangedValue> valueOf)
    {
        Bound? lower = null, upper = null;
        for (int i = 0; i < inputs.Count; i++)
        {
            var value = valueOf(inputs[i]);
            if (i == 0)
            {
                (lower, upper) = (value.Lower, value.Upper);
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

    /// <summary>The highest lower and lowest upper bound of the inputs' values (an exclusive bound wins at equal values).</summary>
    internal static (Bound? Lower, Bound? Upper) Intersection<T>(IReadOnlyList<T> inputs, Func<T, RangedValue> valueOf)
    {
        Bound? lower = null, upper = null;
        for (int i = 0; i < inputs.Count; i++)
        {
            var value = valueOf(inputs[i]);
            (lower, upper) = i == 0 ? (value.Lower, value.Upper) : (RangedValue.TighterLower(lower, value.Lower), RangedValue.TighterUpper(upper, value.Upper));
        }
        return (lower, upper);
    }

    /// <summary>The best value every input states, or null when one has none or two differ.</summary>
    internal static decimal? AgreedBest<T>(IReadOnlyList<T> inputs, Func<T, RangedValue> valueOf)
    {
        decimal? best = inputs.Count > 0 ? valueOf(inputs[0]).Best : null;
        for (int i = 1; i < inputs.Count && best is not null; i++)
        {
            if (valueOf(inputs[i]).Best != best)
            {
                best = null;
            }
        }
        return best;
    }

    /// <summary>The value of a rule's input, for the generic hulls above.</summary>
    internal static readonly Func<MergeInput, RangedValue> InputValue = static input => input.Value;

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

    /// <summary>The positions of the inputs whose ranges are furthest apart: the one with the highest lower bound and the one with the lowest upper bound (the first of equals).</summary>
    internal static (int High, int Low) ExtremePair<T>(IReadOnlyList<T> inputs, Func<T, RangedValue> valueOf)
    {
        int high = 0, low = 0;
        RangedValue highValue = valueOf(inputs[0]), lowValue = highValue;
        for (int i = 1; i < inputs.Count; i++)
        {
            var value = valueOf(inputs[i]);
            if (!RangedValue.LowerAtOrBelow(value.Lower, highValue.Lower))
            {
                (high, highValue) = (i, value);
            }
            if (!RangedValue.UpperAtOrAbove(value.Upper, lowValue.Upper))
            {
                (low, lowValue) = (i, value);
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
        ConflictBetween(a.Id, a.Value, a.ReferenceTime, b.Id, b.Value, b.ReferenceTime);

    /// <summary>The conflict (CD0001) between two values that share no number, each with its id and reference time.</summary>
    internal static Diagnostic ConflictBetween(string a, RangedValue aValue, DateInterval? aTime, string b, RangedValue bValue, DateInterval? bTime) =>
        Diagnostic.Create(ReconciliationDiagnostics.Conflict, [a, b], [], a, aValue, b, bValue, Described(aTime), Described(bTime));

    private sealed class DescribedInterval(DateInterval interval)
    {
        public override string ToString() => Describe(interval);
    }
}
