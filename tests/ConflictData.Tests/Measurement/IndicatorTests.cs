using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Measurement;

public class IndicatorTests
{
    public static TheoryData<Indicator, string> Named => new()
    {
        { Indicator.Fighters, "fighters" },
        { Indicator.ForeignFightersTravelled, "foreign-fighters-travelled" },
        { Indicator.ForeignFightersReturned, "foreign-fighters-returned" },
        { Indicator.FightersAtLarge, "fighters-at-large" },
        { Indicator.FightersDetained, "fighters-detained" },
        { Indicator.Funds, "funds" },
        { Indicator.Revenue, "revenue" },
        { Indicator.Cash, "cash" },
        { Indicator.Territory, "territory" },
        { Indicator.Bounty, "bounty" },
    };

    [Theory]
    [MemberData(nameof(Named))]
    public void NamedIndicators_AreTheirCodes(Indicator indicator, string code)
    {
        Assert.Equal(code, indicator.Code);
        Assert.Equal(code, indicator.ToString());
        Assert.Equal(indicator, new Indicator(code));
    }

    [Theory]
    [InlineData("a")]
    [InlineData("time-to-resurgence")]
    [InlineData("attacks-2016")]
    [InlineData("x1-y2")]
    public void Construction_KebabCase_IsAccepted(string code)
    {
        Assert.True(Indicator.IsValid(code));
        Assert.Equal(code, new Indicator(code).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Fighters")]
    [InlineData("foreign fighters")]
    [InlineData("foreign_fighters")]
    [InlineData("-fighters")]
    [InlineData("fighters-")]
    [InlineData("foreign--fighters")]
    [InlineData("unspecified")]
    [InlineData("kämpfer")]
    [InlineData("ıncome")]
    public void Construction_NotKebabCase_IsRejectedNamingCode(string code)
    {
        Assert.False(Indicator.IsValid(code));
        var e = Assert.Throws<ArgumentException>(() => new Indicator(code));
        Assert.Equal("code", e.ParamName);
        Assert.Contains("is not an indicator code", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_LengthLimitIs100()
    {
        Assert.True(Indicator.IsValid(new string('a', 100)));
        Assert.False(Indicator.IsValid(new string('a', 101)));
        Assert.False(Indicator.IsValid(null));
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new Indicator(null!)).ParamName);
    }

    [Fact]
    public void Default_IsUnspecified() => Assert.Equal("unspecified", default(Indicator).Code);

    [Fact]
    public void EqualityOrderAndHash_AreOrdinalByCode()
    {
        Assert.True(Indicator.Cash < Indicator.Fighters && Indicator.Territory > Indicator.Revenue);
        Assert.True(Indicator.Cash <= new Indicator("cash") && Indicator.Cash >= new Indicator("cash"));
        Assert.True(Indicator.Funds != Indicator.Cash && Indicator.Funds == new Indicator("funds"));
        Assert.Equal(Indicator.Bounty.GetHashCode(), new Indicator("bounty").GetHashCode());
        Assert.Equal(["bounty", "cash", "fighters"], new[] { Indicator.Fighters, Indicator.Bounty, Indicator.Cash }.Order().Select(i => i.Code));
        Assert.True(new HashSet<Indicator> { Indicator.Cash, Indicator.Revenue }.SetEquals([new Indicator("revenue"), new Indicator("cash")]));
    }

    [Fact]
    public void Validation_IsTheSameInTurkish() =>
        CultureScope.AssertInvariant(() => (Indicator.IsValid("fighters-in-iraq"), Indicator.IsValid("FIGHTERS-IN-IRAQ")));
}
