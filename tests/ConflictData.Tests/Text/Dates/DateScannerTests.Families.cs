using System.Linq;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Dates;

/// <summary>The date families of issue 10, each read in a sentence and resolved against a publication date.</summary>
public partial class DateScannerTests
{
    [Theory]
    // ranges
    [InlineData("Shelling went on between August 2013 and May 2015.", "2016-01-01", "between August 2013 and May 2015", "during 2013-08-01/2015-05-31")]
    [InlineData("Output fell from 2012 to 2014.", "2016-01-01", "from 2012 to 2014", "during 2012-01-01/2014-12-31")]
    [InlineData("Raids continued from June to August.", "2016-10-01", "from June to August", "during 2016-06-01/2016-08-31")]
    [InlineData("Talks ran from 3 to 7 June in Vienna.", "2016-06-20", "from 3 to 7 June", "during 2016-06-03/2016-06-07")]
    [InlineData("The 2006-08 drought hit the north.", "2010-01-01", "2006-08", "during 2006-01-01/2008-12-31")]
    [InlineData("Voting ran on October 10-12 nationwide.", "2016-10-20", "on October 10-12", "during 2016-10-10/2016-10-12")]
    [InlineData("Voting ran October 10-12, 2015 nationwide.", "2016-10-20", "October 10-12, 2015", "during 2015-10-10/2015-10-12")]
    [InlineData("Fighting eased between 2 March and 9 April 2016.", "2016-06-01", "between 2 March and 9 April 2016", "during 2016-03-02/2016-04-09")]
    // named days and seasons
    [InlineData("Shops shut on Christmas Eve.", "2015-12-28", "on Christmas Eve", "during 2015-12-24")]
    [InlineData("A truce was agreed for Eid al-Adha 2019.", "2019-08-01", "Eid al-Adha 2019", "during 2019-08-11")]
    [InlineData("Curfews were eased during Ramadan.", "2021-05-20", "during Ramadan", "during 2021-04-13/2021-05-12")]
    [InlineData("Prices rose before Easter.", "2016-04-10", "Easter", "during 2016-03-27")]
    [InlineData("The ceasefire broke down last Christmas.", "2016-06-01", "last Christmas", "during 2015-12-25")]
    [InlineData("They expect to finish by summer.", "2016-04-01", "by summer", "as of 2016-06-01/2016-08-31")]
    [InlineData("Troops withdrew next winter.", "2016-04-01", "next winter", "during 2016-12-01/2017-02-28")]
    [InlineData("The camp grew over the winter.", "2016-04-01", "over the winter", "during 2015-12-01/2016-02-29")]
    [InlineData("Fighting eased this fall.", "2016-10-20", "this fall", "during 2016-09-01/2016-11-30")]
    // decades, halves and quarters, fiscal years
    [InlineData("The party was banned in the 1960s.", "2016-01-01", "in the 1960s", "during 1960-01-01/1969-12-31")]
    [InlineData("Exports peaked in the late 1980s.", "2016-01-01", "in the late 1980s", "during 1987-01-01/1989-12-31")]
    [InlineData("Growth slowed in the second half of the year.", "2016-11-01", "in the second half of the year", "during 2016-07-01/2016-12-31")]
    [InlineData("Revenue fell in Q4 2015.", "2016-02-01", "in Q4 2015", "during 2015-10-01/2015-12-31")]
    [InlineData("Attacks rose 12% in H1 2024.", "2025-06-15", "in H1 2024", "during 2024-01-01/2024-06-30")]
    [InlineData("The H2 2023 figures were revised.", "2025-06-15", "H2 2023", "during 2023-07-01/2023-12-31")]
    [InlineData("The 2022/23 budget allotted $1.2bn to defence.", "2025-06-15", "2022/23", "during 2022-01-01/2023-12-31")]
    [InlineData("The 2019/2020 season saw 40 attacks.", "2025-06-15", "2019/2020", "during 2019-01-01/2020-12-31")]
    [InlineData("Some 6.5 million were displaced as of end-2023.", "2025-06-15", "as of end-2023", "as of 2023-12-31")]
    [InlineData("The toll had risen to 3,000 by end-March.", "2025-06-15", "by end-March", "as of 2025-03-31")]
    [InlineData("The cut takes effect in FY2017.", "2016-02-01", "in FY2017", "during 2016-10-01/2017-09-30")]
    [InlineData("The budget for FY24 rose to $3.5bn.", "2025-06-15", "FY24", "during 2023-10-01/2024-09-30")]
    [InlineData("The budget shrinks next fiscal year.", "2016-11-01", "next fiscal year", "during 2017-10-01/2018-09-30")]
    // around the publication date
    [InlineData("Dozens died in recent days.", "2016-03-10", "in recent days", "during 2016-03-04/2016-03-10")]
    [InlineData("More may follow in the coming weeks.", "2016-03-10", "in the coming weeks", "during 2016-03-11/2016-04-07")]
    [InlineData("Inflation doubled over the past decade.", "2016-03-10", "over the past decade", "during 2006-03-11/2016-03-10")]
    [InlineData("Nearly 5,000 people crossed in the past 24 hours.", "2016-03-10", "in the past 24 hours", "during 2016-03-09/2016-03-10")]
    [InlineData("Shelling went on over the last 72 hours.", "2016-03-10", "over the last 72 hours", "during 2016-03-07/2016-03-10")]
    [InlineData("Two blasts hit the city in the past hour.", "2016-03-10", "in the past hour", "during 2016-03-09/2016-03-10")]
    [InlineData("It will cost $1bn over the next decade.", "2016-03-10", "over the next decade", "during 2016-03-11/2026-03-10")]
    [InlineData("Troops will stay for the next two years.", "2016-03-10", "the next two years", "during 2016-03-11/2018-03-10")]
    [InlineData("Aid will rise in the next few months.", "2016-03-10", "in the next few months", "during 2016-03-11/2016-06-10")]
    [InlineData("Prices fell in the last few weeks.", "2016-03-10", "in the last few weeks", "during 2016-02-12/2016-03-10")]
    [InlineData("No one has claimed it until now.", "2016-03-10", "until now", "as of 2016-03-10")]
    [InlineData("The deadline was moved until November.", "2016-03-10", "until November", "as of 2016-11")]
    // lower-case months, plans for a year
    [InlineData("the vote was delayed to late february, officials said.", "2016-03-10", "late february", "during 2016-02-20/2016-02-29")]
    [InlineData("It fell in march 2015.", "2016-03-10", "in march 2015", "during 2015-03")]
    [InlineData("The plan for 2017 was approved.", "2016-03-10", "for 2017", "during 2017")]
    // weekends, nights, day runs without a year, years in a row (2024-11-20 is a Wednesday)
    [InlineData("At the weekend, militants killed 23 soldiers.", "2024-11-20", "the weekend", "during 2024-11-16/2024-11-17")]
    [InlineData("Over the weekend, 17 people were killed.", "2024-11-20", "Over the weekend", "during 2024-11-16/2024-11-17")]
    [InlineData("Protests spread on the weekend.", "2024-11-17", "on the weekend", "during 2024-11-16/2024-11-17")]
    [InlineData("Last weekend, the army retreated.", "2024-11-20", "Last weekend", "during 2024-11-16/2024-11-17")]
    [InlineData("Last weekend, the army retreated.", "2024-11-17", "Last weekend", "during 2024-11-09/2024-11-10")]
    [InlineData("Talks resume next weekend.", "2024-11-20", "next weekend", "during 2024-11-23/2024-11-24")]
    [InlineData("Protests are planned this weekend.", "2024-11-20", "this weekend", "during 2024-11-23/2024-11-24")]
    [InlineData("Protests are planned this weekend.", "2024-11-17", "this weekend", "during 2024-11-16/2024-11-17")]
    [InlineData("Protests are planned this weekend.", "2024-11-16", "this weekend", "during 2024-11-16/2024-11-17")]
    [InlineData("Overnight strikes killed 14 people.", "2024-11-20", "Overnight", "during 2024-11-19/2024-11-20")]
    [InlineData("The day before yesterday, a drone hit the port.", "2025-06-15", "The day before yesterday", "during 2025-06-13")]
    [InlineData("Talks resume the day after tomorrow.", "2025-06-15", "the day after tomorrow", "during 2025-06-17")]
    [InlineData("The strike happened a fortnight ago.", "2025-06-15", "a fortnight ago", "during 2025-05-26/2025-06-01")]
    [InlineData("In the past fortnight, 45 people were killed.", "2025-06-15", "In the past fortnight", "during 2025-06-02/2025-06-15")]
    [InlineData("Over the last two fortnights, 3 died.", "2025-06-15", "Over the last two fortnights", "during 2025-05-19/2025-06-15")]
    [InlineData("It happened last fortnight.", "2025-06-15", "last fortnight", "during 2025-06-02/2025-06-15")]
    [InlineData("The attack came on the 5th, and another followed.", "2024-11-20", "on the 5th", "during 2024-11-05")]
    [InlineData("Troops arrived on the 25th.", "2024-11-20", "on the 25th", "during 2024-10-25")]
    [InlineData("On the 31st, troops arrived.", "2024-11-20", "On the 31st", "during 2024-10-31")]
    [InlineData("Talks resume next fortnight.", "2025-06-15", "next fortnight", "during 2025-06-16/2025-06-29")]
    [InlineData("Over the next fortnight, aid will arrive.", "2025-06-15", "Over the next fortnight", "during 2025-06-16/2025-06-29")]
    [InlineData("Four people were killed overnight, officials said.", "2024-11-20", "overnight", "during 2024-11-19/2024-11-20")]
    [InlineData("The talks were held on 7-8 March.", "2024-11-20", "on 7-8 March", "during 2024-03-07/2024-03-08")]
    [InlineData("The town was shelled on the night of 7-8 March.", "2024-11-20", "7-8 March", "during 2024-03-07/2024-03-08")]
    [InlineData("Fighting raged in 2020 and 2021.", "2024-11-20", "in 2020 and 2021", "during 2020-01-01/2021-12-31")]
    [InlineData("Strikes were reported on 3 and 4 March.", "2024-11-20", "on 3 and 4 March", "during 2024-03-03/2024-03-04")]
    [InlineData("From January 5 to 7, some 2,000 people fled.", "2025-06-15", "From January 5 to 7", "during 2025-01-05/2025-01-07")]
    [InlineData("Talks were held January 5 to 7 in Doha.", "2025-06-15", "January 5 to 7", "during 2025-01-05/2025-01-07")]
    [InlineData("Strikes hit between March 3 and 4, 2024.", "2025-06-15", "between March 3 and 4, 2024", "during 2024-03-03/2024-03-04")]
    [InlineData("Clashes on June 3 and 4 killed 20.", "2025-06-15", "on June 3 and 4", "during 2025-06-03/2025-06-04")]
    [InlineData("Talks were held on 3 and 4 March 2019.", "2024-11-20", "on 3 and 4 March 2019", "during 2019-03-03/2019-03-04")]
    // units ending with a month
    [InlineData("Exports fell 12% in the year to March.", "2024-11-20", "in the year to March", "during 2023-04-01/2024-03-31")]
    [InlineData("Some 9,000 people were killed in the 12 months to June 2019.", "2024-11-20", "in the 12 months to June 2019", "during 2018-07-01/2019-06-30")]
    [InlineData("Arrivals doubled in the three months through September.", "2024-11-20", "in the three months through September", "during 2024-07-01/2024-09-30")]
    [InlineData("Output fell in the year to December.", "2024-11-20", "in the year to December", "during 2023-01-01/2023-12-31")]
    // units ending or starting on a day, and the week that holds a day (2025-06-15 is a Sunday)
    [InlineData("Deaths climbed in the week to March 8.", "2025-06-15", "in the week to March 8", "during 2025-03-02/2025-03-08")]
    [InlineData("Prices rose 5% in the week to Friday.", "2025-06-15", "in the week to Friday", "during 2025-06-07/2025-06-13")]
    [InlineData("In the two weeks to Sunday, 12 were killed.", "2025-06-15", "In the two weeks to Sunday", "during 2025-06-02/2025-06-15")]
    [InlineData("Exports fell in the month to June 10.", "2025-06-15", "in the month to June 10", "during 2025-05-11/2025-06-10")]
    [InlineData("Attacks rose in the week ending March 15, 2024.", "2025-06-15", "in the week ending March 15, 2024", "during 2024-03-09/2024-03-15")]
    [InlineData("In the week ended Friday, 300 crossed.", "2025-06-15", "In the week ended Friday", "during 2025-06-07/2025-06-13")]
    [InlineData("In the week beginning 3 March, 40 died.", "2025-06-15", "In the week beginning 3 March", "during 2025-03-03/2025-03-09")]
    [InlineData("Talks run the fortnight starting Monday.", "2025-06-15", "the fortnight starting Monday", "during 2025-06-09/2025-06-22")]
    [InlineData("Strikes increased in the week of March 5.", "2025-06-15", "in the week of March 5", "during 2025-03-03/2025-03-09")]
    // runs of weekdays, ending on the latest last day on or before the publication (2024-11-20 is a Wednesday)
    [InlineData("Strikes continued from Monday to Wednesday.", "2024-11-20", "from Monday to Wednesday", "during 2024-11-18/2024-11-20")]
    [InlineData("Fighting raged between Friday and Sunday.", "2024-11-20", "between Friday and Sunday", "during 2024-11-15/2024-11-17")]
    [InlineData("Fighting raged from Friday to Monday.", "2024-11-20", "from Friday to Monday", "during 2024-11-15/2024-11-18")]
    [InlineData("Talks ran from Tuesday to Thursday.", "2024-11-20", "from Tuesday to Thursday", "during 2024-11-12/2024-11-14")]
    // weeks of a month, parts of a unit counted from the publication
    [InlineData("Clashes broke out in the first week of March.", "2024-11-20", "in the first week of March", "during 2024-03-01/2024-03-07")]
    [InlineData("Talks resumed in the second week of January 2024.", "2024-11-20", "in the second week of January 2024", "during 2024-01-08/2024-01-14")]
    [InlineData("Shelling intensified in the last week of June.", "2024-11-20", "in the last week of June", "during 2024-06-24/2024-06-30")]
    [InlineData("Aid stopped in the last week of February 2024.", "2024-11-20", "in the last week of February 2024", "during 2024-02-23/2024-02-29")]
    [InlineData("Sales rose in the first week of 2020.", "2024-11-20", "in the first week of 2020", "during 2020-01-01/2020-01-07")]
    [InlineData("In the first three months of 2019, 900 died.", "2024-11-20", "In the first three months of 2019", "during 2019-01-01/2019-03-31")]
    [InlineData("In the last three months of 2018, 900 died.", "2024-11-20", "In the last three months of 2018", "during 2018-10-01/2018-12-31")]
    [InlineData("In the first 10 days of March, 200 died.", "2024-11-20", "In the first 10 days of March", "during 2024-03-01/2024-03-10")]
    [InlineData("In the last ten days of February 2024, 200 died.", "2024-11-20", "In the last ten days of February 2024", "during 2024-02-20/2024-02-29")]
    [InlineData("During the first two weeks of May 2018, 50 died.", "2024-11-20", "During the first two weeks of May 2018", "during 2018-05-01/2018-05-14")]
    [InlineData("In the first six weeks of 2020, 30 died.", "2024-11-20", "In the first six weeks of 2020", "during 2020-01-01/2020-02-11")]
    [InlineData("The ceasefire collapsed late last year.", "2024-11-20", "late last year", "during 2023-09-01/2023-12-31")]
    [InlineData("Prices have risen since early this year.", "2024-11-20", "since early this year", "since 2024-01-01/2024-04-30")]
    [InlineData("Aid convoys were blocked late last month.", "2024-11-20", "late last month", "during 2024-10-20/2024-10-31")]
    // numeric dates with slashes, "of" before a year, winters across two years
    [InlineData("The report, dated 15/03/2024, was leaked.", "2024-11-20", "15/03/2024", "during 2024-03-15")]
    [InlineData("The memo, dated 03/15/2024, was leaked.", "2024-11-20", "03/15/2024", "during 2024-03-15")]
    [InlineData("Output fell in March of 2019.", "2024-11-20", "in March of 2019", "during 2019-03")]
    [InlineData("Heating ran short in winter 2022-23.", "2024-11-20", "in winter 2022-23", "during 2022-12-01/2023-02-28")]
    // a month or day in the year counted from the publication
    [InlineData("The massacre happened on 7 October last year.", "2024-11-20", "on 7 October last year", "during 2023-10-07")]
    [InlineData("The offensive began in March last year.", "2024-11-20", "in March last year", "during 2023-03")]
    [InlineData("It ended in December this year.", "2024-11-20", "in December this year", "during 2024-12")]
    [InlineData("Troops will leave in May of next year.", "2024-11-20", "in May of next year", "during 2025-05")]
    [InlineData("Prices rose in early March last year.", "2024-11-20", "in early March last year", "during 2023-03-01/2023-03-10")]
    [InlineData("Shops shut at Christmas last year.", "2024-11-20", "Christmas last year", "during 2023-12-25")]
    [InlineData("It snowed on Feb. 29 last year.", "2025-03-01", "on Feb. 29 last year", "during 2024-02-29")]
    public void Scan_DateFamilies_ReadTheWholePhraseAndResolveIt(string text, string published, string quote, string expected)
    {
        var mentions = DateScanner.Default.Scan(text, On(published));
        var mention = Assert.Single(mentions, m => m.Text == quote);
        Assert.Equal(expected, mention.Resolution.ToString());
    }

