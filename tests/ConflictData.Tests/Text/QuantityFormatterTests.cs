using System;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;

namespace ConflictData.Tests.Text;

public class QuantityFormatterTests
{
    private static readonly Unit Gbp = Unit.Money(Currency.PoundSterling);

    // Every range shape: exact, closed, the four open ones, the four half-open ones, and a best value.
    public static TheoryData<RangedValue, string> ShapesInPeople => new()
    {
        { RangedValue.Exact(14_000), "14,000 people" },
        { RangedValue.Between(14_000, 18_000), "between 14,000 and 18,000 people" },
        { RangedValue.MoreThan(5_600), "more than 5,600 people" },
        { RangedValue.AtLeast(2_500), "at least 2,500 people" },
        { RangedValue.AtMost(30_000), "up to 30,000 people" },
        { RangedValue.LessThan(100), "less than 100 people" },
        { new RangedValue(Bound.Exclusive(5), Bound.Inclusive(9)), "more than 5 and up to 9 people" },
        { new RangedValue(Bound.Inclusive(5), Bound.Exclusive(9)), "at least 5 and less than 9 people" },
        { new RangedValue(Bound.Exclusive(5), Bound.Exclusive(9)), "more than 5 and less than 9 people" },
        { new RangedValue(Bound.Inclusive(7_500_000), Bound.Exclusive(8_000_000)), "at least 7,500,000 and less than 8,000,000 people" },
        { RangedValue.Between(35_000, 45_000, 40_000), "between 35,000 and 45,000 people (best estimate 40,000)" },
        { new RangedValue(Bound.Exclusive(45_000), null, 50_000), "more than 45,000 people (best estimate 50,000)" },
        { RangedValue.Exact(1), "1 person" },
        { RangedValue.Between(7, 7), "between 7 and 7 people" },
        { RangedValue.Between(1, 1), "between 1 and 1 people" },
        { RangedValue.Exact(2.5m), "2.5 people" },
    };

    [Theory]
    [MemberData(nameof(ShapesInPeople))]
    public void Format_EveryRangeShape_HasOneCanonicalEnglishForm(RangedValue value, string expected) =>
        Assert.Equal(expected, QuantityFormatter.Format(new Quantity(value, Unit.Person)));

    public static TheoryData<Quantity, string> EveryUnit => new()
    {
        { Quantity.Exact(25_000_000, Unit.Money(Currency.UsDollar)), "USD 25,000,000" },
        { new Quantity(RangedValue.Between(39_000_000, 231_000_000), Gbp), "between GBP 39,000,000 and GBP 231,000,000" },
        { new Quantity(RangedValue.MoreThan(50_000_000), Gbp), "more than GBP 50,000,000" },
        { new Quantity(RangedValue.Between(35, 45, 40), Gbp), "between GBP 35 and GBP 45 (best estimate GBP 40)" },
        { Quantity.Exact(88_000, Unit.SquareKilometre), "88,000 square kilometres" },
        { Quantity.Exact(99, Unit.Percent), "99 percent" },
        { Quantity.Exact(-9, Unit.Percent), "-9 percent" },
        { new Quantity(RangedValue.Between(-13, -9), Unit.Percent), "between -13 and -9 percent" },
        { Quantity.Exact(50, Unit.PerPeriod(TimeUnit.Month)), "50 per month" },
        { Quantity.Exact(3, Unit.PerPeriod(TimeUnit.Day)), "3 per day" },
        { new Quantity(RangedValue.Between(6, 12), Unit.Duration(TimeUnit.Month)), "between 6 and 12 months" },
        { Quantity.Exact(1, Unit.Duration(TimeUnit.Year)), "1 year" },
        { Quantity.Exact(2, Unit.Duration(TimeUnit.Week)), "2 weeks" },
        { Quantity.Exact(110, Unit.Count("country")), "110 countries" },
        { Quantity.Exact(2_500, Unit.Count("foster-child")), "2,500 foster-children" },
        { Quantity.Exact(1, Unit.Count("foster-child")), "1 foster-child" },
        { Quantity.Exact(400, Unit.Count("foreign-woman")), "400 foreign-women" },
        { Quantity.Exact(3, Unit.Count("attack")), "3 attacks" },
        { Quantity.Exact(3, Unit.Count("glass")), "3 glasses" },
        { Quantity.Exact(3, Unit.Count("box")), "3 boxes" },
        { Quantity.Exact(3, Unit.Count("church")), "3 churches" },
        { Quantity.Exact(3, Unit.Count("day-trip")), "3 day-trips" },
        { Quantity.Exact(3, Unit.Count("foreign-child")), "3 foreign-children" },
        { Quantity.Exact(3, Unit.Count("key")), "3 keys" },
        { Quantity.Exact(72, Unit.Duration(TimeUnit.Hour)), "72 hours" },
        { Quantity.Exact(2, Unit.PerPeriod(TimeUnit.Hour)), "2 per hour" },
        { Quantity.Exact(500, Unit.Count("aircraft")), "500 aircraft" },
        { Quantity.Exact(40, Unit.Count("transport-aircraft")), "40 transport-aircraft" },
        { Quantity.Exact(5_000, Unit.Count("sheep")), "5,000 sheep" },
    };

