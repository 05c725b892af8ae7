using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Quantities;

public class UnitInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>The code parses back to the same unit, and the dimension agrees with the currency and period it carries.</summary>
    internal static bool Holds(Unit u) =>
        u.Code.Length > 0 && Unit.TryParse(u.Code, out var parsed) && parsed.Equals(u) && parsed.Dimension == u.Dimension
        && (u.Dimension == Dimension.Money) == (u.Currency is not null)
        && (u.Dimension is Dimension.Rate or Dimension.Duration) == (u.Period is not null)
        && u.AllowsNegative == (u.Dimension == Dimension.Percent)
        && (u.Currency is not { } c || c.Code == u.Code);

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.Unit.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void TryParse_RandomText_NeverThrowsAndGivesAValidUnitWithThatCode() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), text =>
            !Unit.TryParse(text, out var unit) || (unit.Code == text && Holds(unit))).Check(Cfg);

    [Fact]
    public void Count_RandomNoun_IsRejectedOrAValidCount() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), text =>
            ConstructorProperty.RejectsOrHolds(() => Unit.Count(text!), u => u.Dimension == Dimension.Count && u.Code == text && Holds(u))).Check(Cfg);

    [Fact]
    public void PeriodAndDuration_UndefinedTimeUnit_IsRejected() =>
        Prop.ForAll(RawInputGenerators.Enum<TimeUnit>().ToArbitrary(), period =>
            ConstructorProperty.AcceptsExactly(System.Enum.IsDefined(period), () => Unit.PerPeriod(period), Holds)
            && ConstructorProperty.AcceptsExactly(System.Enum.IsDefined(period), () => Unit.Duration(period), Holds)).Check(Cfg);
}
