using System;
using System.Collections.Generic;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

public class RangedValueTests
{
    [Fact]
    public void Construction_LowerAboveUpper_NamesBothBounds()
    {
        var e = Assert.Throws<ArgumentException>(() => RangedValue.Between(18_000, 14_000));
        Assert.Equal("low", e.ParamName);
        Assert.Contains("18000", e.Message, StringComparison.Ordinal);
        Assert.Contains("14000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_EqualBoundsOneExclusive_IsEmptyAndRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new RangedValue(Bound.Exclusive(5), Bound.Inclusive(5)));
        Assert.Equal("lower", e.ParamName);
        Assert.Contains("is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NoBounds_Rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new RangedValue(null, null));
        Assert.Equal("lower", e.ParamName);
        Assert.Contains("at least one bound", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_LowerAboveUpper_ThroughTheConstructor_NamesLower() =>
        Assert.Equal("lower", Assert.Throws<ArgumentException>(() => new RangedValue(Bound.Inclusive(2), Bound.Inclusive(1))).ParamName);

    [Fact]
    public void Construction_BestOnAnExclusiveBound_IsOutside()
    {
        var e = Assert.Throws<ArgumentException>(() => new RangedValue(Bound.Exclusive(5_600), null, 5_600));
        Assert.Equal("best", e.ParamName);
        Assert.Contains("The best value 5600 lies outside the range (5600, )", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_BuildTheDocumentedShapes()
    {
        Assert.Equal(new RangedValue(Bound.Inclusive(7), Bound.Inclusive(7), 7), RangedValue.Exact(7));
        Assert.Equal(new RangedValue(Bound.Exclusive(5_600), null), RangedValue.MoreThan(5_600));
        Assert.Equal(new RangedValue(Bound.Inclusive(2_500), null), RangedValue.AtLeast(2_500));
        Assert.Equal(new RangedValue(null, Bound.Inclusive(30_000)), RangedValue.AtMost(30_000));
        Assert.Equal(new RangedValue(null, Bound.Exclusive(100)), RangedValue.LessThan(100));
    }

    [Fact]
    public void IsExactAndIsBounded_DescribeTheShape()
    {
        Assert.True(RangedValue.Exact(3).IsExact);
        Assert.True(RangedValue.Between(3, 3).IsExact);
        Assert.False(RangedValue.Between(3, 4).IsExact);
        Assert.True(RangedValue.Between(3, 4).IsBounded);
        Assert.False(RangedValue.MoreThan(3).IsBounded);
        Assert.False(RangedValue.AtMost(3).IsExact);
    }

    [Fact]
    public void TryCreate_Valid_ReturnsTheRange()
    {
        Assert.True(RangedValue.TryCreate(Bound.Inclusive(1), Bound.Exclusive(2), 1.5m, out var value, out var error));
        Assert.Null(error);
        Assert.Equal(new RangedValue(Bound.Inclusive(1), Bound.Exclusive(2), 1.5m), value);
    }

    [Fact]
    public void TryCreate_EveryBrokenRule_GivesItsReason()
    {
        Assert.False(RangedValue.TryCreate(null, null, null, out _, out var none));
        Assert.Contains("at least one bound", none, StringComparison.Ordinal);
        Assert.False(RangedValue.TryCreate(Bound.Inclusive(5), Bound.Exclusive(5), null, out _, out var empty));
        Assert.Contains("empty", empty, StringComparison.Ordinal);
        Assert.False(RangedValue.TryCreate(null, Bound.Inclusive(5), 6, out _, out var best));
        Assert.Contains("best value 6", best, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_BestOutsideRange_NamesBest()
    {
        var e = Assert.Throws<ArgumentException>(() => RangedValue.Between(10, 20, best: 21));
        Assert.Equal("best", e.ParamName);
    }

    [Fact]
    public void TryCreate_Invalid_ReturnsReasonInsteadOfThrowing()
    {
        Assert.False(RangedValue.TryCreate(Bound.Inclusive(3), Bound.Inclusive(2), null, out var value, out var error));
        Assert.Null(value);
        Assert.Contains("above", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_IraqPlusSyria_IsTheJuly2018Total()
    {
        var total = RangedValue.Between(15_000, 17_000).Add(RangedValue.Between(13_000, 14_000));
        Assert.Equal(RangedValue.Between(28_000, 31_000), total);
    }

    [Fact]
    public void Add_OpenSide_StaysOpen() =>
        Assert.Equal(RangedValue.MoreThan(5_650), RangedValue.MoreThan(5_600).Add(RangedValue.Exact(50)));

    [Fact]
    public void Contains_HonoursExclusiveBound()
    {
        Assert.False(RangedValue.MoreThan(5_600).Contains(5_600));
        Assert.True(RangedValue.MoreThan(5_600).Contains(5_600.5m));
        Assert.True(RangedValue.AtMost(30_000).Contains(30_000));
    }

    [Fact]
    public void Intersection_DisjointRanges_IsNull() =>
        Assert.Null(RangedValue.Between(14_000, 18_000).Intersection(RangedValue.MoreThan(18_000)));

    [Fact]
    public void Intersection_GuterresAndJeffrey_Is15To18Thousand() =>
        Assert.Equal(RangedValue.Between(15_000, 18_000),
            RangedValue.Between(14_000, 18_000).Intersection(RangedValue.Between(15_000, 20_000)));

    [Fact]
    public void ToString_UsesIntervalNotation()
    {
        Assert.Equal("[14000, 18000]", RangedValue.Between(14_000, 18_000).ToString());
        Assert.Equal("(5600, )", RangedValue.MoreThan(5_600).ToString());
        Assert.Equal("( , 30000]", RangedValue.AtMost(30_000).ToString());
        Assert.Equal("[35000, 45000] best 40000", RangedValue.Between(35_000, 45_000, 40_000).ToString());
    }

    [Fact]
    public void Scale_NonPositiveFactor_Rejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RangedValue.Exact(1).Scale(0));

    public static TheoryData<RangedValue, RangedValue, bool> Containment => new()
    {
        { RangedValue.Between(14_000, 20_000), RangedValue.Between(15_000, 18_000), true },
        { RangedValue.Between(15_000, 18_000), RangedValue.Between(14_000, 20_000), false },
        { RangedValue.AtLeast(5_600), RangedValue.MoreThan(5_600), true },
        { RangedValue.MoreThan(5_600), RangedValue.AtLeast(5_600), false },
        { RangedValue.MoreThan(5_600), RangedValue.Between(6_000, 7_000), true },
        { RangedValue.Between(6_000, 7_000), RangedValue.MoreThan(5_600), false },
        { RangedValue.AtMost(30_000), RangedValue.AtMost(10_000), true },
        { RangedValue.AtMost(30_000), RangedValue.LessThan(30_000), true },
        { RangedValue.LessThan(30_000), RangedValue.AtMost(30_000), false },
        { RangedValue.Exact(5), RangedValue.Exact(5), true },
    };

    [Theory]
    [MemberData(nameof(Containment))]
    public void Contains_Range_HonoursOpenAndExclusiveEnds(RangedValue outer, RangedValue inner, bool expected) =>
        Assert.Equal(expected, outer.Contains(inner));

    [Fact]
    public void Intersection_KeepsTheTighterEnds_AndTheBestOnlyWhenBothAgree()
    {
        Assert.Equal(new RangedValue(Bound.Exclusive(5_600), Bound.Inclusive(10_000)),
            RangedValue.MoreThan(5_600).Intersection(RangedValue.AtMost(10_000)));
        Assert.Equal(RangedValue.Between(2, 3, 2.5m), RangedValue.Between(1, 3, 2.5m).Intersection(RangedValue.Between(2, 4, 2.5m)));
        Assert.Equal(RangedValue.Between(2, 3), RangedValue.Between(1, 3, 2.5m).Intersection(RangedValue.Between(2, 4, 3)));
        Assert.Equal(RangedValue.Exact(18_000).Lower, RangedValue.Between(14_000, 18_000).Intersection(RangedValue.AtLeast(18_000))!.Lower);
        Assert.Null(RangedValue.LessThan(5).Intersection(RangedValue.AtLeast(5)));
        Assert.True(RangedValue.Between(14_000, 18_000).Overlaps(RangedValue.Between(15_000, 20_000)));
    }

    [Fact]
    public void Envelope_IsTheSmallestRangeHoldingBoth()
    {
        Assert.Equal(RangedValue.Between(10_000, 18_000), RangedValue.Between(14_000, 18_000).Envelope(RangedValue.Between(10_000, 15_000)));
        Assert.Equal(RangedValue.AtLeast(10_000), RangedValue.MoreThan(45_000).Envelope(RangedValue.Between(10_000, 15_000)));
        Assert.Equal(RangedValue.AtMost(30_000), RangedValue.AtMost(10_000).Envelope(RangedValue.AtMost(30_000)));
        Assert.Equal(RangedValue.Between(1, 5, 3), RangedValue.Between(1, 3, 3).Envelope(RangedValue.Between(3, 5, 3)));
        Assert.Null(RangedValue.Between(1, 3, 2).Envelope(RangedValue.Between(3, 5, 4)).Best);
    }

    [Fact]
    public void Add_RoundingCollapsesAnOpenRange_GivesTheRoundedNumberInclusive() =>
        Assert.Equal(RangedValue.Between(10_000_000_000_000_000_000_000_000_000m, 10_000_000_000_000_000_000_000_000_000m),
            new RangedValue(Bound.Exclusive(0.125m), Bound.Exclusive(0.25m)).Add(RangedValue.Exact(10_000_000_000_000_000_000_000_000_000m)));

    [Fact]
    public void Add_RoundingBringsAnExclusiveBoundOntoTheBest_MakesItInclusive() =>
        Assert.Equal(new RangedValue(Bound.Inclusive(10_000_000_000_000_000_000_000_000_000m), Bound.Inclusive(10_000_000_000_000_000_000_000_000_001m), 10_000_000_000_000_000_000_000_000_000m),
            new RangedValue(Bound.Exclusive(0.25m), Bound.Inclusive(1), 0.3m).Add(RangedValue.Exact(10_000_000_000_000_000_000_000_000_000m)));

    [Fact]
    public void Scale_RoundingCollapsesAnOpenRange_GivesTheRoundedNumberInclusive() =>
        Assert.Equal(RangedValue.Between(0.0000000000000000000000000001m, 0.0000000000000000000000000001m),
            new RangedValue(Bound.Exclusive(0.0000000000000000000000000001m), Bound.Exclusive(0.0000000000000000000000000002m)).Scale(0.6m));

    [Property(Arbitrary = new[] { typeof(DecimalLimitArbitraries) })]
    public void Add_AnyTwoRangesWithABoundedSideInCommon_GivesARangeOrOverflows(RangedValue a, RangedValue b)
    {
        if ((a.Lower is null || b.Lower is null) && (a.Upper is null || b.Upper is null))
        {
            Assert.Equal("other", Assert.Throws<ArgumentException>(() => a.Add(b)).ParamName);
            return;
        }
        var sum = Record.Exception(() => a.Add(b));
        Assert.True(sum is null or OverflowException, $"{a} + {b} threw {sum}");
    }

    [Property(Arbitrary = new[] { typeof(DecimalLimitArbitraries) })]
    public void Scale_AnyRangeByAnyPositiveFactor_GivesARangeOrOverflows(RangedValue value, decimal factor)
    {
        var product = Record.Exception(() => value.Scale(Math.Abs(factor) + 0.0000000000000000000000000001m));
        Assert.True(product is null or OverflowException, $"{value} scaled by {factor} threw {product}");
    }

    [Fact]
    public void Add_ExclusiveEndStaysExclusive_AndBestsAdd()
    {
        Assert.Equal(new RangedValue(Bound.Exclusive(3), Bound.Inclusive(7)),
            new RangedValue(Bound.Exclusive(1), Bound.Inclusive(3)).Add(RangedValue.Between(2, 4)));
        Assert.Equal(RangedValue.Between(3, 7, 5), RangedValue.Between(1, 3, 2).Add(RangedValue.Between(2, 4, 3)));
        Assert.Null(RangedValue.Between(1, 3, 2).Add(RangedValue.Between(2, 4)).Best);
        Assert.Equal(RangedValue.AtMost(13), RangedValue.AtMost(10).Add(RangedValue.Exact(3)));
    }

    [Fact]
    public void Add_BeyondDecimal_Overflows() =>
        Assert.Throws<OverflowException>(() => RangedValue.Exact(decimal.MaxValue).Add(RangedValue.Exact(1)));

    [Fact]
    public void Scale_MultipliesEveryNumberAndKeepsInclusiveness()
    {
        Assert.Equal(new RangedValue(Bound.Exclusive(50_000_000), Bound.Inclusive(300_000_000), 100_000_000),
            new RangedValue(Bound.Exclusive(50), Bound.Inclusive(300), 100).Scale(1_000_000));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => RangedValue.Exact(1).Scale(-2));
        Assert.Equal("factor", e.ParamName);
        Assert.Contains("must be positive", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RangeOperations_RejectNull()
    {
        var range = RangedValue.Exact(1);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => range.Contains(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => range.Intersection(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => range.Envelope(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => range.Add(null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => range.Overlaps(null!)).ParamName);
    }

    [Fact]
    public void Equality_IsComponentWise_AndHashesAgreeAcrossDecimalScales()
    {
        Assert.Equal(RangedValue.Between(1, 2), RangedValue.Between(1.0m, 2.00m));
        Assert.Equal(RangedValue.Between(1, 2).GetHashCode(), RangedValue.Between(1.0m, 2.00m).GetHashCode());
        Assert.NotEqual(RangedValue.Between(1, 2), RangedValue.Between(1, 2, 2));
        Assert.NotEqual(RangedValue.AtLeast(1), RangedValue.MoreThan(1));
        Assert.True(RangedValue.Exact(1) != RangedValue.Between(1, 1));
        Assert.True((RangedValue?)null == null);
        Assert.False(RangedValue.Exact(1).Equals((object?)null));
        var set = new HashSet<RangedValue> { RangedValue.MoreThan(5_600), RangedValue.Between(14_000, 18_000), RangedValue.MoreThan(5_600.0m) };
        Assert.Equal(2, set.Count);
    }

    [Fact]
    public void ToString_ShowsOpenEndsAndExclusiveBounds()
    {
        Assert.Equal("(5, 9]", new RangedValue(Bound.Exclusive(5), Bound.Inclusive(9)).ToString());
        Assert.Equal("[5, 9)", new RangedValue(Bound.Inclusive(5), Bound.Exclusive(9)).ToString());
        Assert.Equal("( , 100)", RangedValue.LessThan(100).ToString());
        Assert.Equal("[2500, )", RangedValue.AtLeast(2_500).ToString());
        Assert.Equal("[7, 7] best 7", RangedValue.Exact(7).ToString());
    }

    [Fact]
    public void ToStringAndErrors_AreCultureInvariant()
    {
        CultureScope.AssertInvariant(() => RangedValue.Between(-1.5m, 2_500.25m, 0.5m).ToString());
        CultureScope.AssertInvariant(() => Assert.Throws<ArgumentException>(() => RangedValue.Between(2.5m, 1.5m)).Message);
        Assert.Equal("[-1.5, 2500.25]", CultureScope.Run("de-DE", () => RangedValue.Between(-1.5m, 2_500.25m).ToString()));
    }
}
