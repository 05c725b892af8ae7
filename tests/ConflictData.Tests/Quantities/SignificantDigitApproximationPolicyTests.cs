using System;
using System.Globalization;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

public class SignificantDigitApproximationPolicyTests
{
    private static readonly SignificantDigitApproximationPolicy Policy = SignificantDigitApproximationPolicy.Instance;

    [Theory]
    [InlineData("40000", "10000")]
    [InlineData("5600", "100")]
    [InlineData("300", "100")]
    [InlineData("50", "10")]
    [InlineData("88000", "1000")]
    [InlineData("14001", "1")]
    [InlineData("2.5", "0.1")]
    [InlineData("2.50", "0.1")]
    [InlineData("0.125", "0.001")]
    [InlineData("-9", "1")]
    [InlineData("-40000", "10000")]
    [InlineData("0", "1")]
    [InlineData("79228162514264337593543950335", "1")]
    [InlineData("70000000000000000000000000000", "10000000000000000000000000000")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    public void Step_IsThePlaceValueOfTheLastNonZeroDigit(string value, string step) =>
        Assert.Equal(Dec(step), SignificantDigitApproximationPolicy.Step(Dec(value)));

    public static TheoryData<decimal, HedgeKinds, RangedValue> Table => new()
    {
        { 14_000, HedgeKinds.None, RangedValue.Exact(14_000) },
        { 40_000, HedgeKinds.Approximate, RangedValue.Between(35_000, 45_000, 40_000) },
        { 300, HedgeKinds.Approximate, RangedValue.Between(250, 350, 300) },
        { 1_000, HedgeKinds.Estimated, RangedValue.Between(500, 1_500, 1_000) },
        { 50, HedgeKinds.MostLikely, RangedValue.Between(45, 55, 50) },
        { 2.5m, HedgeKinds.Approximate, RangedValue.Between(2.45m, 2.55m, 2.5m) },
        { 0, HedgeKinds.Approximate, RangedValue.Between(0, 0.5m, 0) },
        { -9, HedgeKinds.Approximate, RangedValue.Between(-9.5m, -8.5m, -9) },
        { 5_600, HedgeKinds.MoreThan, RangedValue.MoreThan(5_600) },
        { 2_500, HedgeKinds.AtLeast, RangedValue.AtLeast(2_500) },
        { 3_000, HedgeKinds.UpTo, RangedValue.AtMost(3_000) },
        { 100, HedgeKinds.LessThan, RangedValue.LessThan(100) },
        { 8_000_000, HedgeKinds.Almost, new RangedValue(Bound.Inclusive(7_500_000), Bound.Exclusive(8_000_000)) },
        { 45, HedgeKinds.Almost, new RangedValue(Bound.Inclusive(44.5m), Bound.Exclusive(45)) },
        { -9, HedgeKinds.Almost, new RangedValue(Bound.Exclusive(-9), Bound.Inclusive(-8.5m)) },
        { 0, HedgeKinds.Almost, RangedValue.Between(0, 0.5m) },
        { 100, HedgeKinds.Vague, new RangedValue(Bound.Inclusive(200), Bound.Exclusive(1_000)) },
        { 10_000, HedgeKinds.Vague, new RangedValue(Bound.Inclusive(20_000), Bound.Exclusive(100_000)) },
        { 0, HedgeKinds.Vague, RangedValue.Between(0, 0.5m, 0) },
        // A directional hedge wins over an approximate one.
        { 5_000, HedgeKinds.Estimated | HedgeKinds.MoreThan, RangedValue.MoreThan(5_000) },
        { 40_000, HedgeKinds.Estimated | HedgeKinds.UpTo, RangedValue.AtMost(40_000) },
        { 8, HedgeKinds.Approximate | HedgeKinds.Almost, new RangedValue(Bound.Inclusive(7.5m), Bound.Exclusive(8)) },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Interpret_FollowsTheDocumentedTable(decimal stated, HedgeKinds hedge, RangedValue expected) =>
        Assert.Equal(expected, Policy.Interpret(stated, hedge));

    [Theory]
    [InlineData(HedgeKinds.Approximate)]
    [InlineData(HedgeKinds.Almost)]
    [InlineData(HedgeKinds.Vague)]
    [InlineData(HedgeKinds.MoreThan)]
    [InlineData(HedgeKinds.None)]
    public void Interpret_ExtremeDecimals_NeverThrows(HedgeKinds hedge)
    {
        foreach (decimal stated in new[] { decimal.MaxValue, decimal.MinValue, decimal.MaxValue / 3, 0.0000000000000000000000000001m })
        {
            var range = Policy.Interpret(stated, hedge);
            Assert.True(range.Lower is not null || range.Upper is not null);
        }
    }

    [Theory]
    [InlineData("79228162514264337593543950334", HedgeKinds.Almost, "[79228162514264337593543950333, 79228162514264337593543950334)")]
    [InlineData("-79228162514264337593543950334", HedgeKinds.Almost, "(-79228162514264337593543950334, -79228162514264337593543950333]")]
    public void Interpret_AlmostWhereHalfAStepIsLostToRounding_TakesAWholeStep(string stated, HedgeKinds hedge, string expected) =>
        Assert.Equal(expected, Policy.Interpret(decimal.Parse(stated, CultureInfo.InvariantCulture), hedge).ToString());

    [Property(Arbitrary = new[] { typeof(DecimalLimitArbitraries) })]
    public void Interpret_AnyDecimalUnderAnyHedge_GivesARangeAndNeverThrows(decimal stated, HedgeKinds hedge)
    {
        var range = Policy.Interpret(stated, hedge);
        Assert.True(range.Lower is not null || range.Upper is not null);
    }

    [Fact]
    public void Interpret_VagueBeyondATenthOfMaxValue_LeavesTheUpperEndOpen() =>
        Assert.Null(Policy.Interpret(decimal.MaxValue / 2, HedgeKinds.Vague).Upper);

    [Fact]
    public void Interpret_ApproximateAtMaxValue_StopsAtMaxValue() =>
        Assert.Equal(decimal.MaxValue, Policy.Interpret(decimal.MaxValue, HedgeKinds.Approximate).Upper!.Value.Value);

    [Fact]
    public void Interpret_ApproximateKinds_ContainTheStatedNumberAsBest()
    {
        foreach (var kind in new[] { HedgeKinds.Approximate, HedgeKinds.Estimated, HedgeKinds.MostLikely })
        {
            var range = Policy.Interpret(5_600, kind);
            Assert.Equal(5_600, range.Best);
            Assert.True(range.Contains(5_600));
        }
    }

    [Fact]
    public void Interpret_IsTheSameUnderHostileCultures() =>
        CultureScope.AssertInvariant(() => Policy.Interpret(2.5m, HedgeKinds.Approximate).ToString());

    [Fact]
    public void Policy_IsReplaceableThroughTheInterface()
    {
        IApproximationPolicy policy = new TenPercentPolicy();
        Assert.Equal(RangedValue.Between(36_000, 44_000, 40_000), policy.Interpret(40_000, HedgeKinds.Approximate));
    }

    [Fact]
    public void ToString_NamesThePolicy() =>
        Assert.Equal("SignificantDigitApproximationPolicy", Policy.ToString());

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private sealed class TenPercentPolicy : IApproximationPolicy
    {
        public RangedValue Interpret(decimal stated, HedgeKinds hedge) =>
            RangedValue.Between(stated * 0.9m, stated * 1.1m, stated);
    }
}
