using System;

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
    public void Construction_EqualBoundsOneExclusive_IsEmptyAndRejected() =>
        Assert.Throws<ArgumentException>(() => new RangedValue(Bound.Exclusive(5), Bound.Inclusive(5)));

    [Fact]
    public void Construction_NoBounds_Rejected() =>
        Assert.Throws<ArgumentException>(() => new RangedValue(null, null));

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
}
