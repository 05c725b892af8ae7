using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A number known only within a range: a lower and an upper bound, each inclusive, exclusive or absent,
/// and optionally a best value inside the range. An exact figure is the special case [v, v] with best v.
/// </summary>
/// <remarks>
/// <para>Every value is an exact <see cref="decimal"/> as stated: "£39m" is 39,000,000, never a binary approximation.</para>
/// <para>A range is never empty and always has at least one bound. Ranges have component-wise equality
/// (the same bounds and the same best value) and deliberately no ordering: [1, 10] and [4, 5] are neither
/// less nor greater than each other.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var guterres = RangedValue.Between(14_000, 18_000);              // [14000, 18000]
/// var returned = RangedValue.MoreThan(5_600);                      // (5600, )
/// var atLarge = RangedValue.AtMost(10_000);                        // ( , 10000]
/// var fighters = new RangedValue(Bound.Inclusive(35_000), Bound.Inclusive(45_000), best: 40_000);
/// </code>
/// </example>
public sealed class RangedValue : IEquatable<RangedValue>
{
    /// <summary>Creates a range after checking that it is well formed.</summary>
    /// <remarks>A broken bound rule is reported against <paramref name="lower"/>; a best value outside the range against
    /// <paramref name="best"/>.</remarks>
    /// <param name="lower">The lower bound, or <c>null</c> when the range is open below.</param>
    /// <param name="upper">The upper bound, or <c>null</c> when the range is open above.</param>
    /// <param name="best">The single most likely value, if one was stated or derived; it must lie inside the range.</param>
    /// <exception cref="ArgumentException">Both bounds are absent; the lower bound is above the upper bound;
    /// the range is empty (equal bounds with one exclusive); or <paramref name="best"/> lies outside the range.</exception>
    public RangedValue(Bound? lower, Bound? upper, decimal? best = null)
        : this(lower, upper, best, nameof(lower))
    {
    }

    // Factories pass the name of their own bounds argument, so an exception names an argument the caller wrote.
    private RangedValue(Bound? lower, Bound? upper, decimal? best, string boundsParamName)
    {
        var problem = Check(lower, upper, best);
        Preconditions.CheckArgument(problem == Problem.None, problem == Problem.BestOutside ? nameof(best) : boundsParamName,
            $"{Describe(problem, lower, upper, best)}");
        Lower = lower;
        Upper = upper;
        Best = best;
    }

    // Checked by the caller (see TryCreate).
    private RangedValue(Bound? lower, Bound? upper, decimal? best, Problem checkedAs)
    {
        Debug.Assert(checkedAs == Problem.None, "Only a well-formed range is created unchecked.");
        Lower = lower;
        Upper = upper;
        Best = best;
    }

    /// <summary>The lower bound, or <c>null</c> when the range is open below ("up to 3,000").</summary>
    public Bound? Lower { get; }

    /// <summary>The upper bound, or <c>null</c> when the range is open above ("more than 5,600").</summary>
    public Bound? Upper { get; }

    /// <summary>The single most likely value, or <c>null</c> when none was stated or derived.</summary>
    public decimal? Best { get; }

    /// <summary>Whether this range holds exactly one number.</summary>
    public bool IsExact => Lower is { } l && Upper is { } u && l.Value == u.Value;

    /// <summary>Whether both bounds are present.</summary>
    public bool IsBounded => Lower.HasValue && Upper.HasValue;

    /// <summary>An exact figure: [<paramref name="value"/>, <paramref name="value"/>] with best <paramref name="value"/>.</summary>
    public static RangedValue Exact(decimal value) => new(Bound.Inclusive(value), Bound.Inclusive(value), value);

    /// <summary>A closed range [<paramref name="low"/>, <paramref name="high"/>], as in "between 14,000 and 18,000".</summary>
    /// <exception cref="ArgumentException"><paramref name="low"/> is above <paramref name="high"/> (the exception names
    /// <paramref name="low"/>), or <paramref name="best"/> is outside the range (it names <paramref name="best"/>).</exception>
    public static RangedValue Between(decimal low, decimal high, decimal? best = null) =>
        new(Bound.Inclusive(low), Bound.Inclusive(high), best, nameof(low));

    /// <summary>The open-above range (<paramref name="value"/>, ), as in "more than 5,600".</summary>
    public static RangedValue MoreThan(decimal value) => new(Bound.Exclusive(value), null);

    /// <summary>The open-above range [<paramref name="value"/>, ), as in "at least 2,500".</summary>
    public static RangedValue AtLeast(decimal value) => new(Bound.Inclusive(value), null);

    /// <summary>The open-below range ( , <paramref name="value"/>], as in "up to 30,000".</summary>
    public static RangedValue AtMost(decimal value) => new(null, Bound.Inclusive(value));

    /// <summary>The open-below range ( , <paramref name="value"/>), as in "fewer than 100".</summary>
    public static RangedValue LessThan(decimal value) => new(null, Bound.Exclusive(value));

