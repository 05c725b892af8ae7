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
        Assert.Equal(expected, DateParser.Default.Parse(text, DateScannerTests.On("2019-07-15")).Value.ToString());

    [Theory]
    [InlineData("February 29", "2019-04-29", "during 2016-02-29")]
    [InlineData("next week", "9998-12-31", "during 9999-01-04/9999-01-10")]
    [InlineData("next month", "9998-12-31", "during 9999-01")]
    [InlineData("three years ago", "0004-06-01", "during 0001")]
    public void Parse_AtTheEdgesOfTheCalendar_StillResolvesWhatExists(string text, string published, string expected) =>
        Assert.Equal(expected, DateParser.Default.Parse(text, DateScannerTests.On(published)).Value.ToString());

    [Fact]
    public void Parse_RelativePhraseWithoutPublicationTime_IsUnresolvedAndSaysWhy()
    {
        var result = DateParser.Default.Parse("on Friday", null);
        Assert.False(result.Success);
        Assert.Equal(ParseErrorCode.NeedsPublicationTime, result.Error.Code);
        Assert.Equal(new TextSpan(0, 9), result.Error.Span);
        Assert.Equal("\"on Friday\" is relative to when it was written, and no publication time is given to resolve it against.", result.Error.Message);
        Assert.Contains("no publication time", Assert.Throws<UnparsableValueException>(() => result.Value).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThatYearAlone_IsUnresolvedBecauseNothingCameBefore()
    {
        var result = DateParser.Default.Parse("by the end of that year", SeedArticles.Afp);
        Assert.Equal(ParseErrorCode.Unresolvable, result.Error!.Code);
        Assert.Contains("refers back to a year named earlier in the text", result.Error.Message, StringComparison.Ordinal);
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
        var result = DateParser.Default.Parse(text, DateScannerTests.On(published));
        Assert.Equal(ParseErrorCode.Unresolvable, result.Error!.Code);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", ParseErrorCode.EmptyText, "empty")]
    [InlineData("   ", ParseErrorCode.EmptyText, "empty")]
    [InlineData("hello", ParseErrorCode.Unrecognized, "is not a date phrase")]
    [InlineData("February 30, 2019", ParseErrorCode.Unrecognized, "is not a date phrase")]
    [InlineData("32 March 2019", ParseErrorCode.Unrecognized, "is not a date phrase")]
    [InlineData("2019-13-01", ParseErrorCode.TrailingText, "has more text after the date phrase \"2019\"")]
    public void Parse_NotADate_SaysSoAndWhatIsExpected(string text, ParseErrorCode code, string reason)
    {
        var result = DateParser.Default.Parse(text, SeedArticles.Rnz);
        Assert.Equal(code, result.Error!.Code);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
        Assert.False(result.TryGetValue(null!, out ReferenceTime? value));
        Assert.Null(value);
    }

    [Fact]
    public void Parse_TextAfterTheDate_IsNotADateAndNamesWhereItStarts()
    {
        var result = DateParser.Default.Parse("24 March 2019 and more", null);
        Assert.Equal(ParseErrorCode.TrailingText, result.Error!.Code);
        Assert.Equal(TextSpan.FromBounds(14, 22), result.Error.Span);
        Assert.Equal("\"24 March 2019 and more\" has more text after the date phrase \"24 March 2019\", from offset 13; give one date phrase only.", result.Error.Message);
    }

    [Fact]
    public void Parse_BoundedPublicationTime_AgreeingBoundsResolve_DisagreeingOnesGiveTheFlaggedEnvelope()
    {
        var september = DateParser.Default.Parse("in September", SeedArticles.VoaRaqqa);
        Assert.True(september.Success && !september.IsAmbiguous);
        var tuesday = DateParser.Default.Parse("Tuesday", SeedArticles.VoaRaqqa);
        Assert.True(tuesday.IsAmbiguous);
        Assert.Equal(ReferenceTime.During(DateRange.Span(new LocalDate(2017, 10, 17), new LocalDate(2017, 10, 31))), tuesday.Value);
        Assert.Equal("during 2017-10-17/2017-10-31 (ambiguous)", tuesday.ToString());
    }

    [Fact]
    public void Parse_BoundedPublicationTime_UnresolvableAtEitherBound_IsUnresolvedNamingThatBound()
    {
        var october = PublicationTime.Within(new DateInterval(new LocalDate(2017, 10, 1), new LocalDate(2017, 10, 31)), "October 2017.");
        Assert.EndsWith("(at the earliest possible publication date, 2017-10-01).", DateParser.Default.Parse("earlier this month", october).Error!.Message, StringComparison.Ordinal);
        Assert.EndsWith("(at the latest possible publication date, 2017-10-31).", DateParser.Default.Parse("later this month", october).Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_GivesTheValueOrFalse()
    {
        Assert.True(DateParser.Default.TryParse("As of October 2017", null, out ReferenceTime? asOf));
        Assert.Equal(ReferenceTime.AsOf(DateRange.Month(2017, 10)), asOf);
        Assert.False(DateParser.Default.TryParse("this month", null, out ReferenceTime? none));
        Assert.Null(none);
    }

    [Fact]
    public void Parse_HugeText_QuotesOnlyItsStartInTheMessage()
    {
        string text = "nonsense " + new string('x', 100_000);
        string message = DateParser.Default.Parse(text, null).Error!.Message;
        Assert.StartsWith("\"nonsense xxx", message, StringComparison.Ordinal);
        Assert.Contains("\u2026\" (100009 characters) is not a date phrase", message, StringComparison.Ordinal);
        Assert.True(message.Length < 400);
    }

    [Fact]
    public void Parse_NullText_FailsAsEveryParserDoes()
    {
        Assert.Equal(ParseErrorCode.NullText, DateParser.Default.Parse(null, null).Error!.Code);
        Assert.False(DateParser.Default.TryParse(null, null, out _));
    }

    [Property(MaxTest = 2000)]
    public Property Parse_AnyText_NeverThrows() =>
        Prop.ForAll(DateTextGenerators.Text, DateTextGenerators.Published.ToArbitrary(), (text, published) =>
        {
            var result = DateParser.Default.Parse(text, published);
            return result.Success == result.TryGetValue(null!, out var value) && result.Success == (value is not null)
                && !(result.IsAmbiguous && !result.Success) && (result.Success || result.Error.Span.End <= text.Length);
        });
}
