using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Measurement;

public class MeasurandTests
{
    [Fact]
    public void Construction_KeepsEveryPart_PlacesAndQualifiersSortedAndDistinct()
    {
        var measurand = new Measurand(Indicator.FightersDetained, "IS", [CountryCode.Syria, CountryCode.Iraq, CountryCode.Syria],
            "the Middle Euphrates River Valley", ["foreign", "detained", "foreign"]);
        Assert.Equal(Indicator.FightersDetained, measurand.Indicator);
        Assert.Equal("IS", measurand.Actor);
        Assert.Equal([CountryCode.Iraq, CountryCode.Syria], measurand.Places.ToArray());
        Assert.Equal("the Middle Euphrates River Valley", measurand.Region);
        Assert.Equal(["detained", "foreign"], measurand.Qualifiers.ToArray());
    }

    [Fact]
    public void Construction_Minimal_HasEmptySets()
    {
        var measurand = new Measurand(Indicator.Fighters);
        Assert.Null(measurand.Actor);
        Assert.Empty(measurand.Places);
        Assert.Null(measurand.Region);
        Assert.Empty(measurand.Qualifiers);
        Assert.Equal("fighters", measurand.ToString());
    }

    public static TheoryData<Measurand, string> Forms => new()
    {
        { new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria]), "fighters of IS in IQ+SY" },
        { new Measurand(Indicator.Fighters, "IS", [CountryCode.Syria, CountryCode.Iraq], qualifiers: ["foreign"]), "fighters [foreign] of IS in IQ+SY" },
        { new Measurand(Indicator.Fighters, "IS-K", [CountryCode.Afghanistan]), "fighters of IS-K in AF" },
        { new Measurand(Indicator.Fighters, "al-Qaida", region: "West Africa"), "fighters of al-Qaida in West Africa" },
        { new Measurand(Indicator.Territory, places: [CountryCode.Syria], region: "Badiya"), "territory in SY, Badiya" },
        { new Measurand(Indicator.Cash, qualifiers: ["liquid", "held"]), "cash [held, liquid]" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void ToString_NamesEveryPart(Measurand measurand, string expected) => Assert.Equal(expected, measurand.ToString());

    [Fact]
    public void Equality_SetsBuiltInDifferentOrders_AreEqualAndHashAlike()
    {
        var a = new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria], qualifiers: ["foreign", "detained"]);
        var b = new Measurand(Indicator.Fighters, "IS", [CountryCode.Syria, CountryCode.Iraq, CountryCode.Iraq], qualifiers: ["detained", "foreign"]);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Single(new HashSet<Measurand> { a, b });
    }

    [Fact]
    public void Equality_DiffersByEachPart()
    {
        var baseline = new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq], "Anbar", ["foreign"]);
        Measurand[] others =
        [
            new(Indicator.FightersAtLarge, "IS", [CountryCode.Iraq], "Anbar", ["foreign"]),
            new(Indicator.Fighters, "ISIS", [CountryCode.Iraq], "Anbar", ["foreign"]),
            new(Indicator.Fighters, "IS", [CountryCode.Syria], "Anbar", ["foreign"]),
            new(Indicator.Fighters, "IS", [CountryCode.Iraq], "Nineveh", ["foreign"]),
            new(Indicator.Fighters, "IS", [CountryCode.Iraq], "Anbar", ["detained"]),
            new(Indicator.Fighters, "IS", [CountryCode.Iraq], "Anbar"),
        ];
        Assert.All(others, other => Assert.True(baseline != other));
    }

    [Fact]
    public void Construction_DefaultIndicator_IsRejectedNamingIndicator()
    {
        var e = Assert.Throws<ArgumentException>(() => new Measurand(default));
        Assert.Equal("indicator", e.ParamName);
        Assert.Contains("unspecified", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_DefaultPlace_IsRejectedNamingPlaces()
    {
        var e = Assert.Throws<ArgumentException>(() => new Measurand(Indicator.Fighters, places: [CountryCode.Iraq, default]));
        Assert.Equal("places", e.ParamName);
        Assert.Contains("default (unknown) country code", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Foreign")]
    [InlineData("hard core")]
    [InlineData("")]
    [InlineData("-foreign")]
    public void Construction_QualifierNotKebabCase_IsRejectedNamingQualifiers(string qualifier)
    {
        var e = Assert.Throws<ArgumentException>(() => new Measurand(Indicator.Fighters, qualifiers: [qualifier]));
        Assert.Equal("qualifiers", e.ParamName);
        Assert.Contains($"The qualifier \"{qualifier}\" must be lower-case kebab-case", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_QualifierUnspecified_IsAnOrdinaryWord() =>
        Assert.Equal(["unspecified"], new Measurand(Indicator.Fighters, qualifiers: ["unspecified"]).Qualifiers.ToArray());

    [Theory]
    [InlineData("", null)]
    [InlineData(" IS", null)]
    [InlineData(null, " ")]
    [InlineData(null, "West Africa ")]
    public void Construction_BlankOrPaddedTexts_AreRejectedByName(string? actor, string? region)
    {
        var e = Assert.Throws<ArgumentException>(() => new Measurand(Indicator.Fighters, actor, region: region));
        Assert.Equal(actor is not null ? "actor" : "region", e.ParamName);
    }

    [Fact]
    public void ToString_IsCultureInvariant() =>
        CultureScope.AssertInvariant(() => new Measurand(Indicator.Fighters, "ISIS", [CountryCode.Iraq], "İdlib", ["foreign"]).ToString());
}