    [Theory]
    [InlineData(2019, "2019-05-06/2019-06-03")]
    [InlineData(2024, "2024-03-11/2024-04-09")]
    [InlineData(2016, "2016-06-06/2016-07-05")]
    public void Ramadan_InAYear_IsTheUmmAlQuraNinthMonth(int year, string expected) =>
        Assert.Equal(expected, DateScanner.Default.Scan($"during Ramadan {year}", null).Single().Resolution.Value.Anchor.ToString());

    [Fact]
    public void Ramadan_OutsideTheComputedYears_IsUnresolvedWithTheReason()
    {
        var resolution = DateScanner.Default.Scan("during Ramadan 2150", null).Single().Resolution;
        Assert.Equal(ParseErrorCode.Unresolvable, resolution.Error!.Code);
        Assert.Contains("Hijri dates cover about 1883 to 2077", resolution.Error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2000, "2000-04-23")]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2011, "2011-04-24")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_IsTheGregorianComputus(int year, string expected) =>
        Assert.Equal(expected, DateScanner.Default.Scan($"on Easter {year}", null).Single().Resolution.Value.Anchor.ToString());

    [Theory]
    [InlineData("Protesters defied an overnight curfew.")]
    [InlineData("The town emptied almost overnight.")]
    [InlineData("The score was 8-7 March in the table.")]
    [InlineData("Since the 9/11 attacks, guards keep a 24/7 watch.")]
    [InlineData("In the first 12 months of the war, 5 died.")]
    [InlineData("The first three months of the war were hard.")]
    [InlineData("In the first five weeks of March.")]
    [InlineData("It happened on the 5th floor.")]
    [InlineData("The 5th Brigade attacked.")]
    [InlineData("Shares fell on the 5 percent rule.")]
    public void Scan_WordsThatDescribeRatherThanDate_FindNothing(string text) =>
        Assert.Empty(DateScanner.Default.Scan(text, On("2024-11-20")));

    [Fact]
    public void Scan_DayTheRelativeYearDoesNotHave_IsUnresolvedWithTheReason()
    {
        var mention = Assert.Single(DateScanner.Default.Scan("It snowed on 29 February last year.", On("2024-11-20")));
        Assert.Equal("on 29 February last year", mention.Text);
        Assert.Contains("which 2023 does not have", mention.Resolution.Error!.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_MonthFirstDaysNotInARow_AreNotOneSpan() =>
        Assert.Equal("on June 3", Assert.Single(DateScanner.Default.Scan("Strikes hit on June 3 and 10.", On("2025-06-15"))).Text);

    [Fact]
    public void Scan_DaysNotInARow_AreNotOneSpan() =>
        Assert.DoesNotContain(DateScanner.Default.Scan("Strikes hit on 3 and 10 March.", On("2024-11-20")), m => m.Text.Contains('3', System.StringComparison.Ordinal));

    /// <summary>A number after "March 3 and" that counts something is a count, not a second day.</summary>
    [Fact]
    public void Scan_DayAndACount_IsOneDay() =>
        Assert.Equal("On March 3", Assert.Single(DateScanner.Default.Scan("On March 3 and 4 soldiers were killed.", On("2025-06-15"))).Text);

    /// <summary>A slash joins only a year and the next ("2022/23"); "2019/21" is no year split across two.</summary>
    [Fact]
    public void Scan_YearsSlashedNotInARow_AreNotOneSpan() =>
        Assert.DoesNotContain(DateScanner.Default.Scan("The 2019/21 plan.", On("2024-11-20")), m => m.Text.Contains('/', System.StringComparison.Ordinal));

    /// <summary>"end-" dates only a year or a month joined to it: "end-user" and "end-game" are words.</summary>
    [Fact]
    public void Scan_EndJoinedToAnotherWord_FindsNothing() =>
        Assert.Empty(DateScanner.Default.Scan("The end-user and the end-game in the end-of-year review.", On("2024-11-20")));

    [Fact]
    public void Scan_YearsNotInARow_ReadOnlyTheFirst() =>
        Assert.Equal("in 2020", Assert.Single(DateScanner.Default.Scan("Fighting raged in 2020 and 2022.", On("2024-11-20"))).Text);

    [Fact]
    public void ZeroWidthSpace_ReadsAsTheSpaceItStandsFor() =>
        Assert.Equal(
            DateScanner.Default.Scan("on 24 March 2019", null).Single().Resolution,
            DateScanner.Default.Scan("on 24\u200BMarch\u200B2019", null).Single().Resolution);
}
