using System;
using System.Linq;
using ConflictData.Text;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Tests.Text.Dates;

public partial class DateScannerTests
{
    /// <summary>Every phrase the issue names, plus the neighbours the grammar promises, in running text against a fixed publication date.</summary>
    [Theory]
    [InlineData("on Friday", "2017-07-22", "during 2017-07-21")]
    [InlineData("Friday", "2017-07-21", "during 2017-07-21")]
    [InlineData("last Friday", "2017-07-21", "during 2017-07-14")]
    [InlineData("next Friday", "2017-07-22", "during 2017-07-28")]
    [InlineData("Wednesday", "2017-10-25", "during 2017-10-25")]
    [InlineData("Tuesday", "2017-10-25", "during 2017-10-24")]
    [InlineData("earlier this month", "2017-07-22", "during 2017-07-01/2017-07-21")]
    [InlineData("this past March", "2019-07-15", "during 2019-03")]
    [InlineData("this past March", "2019-03-24", "during 2018-03")]
    [InlineData("last August", "2019-07-15", "during 2018-08")]
    [InlineData("last August", "2019-09-01", "during 2019-08")]
    [InlineData("in September", "2017-10-25", "during 2017-09")]
    [InlineData("in September", "2017-09-05", "during 2017-09")]
    [InlineData("in December", "2019-03-24", "during 2018-12")]
    [InlineData("mid-March", "2019-03-24", "during 2019-03-11/2019-03-20")]
    [InlineData("in mid-March", "2019-03-24", "during 2019-03-11/2019-03-20")]
    [InlineData("late February", "2019-03-24", "during 2019-02-20/2019-02-28")]
    [InlineData("early March", "2019-03-24", "during 2019-03-01/2019-03-10")]
    [InlineData("in late February and March", "2019-07-15", "during 2019-02-20/2019-03-31")]
    [InlineData("in December and January", "2019-03-24", "during 2018-12-01/2019-01-31")]
    [InlineData("two years ago", "2019-04-30", "during 2017")]
    [InlineData("a year ago", "2019-04-30", "during 2018")]
    [InlineData("three months ago", "2019-04-30", "during 2019-01")]
    [InlineData("2 weeks ago", "2019-04-30", "during 2019-04-15/2019-04-21")]
    [InlineData("10 days ago", "2019-04-30", "during 2019-04-20")]
    [InlineData("yesterday", "2019-03-01", "during 2019-02-28")]
    [InlineData("today", "2019-03-01", "during 2019-03-01")]
    [InlineData("As of earlier this year", "2019-07-15", "as of 2019-01-01/2019-07-14")]
    [InlineData("earlier this year", "2019-04-30", "during 2019-01-01/2019-04-29")]
    [InlineData("later this year", "2019-04-30", "during 2019-05-01/2019-12-31")]
    [InlineData("last year", "2019-04-30", "during 2018")]
    [InlineData("next year", "2019-04-30", "during 2020")]
    [InlineData("this year", "2019-04-30", "during 2019")]
    [InlineData("this month", "2017-10-25", "during 2017-10")]
    [InlineData("last month", "2017-01-25", "during 2016-12")]
    [InlineData("this week", "2017-07-22", "during 2017-07-17/2017-07-23")]
    [InlineData("last week", "2017-07-22", "during 2017-07-10/2017-07-16")]
    [InlineData("over the past year", "2019-04-30", "during 2018-05-01/2019-04-30")]
    [InlineData("in the past two weeks", "2019-04-30", "during 2019-04-17/2019-04-30")]
    [InlineData("within the year", "2019-04-30", "during 2019-04-30/2019-12-31")]
    [InlineData("by the end of the year", "2019-04-30", "as of 2019-12-31")]
    [InlineData("December 27, 2015", "2019-04-30", "during 2015-12-27")]
    [InlineData("on December 27, 2015", "2019-04-30", "during 2015-12-27")]
    [InlineData("July 2018", "2019-03-24", "during 2018-07")]
    [InlineData("in 2014", "2019-03-24", "during 2014")]
    [InlineData("since 2014", "2017-07-22", "since 2014")]
    [InlineData("since March", "2019-07-15", "since 2019-03")]
    [InlineData("in February", "2019-03-24", "during 2019-02")]
    [InlineData("in January", "2019-03-24", "during 2019-01")]
    [InlineData("in December 2018", "2019-03-24", "during 2018-12")]
    [InlineData("March 12, 2019", "2019-07-15", "during 2019-03-12")]
    [InlineData("March 12th", "2019-07-15", "during 2019-03-12")]
    [InlineData("March 1st", "2019-07-15", "during 2019-03-01")]
    [InlineData("March 2nd", "2019-07-15", "during 2019-03-02")]
    [InlineData("3rd March 2019", "2019-07-15", "during 2019-03-03")]
    [InlineData("March 12", "2019-03-11", "during 2018-03-12")]
    [InlineData("July 5, 2014", "2019-03-24", "during 2014-07-05")]
    [InlineData("24 March 2019", "2019-03-24", "during 2019-03-24")]
    [InlineData("24th of March, 2019", "2019-03-24", "during 2019-03-24")]
    [InlineData("24 Mar 2019", "2019-03-24", "during 2019-03-24")]
    [InlineData("24 Mar. 2019", "2019-03-24", "during 2019-03-24")]
    [InlineData("on Dec. 31, 1994", "2019-03-24", "during 1994-12-31")]
    [InlineData("Sept. 2019", "2019-03-24", "during 2019-09")]
    [InlineData("April 30 , 2019", "2019-04-30", "during 2019-04-30")]
    [InlineData("22-07-2017", "2017-07-22", "during 2017-07-22")]
    [InlineData("07-22-2017", "2017-07-22", "during 2017-07-22")]
    [InlineData("22.07.2017", "2017-07-22", "during 2017-07-22")]
    [InlineData("2019-05-02", "2019-05-02", "during 2019-05-02")]
    [InlineData("As of October 2017", "2019-03-24", "as of 2017-10")]
    [InlineData("by March 2019", "2019-03-24", "as of 2019-03")]
    [InlineData("the end of 2017", "2019-03-24", "during 2017-12-31")]
    [InlineData("the beginning of March 2019", "2019-03-24", "during 2019-03-01")]
    [InlineData("mid-2019", "2019-03-24", "during 2019-05-01/2019-08-31")]
    [InlineData("early 2019", "2019-03-24", "during 2019-01-01/2019-04-30")]
    [InlineData("late 2018", "2019-03-24", "during 2018-09-01/2018-12-31")]
    [InlineData("11-20 March 2019", "2019-03-24", "during 2019-03-11/2019-03-20")]
    [InlineData("28 February-3 March 2019", "2019-03-24", "during 2019-02-28/2019-03-03")]
    [InlineData("28 December 2018 - 3 January 2019", "2019-03-24", "during 2018-12-28/2019-01-03")]
    [InlineData("Tuesday, March 12, 2019", "2019-03-24", "during 2019-03-12")]
    [InlineData("FY2018", "2019-03-24", "during 2017-10-01/2018-09-30")]
    [InlineData("Q3 2016", "2019-03-24", "during 2016-07-01/2016-09-30")]
    [InlineData("on 24.03.2019", "2019-03-24", "during 2019-03-24")]
    public void Scan_PhraseInRunningText_IsFoundWholeAndResolved(string phrase, string published, string expected)
    {
        string text = $"Officials said {phrase} that the figure had changed.";
        DateMention mention = Assert.Single(DateScanner.Default.Scan(text, On(published)));
        Assert.Equal(phrase, mention.Text);
        Assert.Equal(text.IndexOf(phrase, StringComparison.Ordinal), mention.Span.Start);
        Assert.True(mention.Resolution.Success && !mention.Resolution.IsAmbiguous);
        Assert.Equal(expected, mention.Resolution.Value.ToString());
    }

