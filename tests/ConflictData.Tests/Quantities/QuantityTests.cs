using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Quantities;

public class QuantityTests
{
    private static readonly Quantity Iraq = new(RangedValue.Between(15_000, 17_000), Unit.Person);
    private static readonly Quantity Syria = new(RangedValue.Between(13_000, 14_000), Unit.Person);

    [Fact]
    public void Add_IraqPlusSyria_IsTheJuly2018Total() =>
        Assert.Equal(new Quantity(RangedValue.Between(28_000, 31_000), Unit.Person), Iraq.Add(Syria));

    [Fact]
    public void RangeOperations_WorkWithinOneUnit()
    {
        var guterres = new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person);
        var jeffrey = new Quantity(RangedValue.Between(15_000, 20_000), Unit.Person);
        Assert.True(guterres.Overlaps(jeffrey));
        Assert.Equal(new Quantity(RangedValue.Between(15_000, 18_000), Unit.Person), guterres.Intersection(jeffrey));
        Assert.Equal(new Quantity(RangedValue.Between(14_000, 20_000), Unit.Person), guterres.Envelope(jeffrey));
        Assert.True(guterres.Envelope(jeffrey).Contains(guterres));
        Assert.False(guterres.Contains(jeffrey));
        Assert.Null(guterres.Intersection(new Quantity(RangedValue.MoreThan(18_000), Unit.Person)));
    }

    public static TheoryData<Unit> OtherUnits => new()
    {
        Unit.Count("country"), Unit.Money(Currency.UsDollar), Unit.SquareKilometre, Unit.Percent, Unit.PerPeriod(TimeUnit.Month), Unit.Duration(TimeUnit.Month),
    };

    [Theory]
    [MemberData(nameof(OtherUnits))]
    public void EveryOperation_AcrossUnits_IsAClearError(Unit other)
    {
        var there = Quantity.Exact(1, other);
        var errors = new[]
        {
            Assert.Throws<ArgumentException>(() => Iraq.Add(there)),
            Assert.Throws<ArgumentException>(() => Iraq.Contains(there)),
            Assert.Throws<ArgumentException>(() => Iraq.Overlaps(there)),
            Assert.Throws<ArgumentException>(() => Iraq.Intersection(there)),
            Assert.Throws<ArgumentException>(() => Iraq.Envelope(there)),
        };
        foreach (var e in errors)
        {
            Assert.Equal("other", e.ParamName);
            Assert.Contains($"Cannot combine a quantity in person with one in {other.Code}", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Money_InTwoCurrencies_DoesNotCombine()
    {
        var pounds = new Quantity(RangedValue.Between(39_000_000, 231_000_000), Unit.Money(Currency.PoundSterling));
        var dollars = new Quantity(RangedValue.Between(50_000_000, 300_000_000), Unit.Money(Currency.UsDollar));
        Assert.Contains("rate table", Assert.Throws<ArgumentException>(() => pounds.Overlaps(dollars)).Message, StringComparison.Ordinal);
    }

    public static TheoryData<RangedValue> NegativeRanges => new()
    {
        RangedValue.Exact(-1),
        RangedValue.Between(-5, 10),
        RangedValue.LessThan(0),
        RangedValue.AtMost(-3),
        new RangedValue(Bound.Exclusive(-1), Bound.Inclusive(5)),
        new RangedValue(null, Bound.Inclusive(5), -1),
    };

    [Theory]
    [MemberData(nameof(NegativeRanges))]
    public void Construction_NegativeCount_IsRejectedNamingValue(RangedValue value)
    {
        var e = Assert.Throws<ArgumentException>(() => new Quantity(value, Unit.Person));
        Assert.Equal("value", e.ParamName);
        Assert.Contains("cannot be negative", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NegativeRanges))]
    public void TryCreate_NegativeCount_GivesTheReasonInsteadOfThrowing(RangedValue value)
    {
        Assert.False(Quantity.TryCreate(value, Unit.Person, out var quantity, out var error));
        Assert.Null(quantity);
        Assert.Contains("A quantity in person cannot be negative", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_Valid_ReturnsTheQuantity()
    {
        Assert.True(Quantity.TryCreate(RangedValue.Exact(-9), Unit.Percent, out var quantity, out var error));
        Assert.Null(error);
        Assert.Equal(Quantity.Exact(-9, Unit.Percent), quantity);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => Quantity.TryCreate(RangedValue.Exact(1), null!, out _, out _)).ParamName);
    }

    [Fact]
    public void Construction_NegativePercent_IsAllowed() =>
        Assert.Equal(-9m, new Quantity(RangedValue.Exact(-9), Unit.Percent).Value.Best);

    [Fact]
    public void Construction_OpenBelowWithNonNegativeTop_IsAllowedForCounts()
    {
        Assert.NotNull(new Quantity(RangedValue.AtMost(0), Unit.Person));
        Assert.NotNull(new Quantity(RangedValue.AtMost(3_000), Unit.Person));
    }

    [Fact]
    public void Construction_Nulls_AreRejectedByName()
    {
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new Quantity(null!, Unit.Person)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentNullException>(() => new Quantity(RangedValue.Exact(1), null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Iraq.Add(null!)).ParamName);
    }

    [Fact]
    public void Equality_NeedsTheSameRangeAndUnit_AndHashesAgree()
    {
        Assert.Equal(Quantity.Exact(5, Unit.Person), new Quantity(RangedValue.Exact(5.0m), Unit.Count("person")));
        Assert.Equal(Quantity.Exact(5, Unit.Person).GetHashCode(), Quantity.Exact(5.0m, Unit.Person).GetHashCode());
        Assert.True(Quantity.Exact(5, Unit.Person) != Quantity.Exact(5, Unit.Percent));
        Assert.False(Quantity.Exact(5, Unit.Person) == null);
        Assert.Equal(2, new HashSet<Quantity> { Iraq, Syria, new(RangedValue.Between(15_000, 17_000), Unit.Person) }.Count);
    }

    [Fact]
    public void ToString_IsCanonicalEnglish_InEveryCulture()
    {
        Assert.Equal("between 15,000 and 17,000 people", Iraq.ToString());
        CultureScope.AssertInvariant(() => new Quantity(RangedValue.Between(1.5m, 2_500.25m), Unit.Percent).ToString());
    }
}