    /// <summary>Tries to create a range, returning <c>false</c> with the reason instead of throwing.</summary>
    /// <param name="lower">The lower bound, or <c>null</c>.</param>
    /// <param name="upper">The upper bound, or <c>null</c>.</param>
    /// <param name="best">The best value, or <c>null</c>.</param>
    /// <param name="result">The range when the arguments are valid.</param>
    /// <param name="error">Why the arguments are invalid, when they are.</param>
    public static bool TryCreate(Bound? lower, Bound? upper, decimal? best,
        [NotNullWhen(true)] out RangedValue? result, [NotNullWhen(false)] out string? error)
    {
        result = TryCreate(lower, upper, best);
        error = result is null ? Describe(Check(lower, upper, best), lower, upper, best) : null;
        return result is not null;
    }

    /// <summary>The range, or null when the arguments do not make one: checked once, and no reason is worded.</summary>
    /// <remarks>The reconciler normalises a third of a million counts' bounds, and some normalised bounds make no range.</remarks>
    internal static RangedValue? TryCreate(Bound? lower, Bound? upper, decimal? best) =>
        Check(lower, upper, best) is var problem && problem == Problem.None ? new RangedValue(lower, upper, best, problem) : null;

    /// <summary>What makes the arguments no range, if anything.</summary>
    private enum Problem
    {
        None,
        NoBound,
        Inverted,
        Empty,
        BestOutside,
    }

    private static Problem Check(Bound? lower, Bound? upper, decimal? best)
    {
        if (lower is null && upper is null)
        {
            return Problem.NoBound;
        }
        if (lower is { } l && upper is { } u)
        {
            if (l.Value > u.Value)
            {
                return Problem.Inverted;
            }
            if (l.Value == u.Value && !(l.IsInclusive && u.IsInclusive))
            {
                return Problem.Empty;
            }
        }
        return best is { } b && !ContainsCore(lower, upper, b) ? Problem.BestOutside : Problem.None;
    }

    private static string Describe(Problem problem, Bound? lower, Bound? upper, decimal? best) => problem switch
    {
        Problem.NoBound => "A ranged value needs at least one bound; both lower and upper are absent.",
        Problem.Inverted => $"The lower bound {Invariant.Plain(lower!.Value.Value)} is above the upper bound {Invariant.Plain(upper!.Value.Value)}.",
        Problem.Empty => $"The range ({Invariant.Plain(lower!.Value.Value)}, {Invariant.Plain(upper!.Value.Value)}) is empty: equal bounds must both be inclusive.",
        _ => $"The best value {Invariant.Plain(best!.Value)} lies outside the range {Describe(lower, upper)}.",
    };

    /// <summary>Whether <paramref name="value"/> lies inside this range, honouring inclusive and exclusive bounds.</summary>
    public bool Contains(decimal value) => ContainsCore(Lower, Upper, value);

