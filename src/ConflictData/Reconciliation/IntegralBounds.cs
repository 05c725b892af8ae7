using System;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// The explicit normalisation of a count's bounds to whole numbers: "more than 45,000" people is at least 45,001;
/// "fewer than 10,000" is at most 9,999; "thousands of" [2,000, 10,000) is [2,000, 9,999].
/// </summary>
/// <remarks>
/// The reconciler applies it to every count before merging and records the change in the explanation (and as the hidden
/// diagnostic CD0012); it never rewrites an estimate. A lower bound rounds up and an upper bound rounds down to a whole
/// number, an exclusive one moving one further. Best values are left as they are. A range with no whole number in it
/// (such as (5, 6)) is left as stated.
/// </remarks>
public static class IntegralBounds
{
    /// <summary>The range with inclusive whole-number bounds, or <paramref name="value"/> itself when it already has them.</summary>
    /// <example><c>IntegralBounds.Normalize(RangedValue.MoreThan(45_000))</c> is [45001, ).</example>
    public static RangedValue Normalize(RangedValue value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Bound? lower = value.Lower is { } l ? Bound.Inclusive(l.IsInclusive ? Math.Ceiling(l.Value) : Math.Floor(l.Value) + 1) : null;
        Bound? upper = value.Upper is { } u ? Bound.Inclusive(u.IsInclusive ? Math.Floor(u.Value) : Math.Ceiling(u.Value) - 1) : null;
        if (Nullable.Equals(lower, value.Lower) && Nullable.Equals(upper, value.Upper))
        {
            return value;
        }
        return RangedValue.TryCreate(lower, upper, value.Best) ?? value;
    }
}
