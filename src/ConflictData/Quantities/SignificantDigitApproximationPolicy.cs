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
/// <item><term>almost</term><description>just short of v in size: [v − s/2, v) for positive v ("almost eight million" →
/// [7,500,000, 8,000,000)), (v, v + s/2] for negative v ("almost −9 percent" → (−9, −8.5]), [0, 0.5] for zero; a whole
/// step where the half step is lost to rounding, as with 29 significant digits next to <see cref="decimal.MaxValue"/></description></item>
/// <item><term>vague</term><description>v is the magnitude the word names (100 for "hundreds", 1,000 for "thousands",
/// 10,000 for "tens of thousands"): [2v, 10v) for positive v ("hundreds" → [200, 1,000)), otherwise as approximate</description></item>
/// </list>
/// <para>A directional hedge wins over every other kind ("an estimated more than 5,000" is (5000, )); then almost, then
/// vague, then approximate. An approximate lower end never drops below zero for a non-negative v. Ends that would
/// overflow <see cref="decimal"/> stop at <see cref="decimal.MaxValue"/> or <see cref="decimal.MinValue"/> (a vague
/// upper end that would overflow is left open), so every decimal has an interpretation and none throws. This type is immutable and thread-safe.</para>
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
        decimal step = Step(stated);
        // At decimal's finest scale half a step rounds to zero; a whole step keeps the range non-empty there.
        decimal half = step / 2 == 0 ? step : step / 2;
        if ((hedge & HedgeKinds.Almost) != 0)
        {
            return stated switch
            {
                > 0 => new RangedValue(Bound.Inclusive(ShortOf(stated, -half, -step)), Bound.Exclusive(stated)),
                < 0 => new RangedValue(Bound.Exclusive(stated), Bound.Inclusive(ShortOf(stated, half, step))),
                _ => RangedValue.Between(0, half),
            };
        }
        if ((hedge & HedgeKinds.Vague) != 0 && stated > 0)
        {
            var low = Bound.Inclusive(decimal.MaxValue - stated >= stated ? stated + stated : decimal.MaxValue);
            return new RangedValue(low, stated <= decimal.MaxValue / 10 ? Bound.Exclusive(stated * 10) : null);
        }
        if ((hedge & (HedgeKinds.Approximate | HedgeKinds.Estimated | HedgeKinds.MostLikely | HedgeKinds.Vague)) != 0)
        {
            decimal low = stated >= 0 ? Math.Max(0, stated - half) : SaturatingAdd(stated, -half);
            return RangedValue.Between(low, SaturatingAdd(stated, half), stated);
        }
        return RangedValue.Exact(stated);
    }

    /// <summary>
    /// <paramref name="stated"/> moved by half a step towards zero; by a whole step where the half step is lost to
    /// rounding (29 significant digits, as next to <see cref="decimal.MaxValue"/>), so "almost v" never collapses onto v.
    /// </summary>
    private static decimal ShortOf(decimal stated, decimal halfStep, decimal step)
    {
        decimal end = stated + halfStep;
        return end != stated ? end : stated + step;
    }

    private static decimal SaturatingAdd(decimal value, decimal delta) =>
        delta >= 0
            ? (value <= decimal.MaxValue - delta ? value + delta : decimal.MaxValue)
            : (value >= decimal.MinValue - delta ? value + delta : decimal.MinValue);

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
