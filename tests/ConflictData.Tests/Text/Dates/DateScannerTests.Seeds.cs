using System;
using System.Linq;
using ConflictData.Text;
using NodaTime;

namespace ConflictData.Tests.Text.Dates;

/// <summary>
/// Every date expression of each seed article, in order, with what it must resolve to against the article's real
/// publication time: nothing missed, nothing extra, the span exactly the quoted words.
/// </summary>
public partial class DateScannerTests
{
    private const string Ambiguous = " (ambiguous)";

    [Fact]
    public void Scan_Rudaw_FindsEveryDate() => AssertSeed(0, SeedArticles.Rudaw,
        ("22-07-2017", "during 2017-07-22"),
        ("on Friday", "during 2017-07-21"),
        ("in 2014", "during 2014"),
        ("earlier this month", "during 2017-07-01/2017-07-21"),
        ("This week", "during 2017-07-17/2017-07-23"),
        ("in July 2014", "during 2014-07"),
        ("on Friday", "during 2017-07-21"),
        ("this week", "during 2017-07-17/2017-07-23"));

    [Fact]
    public void Scan_VoaUnReport_FindsEveryDate_AmbiguousOnlyWhereTheBoundsDisagree() => AssertSeed(1, SeedArticles.VoaUnIsReport,
        ("this past March", "during 2019-03"),
        ("last year", "during 2018"),
        ("last August", "during 2018-08-01/2019-08-31" + Ambiguous),
        ("this past March", "during 2019-03"),
        ("As of earlier this year", "as of 2019-01-01/2019-12-30" + Ambiguous),
        ("on March 12, 2019", "during 2019-03-12"),
        ("in late February and March", "during 2019-02-20/2019-03-31"));

    [Fact]
    public void Scan_VoaUnReport_WithMidYearBounds_ResolvesLastAugustTo2018()
    {
        var midYear = PublicationTime.Within(new DateInterval(new LocalDate(2019, 6, 1), new LocalDate(2019, 8, 31)), "Mid-2019.");
        AssertSeed(1, midYear,
            ("this past March", "during 2019-03"),
            ("last year", "during 2018"),
            ("last August", "during 2018-08"),
            ("this past March", "during 2019-03"),
            ("As of earlier this year", "as of 2019-01-01/2019-08-30" + Ambiguous),
            ("on March 12, 2019", "during 2019-03-12"),
            ("in late February and March", "during 2019-02-20/2019-03-31"));
    }

    [Fact]
    public void Scan_VoaRaqqa_FindsEveryDate() => AssertSeed(2, SeedArticles.VoaRaqqa,
        ("this month", "during 2017-10"),
        ("Wednesday", "during 2017-10-11/2017-10-25" + Ambiguous),
        ("in September", "during 2017-09"),
        ("Tuesday", "during 2017-10-17/2017-10-31" + Ambiguous));

    [Fact]
    public void Scan_Afp_FindsEveryDate() => AssertSeed(3, SeedArticles.Afp,
        ("2019-05-02", "during 2019-05-02"),
        ("April 30 , 2019", "during 2019-04-30"),
        ("on December 27, 2015", "during 2015-12-27"),
        ("within the year", "during 2019-04-30/2019-12-31"),
        ("2016", "during 2016"),
        ("two years ago", "during 2017"),
        ("In 2017", "during 2017"),
        ("by the end of that year", "as of 2017-12-31"),
        ("over the past year", "during 2018-05-01/2019-04-30"));

    [Fact]
    public void Scan_Rnz_FindsEveryDate() => AssertSeed(4, SeedArticles.Rnz,
        ("24 Mar 2019", "during 2019-03-24"),
        ("on 24 March 2019", "during 2019-03-24"),
        ("in 2014", "during 2014"),
        ("in February", "during 2019-02"),
        ("in January", "during 2019-01"),
        ("in December 2018", "during 2018-12"),
        ("in February", "during 2019-02"),
        ("in December 2017", "during 2017-12"),
        ("in February", "during 2019-02"),
        ("on July 5, 2014", "during 2014-07-05"),
        ("in mid-March", "during 2019-03-11/2019-03-20"),
        ("in July 2018", "during 2018-07"),
        ("As of October 2017", "as of 2017-10"));

    [Fact]
    public void Scan_SeedsWithoutPublicationTime_FindTheSameSpans_ResolvingOnlyTheAbsoluteDates()
    {
        for (int i = 0; i < SeedArticles.Ids.Length; i++)
        {
            var dated = DateScanner.Default.Scan(SeedArticles.Text(i), SeedArticles.Published[i]);
            var undated = DateScanner.Default.Scan(SeedArticles.Text(i), null);
            Assert.Equal(dated.Select(m => m.Span), undated.Select(m => m.Span));
            Assert.All(dated, m => Assert.True(m.Resolution.Success, m.ToString()));
            Assert.All(dated.Zip(undated).Where(pair => pair.Second.Resolution.Success),
                pair => Assert.Equal(pair.First.Resolution, pair.Second.Resolution));
            Assert.All(undated.Where(m => !m.Resolution.Success),
                m => Assert.Contains("no publication time", m.Resolution.Error!.Message, StringComparison.Ordinal));
        }
    }

    private static void AssertSeed(int index, PublicationTime published, params (string Text, string Resolution)[] expected)
    {
        string text = SeedArticles.Text(index);
        var mentions = DateScanner.Default.Scan(text, published);
        Assert.Equal(expected.Select(e => $"{e.Text} => {e.Resolution}"), mentions.Select(m => $"{m.Text} => {m.Resolution}"));
        int from = 0;
        foreach (var (mention, (phrase, _)) in mentions.Zip(expected))
        {
            int start = text.IndexOf(phrase, from, StringComparison.Ordinal);
            Assert.Equal(TextSpan.FromBounds(start, start + phrase.Length), mention.Span);
            from = mention.Span.End;
        }
    }
}
