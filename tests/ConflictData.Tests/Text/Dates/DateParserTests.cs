using System;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace ConflictData.Tests.Text.Dates;

public class DateParserTests
{
    [Theory]
    [InlineData("24 March 2019", "during 2019-03-24")]
    [InlineData("  March 2019 ", "during 2019-03")]
    [InlineData("2019", "during 2019")]
    [InlineData("0005", "during 0005")]
    [InlineData("march", "during 2019-03")]
    [InlineData("may 2019", "during 2019-05")]
    [InlineData("since 2014", "since 2014")]
    [InlineData("as of 11-20 March 2019", "as of 2019-03-11/2019-03-20")]
    [InlineData("mid-March", "during 2019-03-11/2019-03-20")]
    [InlineData("last August", "during 2018-08")]
    [InlineData("two years ago", "during 2017")]
    [InlineData("on Friday", "during 2019-07-12")]
    public void Parse_StandalonePhrase_ResolvesAgainstThePublicationDate(string text, string expected) =>
        Assert.Equal(expected, DateParser.Parse(text, DateScannerTests.On("2019-07-15")).Value.ToString());

    [Theory]
    [InlineData("February 29", "2019-04-29", "during 2016-02-29")]
    [InlineData("next week", "9998-12-31", "during 9999-01-04/9999-01-10")]
    [InlineData("next month", "9998-12-31", "during 9999-01")]
    [InlineData("three years ago", "0004-06-01", "during 0001")]
    public void Parse_AtTheEdgesOfTheCalendar_StillResolvesWhatExists(string text, string published, string expected) =>
        Assert.Equal(expected, DateParser.Parse(text, DateScannerTests.On(published)).Value.ToString());

    [Fact]
    public void Parse_RelativePhraseWithoutPublicationTime_IsUnresolvedAndSaysWhy()
    {
        DateParseResult result = DateParser.Parse("on Friday", null);
        Assert.False(result.Success);
        Assert.Equal(DateParseStatus.Unresolved, result.Status);
        Assert.Equal("\"on Friday\" is relative to when it was written, and no publication time is given to resolve it against.", result.Message);
        Assert.Contains("no publication time", Assert.Throws<FormatException>(() => result.Value).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThatYearAlone_IsUnresolvedBecauseNothingCameBefore()
    {
        DateParseResult result = DateParser.Parse("by the end of that year", SeedArticles.Afp);
        Assert.Equal(DateParseStatus.Unresolved, result.Status);
        Assert.Contains("refers back to a year named earlier in the text", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("three years ago", "0003-06-01", "falls outside the years 1 to 9999")]
    [InlineData("5000 years ago", "2019-04-30", "falls outside the years 1 to 9999")]
    [InlineData("last year", "0001-06-01", "too close to the limits of the calendar")]
    [InlineData("later this year", "2019-12-31", "last day of its year")]
    [InlineData("earlier this week", "2019-04-29", "first day of its week")]
    [InlineData("February 29", "0003-06-01", "names no day that exists")]
    public void Parse_PhraseWithNoDayToNameOrBeyondTheCalendar_IsUnresolvedWithTheReason(string text, string published, string reason)
    {
        DateParseResult result = DateParser.Parse(text, DateScannerTests.On(published));
        Assert.Equal(DateParseStatus.Unresolved, result.Status);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("hello", "is not a date phrase")]
    [InlineData("February 30, 2019", "is not a date phrase")]
    [InlineData("32 March 2019", "is not a date phrase")]
    [InlineData("2019-13-01", "has more text after the date phrase \"2019\"")]
    public void Parse_NotADate_SaysSoAndWhatIsExpected(string text, string reason)
    {
        DateParseResult result = DateParser.Parse(text, SeedArticles.Rnz);
        Assert.Equal(DateParseStatus.NotADate, result.Status);
        Assert.Contains(reason, result.Message, StringComparison.Ordinal);
        Assert.False(result.TryGetValue(out ReferenceTime? value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_TextAfterTheDate_IsNotADateAndNamesWhereItStarts()
    {
        DateParseResult result = DateParser.Parse("24 March 2019 and more", null);
        Assert.Equal(DateParseStatus.NotADate, result.Status);
        Assert.Equal("\"24 March 2019 and more\" has more text after the date phrase \"24 March 2019\", from offset 13; give one date phrase only.", result.Message);
    }

    [Fact]
    public void Parse_BoundedPublicationTime_AgreeingBoundsResolve_DisagreeingOnesGiveTheFlaggedEnvelope()
    {
        Assert.Equal(DateParseStatus.Resolved, DateParser.Parse("in September", SeedArticles.VoaRaqqa).Status);
        DateParseResult tuesday = DateParser.Parse("Tuesday", SeedArticles.VoaRaqqa);
        Assert.Equal(DateParseStatus.AmbiguousWithinPublicationBounds, tuesday.Status);
        Assert.Equal(ReferenceTime.During(DateRange.Span(new LocalDate(2017, 10, 17), new LocalDate(2017, 10, 31))), tuesday.Value);
        Assert.StartsWith("\"Tuesday\" means 2017-10-17 if published on 2017-10-17 and 2017-10-31 if published on 2017-10-31", tuesday.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BoundedPublicationTime_UnresolvableAtEitherBound_IsUnresolvedNamingThatBound()
    {
        var october = PublicationTime.Within(new DateInterval(new LocalDate(2017, 10, 1), new LocalDate(2017, 10, 31)), "October 2017.");
        Assert.EndsWith("(at the earliest possible publication date, 2017-10-01).", DateParser.Parse("earlier this month", october).Message, StringComparison.Ordinal);
        Assert.EndsWith("(at the latest possible publication date, 2017-10-31).", DateParser.Parse("later this month", october).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_GivesTheValueOrFalse()
    {
        Assert.True(DateParser.TryParse("As of October 2017", null, out ReferenceTime? asOf));
        Assert.Equal(ReferenceTime.AsOf(DateRange.Month(2017, 10)), asOf);
        Assert.False(DateParser.TryParse("this month", null, out ReferenceTime? none));
        Assert.Null(none);
    }

    [Fact]
    public void Parse_HugeText_QuotesOnlyItsStartInTheMessage()
    {
        string text = "nonsense " + new string('x', 100_000);
        DateParseResult result = DateParser.Parse(text, null);
        Assert.StartsWith("\"nonsense xxx", result.Message, StringComparison.Ordinal);
        Assert.Contains("\u2026\" (100009 characters) is not a date phrase", result.Message, StringComparison.Ordinal);
        Assert.True(result.Message!.Length < 400);
    }

    [Fact]
    public void Parse_NullText_IsRejected() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => DateParser.Parse(null!, null)).ParamName);

    [Property(MaxTest = 2000)]
    public Property Parse_AnyText_NeverThrows() =>
        Prop.ForAll(DateTextGenerators.Text, DateTextGenerators.Published.ToArbitrary(), (text, published) =>
        {
            DateParseResult result = DateParser.Parse(text, published);
            return result.Success == (result.ValueOrNull is not null) && (result.Status == DateParseStatus.Resolved) == (result.Message is null);
        });
}
