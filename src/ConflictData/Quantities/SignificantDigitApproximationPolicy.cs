using System;

namespace ConflictData;

/// <summary>
/// The default <see cref="IApproximationPolicy"/>: the width of an approximate figure follows the precision with which
/// it was stated. A number's step is the place value of its last non-zero digit (40,000 → 10,000; 5,600 → 100;
/// 2.5 → 0.1; 300 → 100).
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>hedge</term><description>range for stated v with step s</description></listheader>
/// <item><term>none</term><description>exactly v</description></item>
/// <item><term>approximate, estimated, most likely</term><description>[v − s/2, v + s/2], best v ("some 40,000" → [35,000, 45,000])</description></item>
/// <item><term>more than</term><description>(v, ) — no upper bound is invented</description></item>
/// <item><term>at least</term><description>[v, )</description></item>
/// <item><term>up to, as many as</term><description>( , v]</description></item>
/// <item><term>less than</term><description>( , v)</description></item>
/// <item><term>almost</term><description>[v − s/2, v) ("almost eight million" → [7,500,000, 8,000,000))</description></item>
/// </list>
/// <para>A directional hedge wins over an approximate one ("an estimated more than 5,000" is (5000, )).
/// A lower end never drops below zero for non-negative numbers. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SignificantDigitApproximationPolicy : IApproximationPolicy
{
    /// <summary>The shared instance.</summary>
    public static SignificantDigitApproximationPolicy Instance { get; } = new();

    /// <inheritdoc />
    public RangedValue Interpret(decimal stated, HedgeKinds hedge)
    {
        if ((hedge & HedgeKinds.MoreThan) != 0)
        {
            return RangedValue.MoreThan(stated);
        }
        if ((hedge & HedgeKinds.AtLeast) != 0)
        {
            return RangedValue.AtLeast(stated);
        }
        if ((hedge & HedgeKinds.UpTo) != 0)
        {
            return RangedValue.AtMost(stated);
        }
        if ((hedge & HedgeKinds.LessThan) != 0)
        {
            return RangedValue.LessThan(stated);
        }
        decimal half = Step(stated) / 2;
        decimal low = stated >= 0 ? Math.Max(0, stated - half) : stated - half;
        if ((hedge & HedgeKinds.Almost) != 0)
        {
            return new RangedValue(Bound.Inclusive(low), Bound.Exclusive(stated));
        }
        if ((hedge & (HedgeKinds.Approximate | HedgeKinds.Estimated | HedgeKinds.MostLikely | HedgeKinds.Vague)) != 0)
        {
            return RangedValue.Between(low, stated + half, stated);
        }
        return RangedValue.Exact(stated);
    }

    /// <summary>The place value of the last non-zero digit of <paramref name="value"/>; 1 for zero.</summary>
    public static decimal Step(decimal value)
    {
        value = Math.Abs(value);
        if (value == 0)
        {
            return 1;
        }
        decimal step = 1;
        if (decimal.Truncate(value) != value)
        {
            // Fractional: find how many decimals the number needs.
            while (decimal.Truncate(value / step) != value / step)
            {
                step /= 10;
            }
            return step;
        }
        while (step <= decimal.MaxValue / 10 && value % (step * 10) == 0)
        {
            step *= 10;
        }
        return step;
    }

    /// <summary>The policy's name.</summary>
    public override string ToString() => nameof(SignificantDigitApproximationPolicy);
}