    [Theory]
    [InlineData("They may still be alive.")]
    [InlineData("Protesters march on the capital.")]
    [InlineData("It showed that year-over-year terror attacks were down.")]
    [InlineData("This is part one of a four-part series.")]
    [InlineData("IS has between 2,500 and 4,000 members.")]
    [InlineData("Not to withdraw all of the 2,\\000 US troops.")]
    [InlineData("There are about 1000 foreign fighters in detention.")]
    [InlineData("It resurged within six to 12 months.")]
    [InlineData("IS once controlled 88,000 square kilometres.")]
    [InlineData("We believe 99 percent he is alive.")]
    [InlineData("Jan Egeland said so.")]
    [InlineData("A bounty of $2019 was offered.")]
    [InlineData("The fall of Raqqa ended the siege, and since the fall prices rose.")]
    [InlineData("Saudi Vision 2030 and Resolution 2254 were discussed.")]
    [InlineData("Shelters were found for 2000 people, and the good news spread.")]
    [InlineData("The march in march drew crowds; they may come in may.")]
    [InlineData("It was said on March.")]
    [InlineData("He said friday was fine.")]
    [InlineData("The plan was 2019.5 percent complete.")]
    [InlineData("Call 2019-05-02-7 now.")]
    [InlineData("Mar the surface.")]
    [InlineData("He left in Jan. Then he came back.")]
    [InlineData("It was a 12-month plan in the last phase.")]
    [InlineData("Flows reached 2\u2009516\u2009575.6 barrels, or 2,516.5 a day.")]
    [InlineData("Call 12.07.20171 now, or 22.07 tonight.")]
    [InlineData("Unit FY20180 and Q5 2016 and Q32016 were listed.")]
    [InlineData("The mid-year review was in its mid-term.")]
    [InlineData("In the past 24 hour period and the last hours of the siege, the past 3 hour mark passed.")]
    [InlineData("The next day, the next few and the next two were gone.")]
    public void Scan_TextWithoutDates_FindsNothing(string text) =>
        Assert.Empty(DateScanner.Default.Scan(text, SeedArticles.Rudaw));

