using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

[Properties(Arbitrary = new[] { typeof(QuantityArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class UnitInvariantTests
{
    /// <summary>The code parses back to the same unit, and the dimension agrees with the currency and period it carries.</summary>
    internal static bool Holds(Unit u) =>
        u.Code.Length > 0 && Unit.TryParse(u.Code, out var parsed) && parsed.Equals(u) && parsed.Dimension == u.Dimension
        && (u.Dimension == Dimension.Money) == (u.Currency is not null)
        && (u.Dimension is Dimension.Rate or Dimension.Duration) == (u.Period is not null)
        && u.AllowsNegative == (u.Dimension == Dimension.Percent)
        && (u.Currency is not { } c || c.Code == u.Code);

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Unit value) => Holds(value);

    [Property]
    public bool TryParse_RandomText_NeverThrowsAndGivesAValidUnitWithThatCode(string? text) =>
        !Unit.TryParse(text, out var unit) || (unit.Code == text && Holds(unit));

    [Property]
    public bool Count_RandomNoun_IsRejectedOrAValidCount(string? text) =>
        ConstructorProperty.RejectsOrHolds(() => Unit.Count(text!), u => u.Dimension == Dimension.Count && u.Code == text && Holds(u));

    [Property]
    public bool PeriodAndDuration_UndefinedTimeUnit_IsRejected(TimeUnit period) =>
        ConstructorProperty.AcceptsExactly(System.Enum.IsDefined(period), () => Unit.PerPeriod(period), Holds)
        && ConstructorProperty.AcceptsExactly(System.Enum.IsDefined(period), () => Unit.Duration(period), Holds);
}
