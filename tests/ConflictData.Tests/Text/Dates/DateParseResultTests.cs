using System;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Dates;

public class DateParseResultTests
{
    [Fact]
    public void Resolved_GivesItsValueEveryWay()
    {
        DateParseResult result = DateParser.Parse("since 2014", null);
        ReferenceTime expected = ReferenceTime.Since(DateRange.Year(2014));
        Assert.True(result.Success);
        Assert.False(result.IsAmbiguous);
        Assert.Null(result.Message);
        Assert.Equal(expected, result.Value);
        Assert.Equal(expected, result.GetValueOrThrow());
        Assert.Equal(expected, result.ValueOrNull);
        Assert.True(result.TryGetValue(out ReferenceTime? value));
        Assert.Equal(expected, value);
        Assert.Equal("since 2014", result.ToString());
    }

    [Fact]
    public void Failure_ThrowsItsMessageOnlyWhenAskedForTheValue()
    {
        DateParseResult result = DateParser.Parse("nonsense", null);
        Assert.Null(result.ValueOrNull);
        Assert.Equal(result.Message, Assert.Throws<FormatException>(result.GetValueOrThrow).Message);
        Assert.StartsWith("not a date: ", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ambiguous_SaysSoInItsText()
    {
        DateParseResult result = DateParser.Parse("Wednesday", SeedArticles.VoaRaqqa);
        Assert.Equal("during 2017-10-11/2017-10-25 (ambiguous within the publication bounds)", result.ToString());
    }

    [Fact]
    public void Equality_IsByStatusValueAndMessage()
    {
        Assert.Equal(DateParser.Parse("in 2014", null), DateParser.Parse("2014", null));
        Assert.True(DateParser.Parse("in 2014", null) == DateParser.Parse("2014", null));
        Assert.Equal(DateParser.Parse("in 2014", null).GetHashCode(), DateParser.Parse("2014", null).GetHashCode());
        Assert.NotEqual(DateParser.Parse("since 2014", null), DateParser.Parse("2014", null));
        Assert.True(DateParser.Parse("x", null) != DateParser.Parse("y", null));
    }
}
