using System;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Dates;

public class DateResolutionTests
{
    [Fact]
    public void Resolved_GivesItsValueEveryWay()
    {
        var result = DateParser.Default.Parse("since 2014", null);
        ReferenceTime expected = ReferenceTime.Since(DateRange.Year(2014));
        Assert.True(result.Success);
        Assert.False(result.IsAmbiguous);
        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value);
        Assert.Equal(expected, result.GetValueOrThrow());
        Assert.True(result.TryGetValue(null!, out ReferenceTime? value));
        Assert.Equal(expected, value);
        Assert.Equal("since 2014", result.ToString());
    }

    [Fact]
    public void Failure_ThrowsItsMessageOnlyWhenAskedForTheValue()
    {
        var result = DateParser.Default.Parse("nonsense", null);
        Assert.False(result.Success);
        Assert.Equal(result.Error.Message, Assert.Throws<UnparsableValueException>(result.GetValueOrThrow).Message);
        Assert.StartsWith("Unrecognized at [0..8): ", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ambiguous_SaysSoInItsText()
    {
        var result = DateParser.Default.Parse("Wednesday", SeedArticles.VoaRaqqa);
        Assert.Equal("during 2017-10-11/2017-10-25 (ambiguous)", result.ToString());
    }

    [Fact]
    public void Equality_IsByValueFlagAndError()
    {
        Assert.Equal(DateParser.Default.Parse("in 2014", null), DateParser.Default.Parse("2014", null));
        Assert.True(DateParser.Default.Parse("in 2014", null) == DateParser.Default.Parse("2014", null));
        Assert.Equal(DateParser.Default.Parse("in 2014", null).GetHashCode(), DateParser.Default.Parse("2014", null).GetHashCode());
        Assert.NotEqual(DateParser.Default.Parse("since 2014", null), DateParser.Default.Parse("2014", null));
        Assert.True(DateParser.Default.Parse("x", null) != DateParser.Default.Parse("y", null));
    }
}
