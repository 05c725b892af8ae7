using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

[Properties(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 1000)]
public class QuantityInvariantTests
{
    /// <summary>A valid range in a valid unit, and nothing below zero unless the unit is a percentage.</summary>
    internal static bool Holds(Quantity q) =>
        RangedValueInvariantTests.Holds(q.Value) && UnitInvariantTests.Holds(q.Unit)
        && (q.Unit.AllowsNegative
            || ((q.Value.Lower is not { } l || l.Value >= 0) && (q.Value.Best is not { } b || b >= 0)
                && (q.Value.Upper is not { } u || u.Value > 0 || (u.Value == 0 && u.IsInclusive))));

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Quantity value) => Holds(value);

    [Property]
    public bool RandomRangeAndUnit_IsRejectedOrValid(RangedValue value, Unit unit) =>
        ConstructorProperty.RejectsOrHolds(() => new Quantity(value, unit), Holds);

    // An open lower side is allowed ("up to 225 people" is [0, 225] in effect); a stated negative number is not.
    [Property]
    public Property StatedNegativeNumberInACount_IsRejected() =>
        Prop.ForAll(ModelGenerators.RangedValue.Where(r => r.Lower is { Value: < 0 } || r.Best < 0 || r.Upper is { Value: < 0 }).ToArbitrary(),
            value => ConstructorProperty.AcceptsExactly(false, () => new Quantity(value, Unit.Person), Holds));
}
