using System;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Text.Quantities;

/// <summary>Generators of valid quantities in every unit and range shape, for the parse/format round trip.</summary>
internal static class QuantityGenerators
{
    // Counted nouns whose plural the formatter writes regularly and that name no people (people are "person").
    private static readonly string[] Entities = ["country", "attack", "village", "cell", "church", "box", "group", "camp", "foreign-child", "day-trip", "safe-house"];

    private static readonly string[] Currencies = ["USD", "GBP", "EUR", "JPY", "IQD", "SYP", "AFN", "CHF"];

    private static readonly Gen<Unit> Units = Gen.OneOf(
        Gen.Constant(Unit.Person),
        Gen.Elements(Entities).Select(Unit.Count),
        Gen.Elements(Currencies).Select(code => Unit.Money(new Currency(code))),
        Gen.Constant(Unit.SquareKilometre),
        Gen.Constant(Unit.Percent),
        Gen.Elements(Enum.GetValues<TimeUnit>()).Select(Unit.PerPeriod),
        Gen.Elements(Enum.GetValues<TimeUnit>()).Select(Unit.Duration));

    /// <summary>Up to 12 integer digits and up to 3 decimals, with the sign the unit allows.</summary>
    private static Gen<decimal> Number(bool signed) =>
        from mantissa in Gen.Choose(0, 1_000_000).SelectMany(high => Gen.Choose(0, 999_999).Select(low => (long)high * 1_000_000 + low))
        from scale in Gen.Choose(0, 3)
        from small in Gen.Elements(true, false)
        from negative in Gen.Elements(false, signed)
        let magnitude = small ? mantissa % 10_000 : mantissa
        select (negative ? -1 : 1) * magnitude / Pow10(scale);

    private static decimal Pow10(int scale) => scale switch { 0 => 1m, 1 => 10m, 2 => 100m, _ => 1000m };

    private static Gen<RangedValue?> Values(bool signed) =>
        from a in Number(signed)
        from b in Number(signed)
        from c in Number(signed)
        from shape in Gen.Choose(0, 9)
        let lo = Math.Min(a, b)
        let hi = Math.Max(a, b)
        select Shape(shape, lo, hi, c);

    private static RangedValue? Shape(int shape, decimal lo, decimal hi, decimal best)
    {
        (Bound? lower, Bound? upper) = shape switch
        {
            0 => ((Bound?)Bound.Inclusive(lo), (Bound?)Bound.Inclusive(lo)),
            1 or 2 => (Bound.Inclusive(lo), Bound.Inclusive(hi)),
            3 => (Bound.Exclusive(lo), null),
            4 => (Bound.Inclusive(lo), null),
            5 => (null, Bound.Inclusive(hi)),
            6 => (null, Bound.Exclusive(hi)),
            7 => (Bound.Exclusive(lo), Bound.Inclusive(hi)),
            8 => (Bound.Inclusive(lo), Bound.Exclusive(hi)),
            _ => (Bound.Exclusive(lo), Bound.Exclusive(hi)),
        };
        if (shape == 0)
        {
            return RangedValue.Exact(lo);
        }
        decimal? withBest = shape == 2 ? best : null;
        return RangedValue.TryCreate(lower, upper, withBest, out var value, out _) ? value
            : RangedValue.TryCreate(lower, upper, null, out var plain, out _) ? plain : null;
    }

    /// <summary>Valid quantities: every unit, every range shape, negative numbers only in percent.</summary>
    internal static Arbitrary<Quantity> Quantities { get; } = Arb.From(
        from unit in Units
        from value in Values(unit.AllowsNegative)
        where value is not null && IsValid(value, unit)
        select new Quantity(value!, unit));

    private static bool IsValid(RangedValue value, Unit unit) =>
        unit.AllowsNegative || value.Upper is not { Value: 0, IsInclusive: false };
}
