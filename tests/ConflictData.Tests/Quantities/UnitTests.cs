using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;

namespace ConflictData.Tests.Quantities;

public class UnitTests
{
    public static TheoryData<Unit, string, Dimension> Codes => new()
    {
        { Unit.Person, "person", Dimension.Count },
        { Unit.Count("country"), "country", Dimension.Count },
        { Unit.Count("foreign-fighter"), "foreign-fighter", Dimension.Count },
        { Unit.Money(Currency.UsDollar), "USD", Dimension.Money },
        { Unit.Money(Currency.PoundSterling), "GBP", Dimension.Money },
        { Unit.SquareKilometre, "km2", Dimension.Area },
        { Unit.Percent, "percent", Dimension.Percent },
        { Unit.PerPeriod(TimeUnit.Month), "per-month", Dimension.Rate },
        { Unit.PerPeriod(TimeUnit.Day), "per-day", Dimension.Rate },
        { Unit.Duration(TimeUnit.Month), "month", Dimension.Duration },
        { Unit.Duration(TimeUnit.Year), "year", Dimension.Duration },
        { Unit.Duration(TimeUnit.Week), "week", Dimension.Duration },
        { Unit.Duration(TimeUnit.Hour), "hour", Dimension.Duration },
        { Unit.PerPeriod(TimeUnit.Hour), "per-hour", Dimension.Rate },
        { Unit.PerPeriod(Unit.Money(Currency.UsDollar), TimeUnit.Hour), "USD/hour", Dimension.Rate },
        { Unit.Count("aircraft"), "aircraft", Dimension.Count },
    };

    [Theory]
    [MemberData(nameof(Codes))]
    public void EveryUnit_HasOneCanonicalCode_ThatParsesBackToIt(Unit unit, string code, Dimension dimension)
    {
        Assert.Equal(code, unit.Code);
        Assert.Equal(code, unit.ToString());
        Assert.Equal(dimension, unit.Dimension);
        Assert.Equal(unit, Unit.Parse(code).Value);
        Assert.True(Unit.TryParse(code, out var parsed));
        Assert.Equal(unit, parsed);
        Assert.Equal(unit.GetHashCode(), parsed.GetHashCode());
    }

    [Fact]
    public void Parts_AreSetOnlyWhereTheyBelong()
    {
        Assert.Equal(Currency.PoundSterling, Unit.Money(Currency.PoundSterling).Currency);
        Assert.Null(Unit.Person.Currency);
        Assert.Equal(TimeUnit.Month, Unit.PerPeriod(TimeUnit.Month).Period);
        Assert.Equal(TimeUnit.Year, Unit.Duration(TimeUnit.Year).Period);
        Assert.Null(Unit.SquareKilometre.Period);
    }

    [Fact]
    public void OnlyPercent_AllowsNegativeValues()
    {
        Assert.True(Unit.Percent.AllowsNegative);
        Assert.False(Unit.Person.AllowsNegative);
        Assert.False(Unit.Money(Currency.Euro).AllowsNegative);
        Assert.False(Unit.SquareKilometre.AllowsNegative);
    }

    [Fact]
    public void Count_OfPerson_IsThePersonUnit() => Assert.Same(Unit.Person, Unit.Count("person"));

