using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Confidence;

public class StatedConfidenceTests
{
    private static readonly Source Commanders = new(SourceKind.Group, "US commanders");

    public static TheoryData<StatedConfidence, ConfidenceLevel, decimal?, string> SeedConfidences => new()
    {
        { new StatedConfidence("did not have a lot of confidence in those figures", ConfidenceLevel.Low, statedBy: Commanders), ConfidenceLevel.Low, null, "“did not have a lot of confidence in those figures” (Low)" },
        { new StatedConfidence("most likely", ConfidenceLevel.High), ConfidenceLevel.High, null, "“most likely” (High)" },
        { new StatedConfidence("We believe 99 percent he is alive", ConfidenceLevel.High, 0.99m), ConfidenceLevel.High, 0.99m, "“We believe 99 percent he is alive” (High)" },
        { new StatedConfidence("could likely", ConfidenceLevel.Moderate), ConfidenceLevel.Moderate, null, "“could likely” (Moderate)" },
        { new StatedConfidence("certain", ConfidenceLevel.High, 1), ConfidenceLevel.High, 1m, "“certain” (High)" },
        { new StatedConfidence("no chance", ConfidenceLevel.Low, 0), ConfidenceLevel.Low, 0m, "“no chance” (Low)" },
    };

    [Theory]
    [MemberData(nameof(SeedConfidences))]
    public void Confidence_KeepsWordsLevelAndProbability(StatedConfidence confidence, ConfidenceLevel level, decimal? probability, string text)
    {
        Assert.Equal(level, confidence.Level);
        Assert.Equal(probability, confidence.Probability);
        Assert.Equal(text, confidence.ToString());
    }

    [Fact]
    public void StatedBy_IsKept() =>
        Assert.Equal(Commanders, new StatedConfidence("did not have a lot of confidence", ConfidenceLevel.Low, statedBy: Commanders).StatedBy);

    [Theory]
    [InlineData("-0.01")]
    [InlineData("1.01")]
    [InlineData("99")]
    public void Construction_ProbabilityOutsideZeroToOne_IsRejectedNamingProbability(string probability)
    {
        decimal value = decimal.Parse(probability, System.Globalization.CultureInfo.InvariantCulture);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new StatedConfidence("99 percent", ConfidenceLevel.High, value));
        Assert.Equal("probability", e.ParamName);
        Assert.Contains("from 0 to 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("most likely ")]
    public void Construction_BlankOrPaddedWords_AreRejectedNamingText(string text) =>
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new StatedConfidence(text, ConfidenceLevel.High)).ParamName);

    [Fact]
    public void Construction_UndefinedLevel_IsRejectedNamingLevel()
    {
        var e = Assert.Throws<ArgumentException>(() => new StatedConfidence("x", (ConfidenceLevel)(-1)));
        Assert.Equal("level", e.ParamName);
        Assert.Contains("-1 is not a defined ConfidenceLevel; expected one of Low, Moderate, High", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsComponentWise_AndHashesAgree()
    {
        var a = new StatedConfidence("99 percent", ConfidenceLevel.High, 0.99m, Commanders);
        Assert.Equal(a, new StatedConfidence("99 percent", ConfidenceLevel.High, 0.990m, new Source(SourceKind.Group, "US commanders")));
        Assert.Equal(a.GetHashCode(), new StatedConfidence("99 percent", ConfidenceLevel.High, 0.990m, Commanders).GetHashCode());
        Assert.True(a != new StatedConfidence("99 percent", ConfidenceLevel.High, 0.99m));
        Assert.True(a != new StatedConfidence("99 percent", ConfidenceLevel.Moderate, 0.99m, Commanders));
        Assert.True(a != new StatedConfidence("99 Percent", ConfidenceLevel.High, 0.99m, Commanders));
        Assert.Single(new HashSet<StatedConfidence> { a, new("99 percent", ConfidenceLevel.High, 0.99m, Commanders) });
    }

    [Fact]
    public void ToStringAndErrors_AreCultureInvariant()
    {
        CultureScope.AssertInvariant(() => new StatedConfidence("99 percent", ConfidenceLevel.High, 0.99m).ToString());
        CultureScope.AssertInvariant(() => Assert.Throws<ArgumentException>(() => new StatedConfidence("x", (ConfidenceLevel)(-7))).Message);
    }
}
