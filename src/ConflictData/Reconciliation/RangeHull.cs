using System;
using System.Collections.Generic;
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

    internal static string Describe(DateInterval? interval) => interval is null
        ? "unstated"
        : interval.Start == interval.End
            ? LocalDatePattern.Iso.Format(interval.Start)
            : LocalDatePattern.Iso.Format(interval.Start) + "/" + LocalDatePattern.Iso.Format(interval.End);

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

    internal static Diagnostic ConflictBetween(MergeInput a, MergeInput b) =>
        Diagnostic.Create(ReconciliationDiagnostics.Conflict, [a.Id, b.Id], [],
            a.Id, a.Value, b.Id, b.Value, Describe(a.ReferenceTime), Describe(b.ReferenceTime));
}