    [Theory]
    [InlineData("Person")]
    [InlineData("")]
    [InlineData("-fighter")]
    [InlineData("fighter-")]
    [InlineData("foreign fighter")]
    [InlineData("km2")]
    [InlineData("percent")]
    [InlineData("month")]
    [InlineData("per-month")]
    [InlineData("per-anything")]
    [InlineData("ıraqi")]
    public void Count_OfAnythingButALowerCaseNoun_IsRejectedNamingEntity(string entity)
    {
        var e = Assert.Throws<ArgumentException>(() => Unit.Count(entity));
        Assert.Equal("entity", e.ParamName);
        Assert.Contains("cannot name a counted thing", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dollar", "names the currency USD")]
    [InlineData("rupee", "\"rupee\" names the currency INR")]
    [InlineData("ten", "as a number")]
    [InlineData("dozen", "as a number")]
    [InlineData("thousand", "as a number")]
    [InlineData("the", "function word")]
    [InlineData("wa", "plural \"was\"")]
    [InlineData("pound", "names the currency GBP")]
    [InlineData("kilometer", "names the measure unit km")]
    [InlineData("mile", "names the measure unit mi")]
    [InlineData("hectare", "names the measure unit ha")]
    [InlineData("per", "function word")]
    [InlineData("bus", "plural \"buses\" from that of another word")]
    [InlineData("rw", "plural \"rws\"")]
    [InlineData("news", "plural")]
    [InlineData("fighter", "names people")]
    [InlineData("child", "names people")]
    [InlineData("woman", "\"woman\" names people")]
    public void Count_OfAWordEnglishReadsAsSomethingElse_IsRejectedSayingWhat(string entity, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => Unit.Count(entity));
        Assert.Equal("entity", e.ParamName);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.False(Unit.TryParse(entity, out _));
    }

    [Fact]
    public void Count_Null_IsRejected() => Assert.Equal("entity", Assert.Throws<ArgumentNullException>(() => Unit.Count(null!)).ParamName);

    [Fact]
    public void PerPeriod_UndefinedTimeUnit_IsRejectedNamingPeriod()
    {
        var e = Assert.Throws<ArgumentException>(() => Unit.PerPeriod((TimeUnit)9));
        Assert.Equal("period", e.ParamName);
        Assert.Contains("9 is not a defined TimeUnit; expected one of Day, Week, Month, Year, Hour", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_UndefinedTimeUnit_IsRejectedNamingUnit() =>
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => Unit.Duration((TimeUnit)(-1))).ParamName);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("usd2")]
    [InlineData("KM2")]
    [InlineData("per-fortnight")]
    [InlineData("Usd")]
    public void TryParse_NoUnitCode_ReturnsFalse(string? code)
    {
        Assert.False(Unit.TryParse(code, out var unit));
        Assert.Null(unit);
    }

    [Fact]
    public void Parse_NoUnitCode_FailsNamingCodeAndWhatIsAllowed()
    {
        var error = Unit.Parse("Usd").Error!;
        Assert.Equal(ParseErrorCode.Unrecognized, error.Code);
        Assert.Equal(new TextSpan(0, 3), error.Span);
        Assert.Contains("\"Usd\" is not a unit code; expected an ISO 4217", error.Message, StringComparison.Ordinal);
        Assert.Equal(ParseErrorCode.NullText, Unit.Parse(null).Error!.Code);
    }

    [Fact]
    public void Equality_IsByCode_AndSetsAgree()
    {
        Assert.True(Unit.Count("country") == Unit.Parse("country").Value);
        Assert.True(Unit.Person != Unit.Count("country"));
        Assert.NotEqual(Unit.PerPeriod(TimeUnit.Month), Unit.Duration(TimeUnit.Month));
        var a = new HashSet<Unit> { Unit.Person, Unit.Percent, Unit.Money(Currency.UsDollar) };
        var b = new HashSet<Unit> { Unit.Parse("USD").Value, Unit.Parse("percent").Value, Unit.Parse("person").Value };
        Assert.True(a.SetEquals(b));
    }

    [Fact]
    public void ParseAndToString_AreCultureInvariant_EvenInTurkish()
    {
        CultureScope.AssertInvariant(() => Unit.Parse("per-day").Value.ToString() + Unit.TryParse("ITEM", out _));
        Assert.Equal("km2", CultureScope.Run("tr-TR", () => Unit.Parse("km2").Value.Code));
        Assert.Equal(Unit.Count("militia"), CultureScope.Run("tr-TR", () => Unit.Parse("militia").Value));
    }
}