    /// <summary>Whether every number of <paramref name="other"/> also lies inside this range.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Contains(RangedValue other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return LowerAtOrBelow(Lower, other.Lower) && UpperAtOrAbove(Upper, other.Upper);
    }

    /// <summary>Whether the two ranges share at least one number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Overlaps(RangedValue other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        // The intersection's bounds decide alone (a best value outside them is dropped, never fatal); checked here without
        // building the range or its error text, because reconciliation asks this of many pairs.
        return TighterLower(Lower, other.Lower) is not { } l || TighterUpper(Upper, other.Upper) is not { } u
            || l.Value < u.Value || (l.Value == u.Value && l.IsInclusive && u.IsInclusive);
    }

    /// <summary>
    /// The numbers both ranges contain, or <c>null</c> when they share none. The best value is kept only when
    /// both ranges agree on it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public RangedValue? Intersection(RangedValue other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        var lower = TighterLower(Lower, other.Lower);
        var upper = TighterUpper(Upper, other.Upper);
        decimal? best = Best == other.Best ? Best : null;
        if (best is { } b && !ContainsCore(lower, upper, b))
        {
            best = null;
        }
        return TryCreate(lower, upper, best, out var result, out _) ? result : null;
    }

    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <summary>
    /// The smallest range containing both ranges (their envelope). The best value is kept only when both agree on it.
    /// </summary>
    /// <exception cref="ArgumentException">One range is open below and the other open above (such as "more than 5"
    /// and "at most 10"), so the envelope would have no bound at all, which no range represents.</exception>
    public RangedValue Envelope(RangedValue other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        var lower = LowerAtOrBelow(Lower, other.Lower) ? Lower : other.Lower;
        var upper = UpperAtOrAbove(Upper, other.Upper) ? Upper : other.Upper;
        CheckSomeBound(lower, upper, "envelope", other);
        return new RangedValue(lower, upper, Best == other.Best ? Best : null);
    }

    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="OverflowException">A sum exceeds the range of <see cref="decimal"/>.</exception>
    /// <summary>
    /// Interval addition: the range of <c>x + y</c> for x in this range and y in <paramref name="other"/>
    /// (Iraq 15,000–17,000 plus Syria 13,000–14,000 is 28,000–31,000). A bound of the sum is inclusive only when both
    /// summed bounds are; it is absent when either is. Best values add when both are present.
    /// </summary>
    /// <remarks>Sums are rounded to <see cref="decimal"/>'s precision; an exclusive bound that rounding brings onto the
    /// other bound or the best value becomes inclusive ((0.125, 0.25) plus 10²⁸ is [10²⁸, 10²⁸]), so the sum is never empty.</remarks>
    /// <exception cref="ArgumentException">One range is open below and the other open above, so the sum would have
    /// no bound at all, which no range represents.</exception>
    public RangedValue Add(RangedValue other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        var lower = SumBound(Lower, other.Lower);
        var upper = SumBound(Upper, other.Upper);
        CheckSomeBound(lower, upper, "sum", other);
        return Rounded(lower, upper, Best is { } a && other.Best is { } b ? a + b : null);
    }

    private void CheckSomeBound(Bound? lower, Bound? upper, string result, RangedValue other) =>
        Preconditions.CheckArgument(lower is not null || upper is not null, nameof(other),
            $"The {result} of {this} and {other} would be open on both sides, but a ranged value needs at least one bound.");

    /// <summary>Multiplies every number of the range by a positive factor, as a unit or currency conversion does.</summary>
    /// <remarks>Products are rounded as sums are (see <see cref="Add"/>), so the result is never empty.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is zero or negative.</exception>
    /// <exception cref="OverflowException">A product exceeds the range of <see cref="decimal"/>.</exception>
    public RangedValue Scale(decimal factor)
    {
        Preconditions.CheckRange(factor > 0, nameof(factor), factor, "A scale factor must be positive so the bounds keep their order.");
        return Rounded(
            Lower is { } l ? new Bound(l.Value * factor, l.IsInclusive) : null,
            Upper is { } u ? new Bound(u.Value * factor, u.IsInclusive) : null,
            Best * factor);
    }

    /// <summary>
    /// The range of a sum or product, whose bounds <see cref="decimal"/> has rounded to its 28–29 significant digits.
    /// Rounding keeps the order of numbers but can bring an exclusive bound onto the other bound or onto the best
    /// value; that bound then becomes inclusive, so the result holds the rounded numbers instead of being empty.
    /// </summary>
    private static RangedValue Rounded(Bound? lower, Bound? upper, decimal? best)
    {
        if (lower is { IsInclusive: false } l && (upper?.Value == l.Value || best == l.Value))
        {
            lower = Bound.Inclusive(l.Value);
        }
        if (upper is { IsInclusive: false } u && (lower?.Value == u.Value || best == u.Value))
        {
            upper = Bound.Inclusive(u.Value);
        }
        return new RangedValue(lower, upper, best);
    }

    private static Bound? SumBound(Bound? a, Bound? b) =>
        a is { } x && b is { } y ? new Bound(x.Value + y.Value, x.IsInclusive && y.IsInclusive) : null;

    private static bool ContainsCore(Bound? lower, Bound? upper, decimal value) =>
        (lower is not { } l || (l.IsInclusive ? value >= l.Value : value > l.Value)) &&
        (upper is not { } u || (u.IsInclusive ? value <= u.Value : value < u.Value));

    // A lower bound a is "at or below" b when every number above b is also above a.
    internal static bool LowerAtOrBelow(Bound? a, Bound? b) =>
        a is not { } x || (b is { } y && (x.Value < y.Value || (x.Value == y.Value && (x.IsInclusive || !y.IsInclusive))));

    internal static bool UpperAtOrAbove(Bound? a, Bound? b) =>
        a is not { } x || (b is { } y && (x.Value > y.Value || (x.Value == y.Value && (x.IsInclusive || !y.IsInclusive))));

    internal static Bound? TighterLower(Bound? a, Bound? b) => LowerAtOrBelow(a, b) ? b : a;

    internal static Bound? TighterUpper(Bound? a, Bound? b) => UpperAtOrAbove(a, b) ? b : a;

    /// <inheritdoc />
    public bool Equals(RangedValue? other) =>
        other is not null && Nullable.Equals(Lower, other.Lower) && Nullable.Equals(Upper, other.Upper) && Best == other.Best;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RangedValue);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, Best);

    /// <summary>Compares two ranges component-wise.</summary>
    public static bool operator ==(RangedValue? left, RangedValue? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two ranges component-wise.</summary>
    public static bool operator !=(RangedValue? left, RangedValue? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>
    /// Interval notation, culture-invariant: "[14000, 18000]", "(5600, )", "( , 30000]", with " best 40000" appended
    /// when a best value is present.
    /// </summary>
    public override string ToString() =>
        Best is { } b ? $"{Describe(Lower, Upper)} best {Invariant.Plain(b)}" : Describe(Lower, Upper);

    internal static string Describe(Bound? lower, Bound? upper)
    {
        var text = new StringBuilder();
        text.Append(lower is { } l ? (l.IsInclusive ? "[" : "(") + Invariant.Plain(l.Value) : "( ");
        text.Append(", ");
        text.Append(upper is { } u ? Invariant.Plain(u.Value) + (u.IsInclusive ? "]" : ")") : ")");
        return text.ToString();
    }
}