    [Theory]
    [MemberData(nameof(EveryUnit))]
    public void Format_EveryUnit_WritesItsWords(Quantity quantity, string expected) =>
        Assert.Equal(expected, QuantityFormatter.Format(quantity));

    [Theory]
    [InlineData("militants", "between 14,000 and 18,000 militants")]
    [InlineData("foreign fighters", "between 14,000 and 18,000 foreign fighters")]
    public void Format_WithNoun_NamesACountByTheNoun(string noun, string expected) =>
        Assert.Equal(expected, QuantityFormatter.Format(new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person), noun));

    [Fact]
    public void Format_RateWithNoun_PutsTheNounBeforeThePeriod() =>
        Assert.Equal("50 people per month", QuantityFormatter.Format(Quantity.Exact(50, Unit.PerPeriod(TimeUnit.Month)), "people"));

    [Theory]
    [InlineData("cash")]
    [InlineData("anything")]
    public void Format_MoneyAreaPercentDuration_IgnoreTheNoun(string noun)
    {
        Assert.Equal("GBP 5", QuantityFormatter.Format(Quantity.Exact(5, Gbp), noun));
        Assert.Equal("5 square kilometres", QuantityFormatter.Format(Quantity.Exact(5, Unit.SquareKilometre), noun));
        Assert.Equal("5 percent", QuantityFormatter.Format(Quantity.Exact(5, Unit.Percent), noun));
        Assert.Equal("5 days", QuantityFormatter.Format(Quantity.Exact(5, Unit.Duration(TimeUnit.Day)), noun));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData(" militants")]
    public void Format_BlankOrPaddedNoun_IsRejectedNamingNoun(string noun)
    {
        var e = Assert.Throws<ArgumentException>(() => QuantityFormatter.Format(Quantity.Exact(1, Unit.Person), noun));
        Assert.Equal("noun", e.ParamName);
    }

    [Fact]
    public void Format_NullQuantity_IsRejected() =>
        Assert.Equal("quantity", Assert.Throws<ArgumentNullException>(() => QuantityFormatter.Format(null!)).ParamName);

    [Fact]
    public void Format_TrailingZerosOfTheStatedDecimal_AreNotWritten() =>
        Assert.Equal("2.5 percent", QuantityFormatter.Format(Quantity.Exact(2.50m, Unit.Percent)));

    [Fact]
    public void Format_UnderHostileCultures_IsTheSame()
    {
        var quantity = new Quantity(RangedValue.Between(1_234.5m, 39_000_000, 2_000_000), Gbp);
        CultureScope.AssertInvariant(() => QuantityFormatter.Format(quantity));
        Assert.Equal("between GBP 1,234.5 and GBP 39,000,000 (best estimate GBP 2,000,000)",
            CultureScope.Run("de-DE", () => QuantityFormatter.Format(quantity)));
    }

    [Fact]
    public void Format_IsWhatQuantityToStringWrites()
    {
        var quantity = new Quantity(RangedValue.MoreThan(5_600), Unit.Person);
        Assert.Equal(QuantityFormatter.Format(quantity), quantity.ToString());
    }
}
