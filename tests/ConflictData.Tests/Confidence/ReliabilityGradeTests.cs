using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;

namespace ConflictData.Tests.Confidence;

public class ReliabilityGradeTests
{
    public static TheoryData<string> AllGrades()
    {
        var data = new TheoryData<string>();
        foreach (char letter in "ABCDEF")
        {
            foreach (char digit in "123456")
            {
                data.Add(new string([letter, digit]));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllGrades))]
    public void EveryGrade_ParsesAndWritesBack(string text)
    {
        var grade = ReliabilityGrade.Parse(text).Value;
        Assert.Equal(text, grade.ToString());
        Assert.Equal((SourceReliability)(text[0] - 'A'), grade.Source);
        Assert.Equal((InformationCredibility)(text[1] - '0'), grade.Information);
        Assert.Equal(grade, new ReliabilityGrade(grade.Source, grade.Information));
        Assert.True(ReliabilityGrade.TryParse(text.ToLowerInvariant(), out var lower));
        Assert.Equal(grade, lower);
    }

    [Fact]
    public void Parts_HaveTheirAdmiraltyMeaning()
    {
        var b2 = new ReliabilityGrade(SourceReliability.UsuallyReliable, InformationCredibility.ProbablyTrue);
        Assert.Equal("B2", b2.ToString());
        Assert.Equal("F6", new ReliabilityGrade(SourceReliability.CannotBeJudged, InformationCredibility.CannotBeJudged).ToString());
    }

    [Fact]
    public void Default_IsF6_SoAnUninitialisedGradeClaimsNoReliability()
    {
        Assert.Equal("F6", default(ReliabilityGrade).ToString());
        Assert.Equal(new ReliabilityGrade(SourceReliability.CannotBeJudged, InformationCredibility.CannotBeJudged), default);
        var uninitialised = new ReliabilityGrade[1];
        Assert.Equal(SourceReliability.CannotBeJudged, uninitialised[0].Source);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("B")]
    [InlineData("B22")]
    [InlineData("G1")]
    [InlineData("A0")]
    [InlineData("A7")]
    [InlineData("1A")]
    [InlineData("Ａ1")]
    [InlineData("B٢")]
    [InlineData("ı1")]
    public void TryParse_NoGrade_ReturnsFalse(string? text)
    {
        Assert.False(ReliabilityGrade.TryParse(text, out var grade));
        Assert.Equal(default, grade);
    }

    [Fact]
    public void Parse_NoGrade_SaysWhatIsExpected()
    {
        var e = Assert.Throws<UnparsableValueException>(() => ReliabilityGrade.Parse("G7").Value);
        Assert.Contains("\"G7\" is not an Admiralty grade; expected a letter A–F then a digit 1–6", e.Message, StringComparison.Ordinal);
        Assert.Equal(ParseErrorCode.Unrecognized, Assert.IsType<UnparsableValueException>(e).Error!.Code);
        Assert.Equal(ParseErrorCode.NullText, ReliabilityGrade.Parse(null).Error!.Code);
    }

    [Fact]
    public void Construction_UndefinedParts_AreRejectedByName()
    {
        var e = Assert.Throws<ArgumentException>(() => new ReliabilityGrade((SourceReliability)6, InformationCredibility.Confirmed));
        Assert.Equal("source", e.ParamName);
        Assert.Contains("6 is not a defined SourceReliability", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new ReliabilityGrade(SourceReliability.CompletelyReliable, 0));
        Assert.Equal("information", e.ParamName);
        Assert.Contains("0 is not a defined InformationCredibility; expected one of Confirmed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_AndHashes_Agree()
    {
        Assert.True(ReliabilityGrade.Parse("B2").Value == ReliabilityGrade.Parse("b2").Value);
        Assert.True(ReliabilityGrade.Parse("B3").Value != ReliabilityGrade.Parse("C2").Value);
        Assert.Equal(ReliabilityGrade.Parse("C3").Value.GetHashCode(), ReliabilityGrade.Parse("c3").Value.GetHashCode());
        var all = from letter in "ABCDEF" from digit in "123456" select ReliabilityGrade.Parse(new string([letter, digit])).Value;
        Assert.Equal(36, all.ToHashSet().Count);
    }

    [Fact]
    public void ParseAndToString_AreCultureInvariant_EvenInTurkish() =>
        CultureScope.AssertInvariant(() => (ReliabilityGrade.Parse("e5").Value.ToString(), ReliabilityGrade.TryParse("i1", out _)));
}