    /// <summary>The grammar keeps the date words a phrase can start with as bits of one 64-bit mask.</summary>
    [Fact]
    public void DateWords_FitTheStartingWordMask() =>
        Assert.All(Enum.GetValues<DateWord>(), word => Assert.InRange((int)word, 0, 63));

    [Fact]
    public void Scan_ThatYear_RefersBackToTheYearNamedLastBeforeIt()
    {
        const string text = "In 2016 it grew. In 2017, the Pentagon said IS-K could be wiped out by the end of that year.";
        DateMention last = DateScanner.Default.Scan(text, SeedArticles.Afp).Last();
        Assert.Equal("by the end of that year", last.Text);
        Assert.Equal(ReferenceTime.AsOf(DateRange.Day(new LocalDate(2017, 12, 31))), last.Resolution.Value);
    }

    [Fact]
    public void Scan_ThatYearWithNothingBefore_IsUnresolvedWithReason()
    {
        DateMention mention = Assert.Single(DateScanner.Default.Scan("It could be wiped out by the end of that year.", SeedArticles.Afp));
        Assert.Equal(ParseErrorCode.Unresolvable, mention.Resolution.Error!.Code);
        Assert.Contains("refers back to a year named earlier", mention.Resolution.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_NoPublicationTime_ResolvesAbsoluteDatesAndReportsRelativeOnesUnresolved()
    {
        var mentions = DateScanner.Default.Scan("On Friday, as in July 2018, officials met.", null);
        Assert.Equal(["On Friday", "in July 2018"], mentions.Select(m => m.Text));
        Assert.Equal(ParseErrorCode.NeedsPublicationTime, mentions[0].Resolution.Error!.Code);
        Assert.Contains("no publication time", mentions[0].Resolution.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(ReferenceTime.During(DateRange.Month(2018, 7)), mentions[1].Resolution.Value);
    }

    [Fact]
    public void Scan_EarlierThisMonthOnTheFirst_IsUnresolvedRatherThanEmpty()
    {
        DateMention mention = Assert.Single(DateScanner.Default.Scan("Mosul fell earlier this month.", On("2017-07-01")));
        Assert.Equal(ParseErrorCode.Unresolvable, mention.Resolution.Error!.Code);
        Assert.Contains("first day of its month", mention.Resolution.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_BoundedPublicationThatAgrees_IsResolved()
    {
        DateMention mention = Assert.Single(DateScanner.Default.Scan("It fell this past March.", SeedArticles.VoaUnIsReport));
        Assert.True(mention.Resolution.Success && !mention.Resolution.IsAmbiguous);
        Assert.Equal(ReferenceTime.During(DateRange.Month(2019, 3)), mention.Resolution.Value);
    }

    [Fact]
    public void Scan_BoundedPublicationThatDisagrees_IsTheEnvelopeFlaggedAmbiguous()
    {
        DateMention mention = Assert.Single(DateScanner.Default.Scan("He told reporters Wednesday.", SeedArticles.VoaRaqqa));
        Assert.True(mention.Resolution.IsAmbiguous);
        Assert.Equal(DateRange.Span(new LocalDate(2017, 10, 11), new LocalDate(2017, 10, 25)), mention.Resolution.Value.Anchor);
        Assert.Equal(DatePrecision.Span, mention.Resolution.Value.Anchor.Precision);
    }

    [Fact]
    public void Scan_ExactPublicationTime_CountsFromItsLocalDate()
    {
        // 7:25 pm on Sunday 24 March 2019 in Auckland is still Sunday 24 March 2019 there (06:25 UTC the same day);
        // 11:30 pm on Saturday 23 March in Auckland is already the 23rd's local date, whatever UTC says.
        var late = PublicationTime.Exact(new LocalDateTime(2019, 3, 23, 23, 30).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]));
        Assert.Equal("during 2019-03-23", Assert.Single(DateScanner.Default.Scan("It fell on Saturday.", late)).Resolution.Value.ToString());
        Assert.Equal("during 2019-03-23", Assert.Single(DateScanner.Default.Scan("It fell yesterday.", SeedArticles.Rnz)).Resolution.Value.ToString());
    }

    [Fact]
    public void Scan_AdjacentPhrases_AreSeparateMentionsInTextOrder()
    {
        var mentions = DateScanner.Default.Scan("In 2014 and in 2015, then on 3 May 2016; 2019-05-02 22-07-2017", null);
        Assert.Equal(["In 2014", "in 2015", "on 3 May 2016", "2019-05-02", "22-07-2017"], mentions.Select(m => m.Text));
    }

    [Fact]
    public void Scan_PhraseAcrossALineBreak_IsFoundButNotAcrossAParagraph()
    {
        Assert.Equal("on\nFriday", Assert.Single(DateScanner.Default.Scan("They met on\nFriday.", SeedArticles.Rudaw)).Text);
        Assert.Equal("Friday", Assert.Single(DateScanner.Default.Scan("They met on\n\nFriday.", SeedArticles.Rudaw)).Text);
    }

    [Fact]
    public void Scan_NonBreakingSpace_SeparatesWordsLikeASpace() =>
        Assert.Equal("24\u00A0March\u00A02019", Assert.Single(DateScanner.Default.Scan("on the 24\u00A0March\u00A02019 visit", null)).Text);

    /// <summary>The lexer reads "year's" and "Friday's" as one word; the phrase ends before the possessive, which ends it.</summary>
    [Theory]
    [InlineData("Last year's election was delayed.", "Last year")]
    [InlineData("Friday's attack killed 12 people.", "Friday")]
    [InlineData("The mid-March's rains came early.", "mid-March")]
    [InlineData("Next fiscal year's budget grows.", "Next fiscal year")]
    [InlineData("On Valentine's Day's eve they met.", "On Valentine's Day")]
    public void Scan_Possessive_EndsThePhraseBeforeIt(string text, string quote)
    {
        DateMention mention = Assert.Single(DateScanner.Default.Scan(text, SeedArticles.Rudaw));
        Assert.Equal(quote, mention.Text);
        Assert.True(mention.Resolution.Success);
    }

    [Fact]
    public void Scan_NullText_IsRejected() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => DateScanner.Default.Scan(null!, null)).ParamName);

    internal static PublicationTime On(string isoDate) => PublicationTime.OnDate(LocalDatePattern.Iso.Parse(isoDate).Value);
}
