using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// The number or numbers a figure states, as written, beside the range they are interpreted as: "some 40,000" states
/// 40,000 (interpreted by the default policy as [35,000, 45,000]); "between 14,000 and 18,000" states 14,000 and
/// 18,000; "more than 5,600" states 5,600; "down 9 percent" states 9 (the fall is in the interpretation, −9).
/// </summary>
/// <remarks>
/// <para>Vague words ("hundreds", "tens of thousands") state no number, so they have no stated figure. Multipliers are
/// applied ("$4bn" states 4,000,000,000), as are fractions of a scale ("half a million" states 500,000).</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
/// <example>
/// <code>
/// var stated = new StatedFigure(14_000, 18_000);
/// // stated.First is 14000; stated.Second is 18000; stated.ToString() is "14000 to 18000"
/// </code>
/// </example>
public sealed class StatedFigure : IEquatable<StatedFigure>
{
    /// <summary>Creates a stated figure of one number, or of two (the ends of a range or a pair of bounds, in the order stated).</summary>
    /// <param name="first">The first (or only) number stated.</param>
    /// <param name="second">The second number stated, if any.</param>
    public StatedFigure(decimal first, decimal? second = null)
    {
        First = first;
        Second = second;
    }

    /// <summary>The first (or only) number stated.</summary>
    public decimal First { get; }

    /// <summary>The second number stated, for "between A and B" or "more than A and up to B"; otherwise <c>null</c>.</summary>
    public decimal? Second { get; }

    /// <inheritdoc />
    public bool Equals(StatedFigure? other) => other is not null && First == other.First && Second == other.Second;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatedFigure);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(First, Second);

    /// <summary>"40000", or "14000 to 18000": culture-invariant, without grouping.</summary>
    public override string ToString() => Second is { } second ? $"{Invariant.Plain(First)} to {Invariant.Plain(second)}" : Invariant.Plain(First);
}
