using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Quantities;

public class BoundTests
{
    [Fact]
    public void Factories_SetInclusiveness()
    {
        Assert.True(Bound.Inclusive(3_000).IsInclusive);
        Assert.False(Bound.Exclusive(5_600).IsInclusive);
        Assert.Equal(5_600m, Bound.Exclusive(5_600).Value);
        Assert.Equal(new Bound(3_000, true), Bound.Inclusive(3_000));
    }

    [Fact]
    public void Equality_NeedsTheSameValueAndInclusiveness()
    {
        Assert.Equal(Bound.Inclusive(1), Bound.Inclusive(1));
        Assert.True(Bound.Inclusive(1) == Bound.Inclusive(1.0m));
        Assert.True(Bound.Inclusive(1) != Bound.Exclusive(1));
        Assert.NotEqual(Bound.Inclusive(1), Bound.Inclusive(2));
        Assert.False(Bound.Inclusive(1).Equals((object)1m));
    }

    [Fact]
    public void HashCode_AgreesWithEquality_EvenAcrossDecimalScales()
    {
        Assert.Equal(Bound.Inclusive(1).GetHashCode(), Bound.Inclusive(1.000m).GetHashCode());
        var set = new HashSet<Bound> { Bound.Inclusive(2.50m), Bound.Inclusive(2.5m), Bound.Exclusive(2.5m) };
        Assert.Equal(2, set.Count);
    }

    [Theory]
    [InlineData(true, "5600 (inclusive)")]
    [InlineData(false, "5600 (exclusive)")]
    public void ToString_WritesTheNumberAndItsInclusiveness(bool inclusive, string expected) =>
        Assert.Equal(expected, new Bound(5_600, inclusive).ToString());

    [Fact]
    public void ToString_IsCultureInvariant() =>
        CultureScope.AssertInvariant(() => Bound.Exclusive(-1234.5m).ToString());

    [Fact]
    public void Default_IsAnExclusiveZero()
    {
        Assert.Equal(0m, default(Bound).Value);
        Assert.False(default(Bound).IsInclusive);
    }
}
