using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// Arbitraries for <c>[Property]</c> tests at the limits of <see cref="decimal"/>: every decimal (29 significant digits
/// included, and the neighbours of the extremes), every combination of hedge kinds, and ranges over all decimals.
/// </summary>
public static class DecimalLimitArbitraries
{
    private static readonly Gen<decimal> NearTheLimits = Gen.Elements(
        decimal.MaxValue, decimal.MaxValue - 1, decimal.MaxValue - 2, 79228162514264337593543950334m,
        decimal.MinValue, decimal.MinValue + 1, 10_000_000_000_000_000_000_000_000_000m, 1_000_000_000_000_000_000_000_001m,
        1.0000000000000000000000000001m, 0.0000000000000000000000000001m, decimal.MaxValue / 10);

    /// <summary>Every decimal, with the neighbours of the extremes often.</summary>
    public static Arbitrary<decimal> AnyDecimal() =>
        Arb.From(Gen.Frequency((3, ModelGenerators.Decimal), (1, NearTheLimits), (1, NearTheLimits.Select(d => -d))),
            d => d == 0 ? [] : new[] { 0m, decimal.Truncate(d), d / 10 }.Where(x => x != d).Distinct());

    /// <summary>Every combination of hedge kinds, including ones the grammar never forms.</summary>
    public static Arbitrary<HedgeKinds> AnyHedgeKinds() =>
        Arb.From(Gen.Choose(0, (int)Enum.GetValues<HedgeKinds>().Aggregate((a, b) => a | b)).Select(i => (HedgeKinds)i),
            k => k == ConflictData.HedgeKinds.None ? [] : [ConflictData.HedgeKinds.None]);

    /// <summary>Ranges over every decimal.</summary>
    public static Arbitrary<RangedValue> AnyRangedValue() => ModelGenerators.RangedValueArbitrary(ModelGenerators.RangedValue);
}
