using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// The quantity model's arbitraries, registered on a property with
/// <c>[Property(Arbitrary = new[] { typeof(QuantityArbitraries) })]</c>: valid values from <see cref="ModelGenerators"/>,
/// ranged values shrinking towards fewer parts and smaller numbers.
/// </summary>
public static class QuantityArbitraries
{
    /// <summary>Bounds of any value, inclusive or exclusive.</summary>
    public static Arbitrary<Bound> Bound() => ModelGenerators.Bound.ToArbitrary();

    /// <summary>Ranged values over the full decimal range, shrinking with <see cref="ModelGenerators.ShrinkRangedValue"/>.</summary>
    public static Arbitrary<RangedValue> RangedValue() => ModelGenerators.RangedValueArbitrary(ModelGenerators.RangedValue);

    /// <summary>ISO 4217 currencies.</summary>
    public static Arbitrary<Currency> Currency() => ModelGenerators.Currency.ToArbitrary();

    /// <summary>Units of every dimension.</summary>
    public static Arbitrary<Unit> Unit() => ModelGenerators.Unit.ToArbitrary();

    /// <summary>Quantities whose range respects their unit.</summary>
    public static Arbitrary<Quantity> Quantity() => ModelGenerators.Quantity.ToArbitrary();

    /// <summary>No hedge, a recognised phrase, or free words with any kinds.</summary>
    public static Arbitrary<Hedge> Hedge() => ModelGenerators.Hedge.ToArbitrary();
}
