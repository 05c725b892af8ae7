using ConflictData.Tests.Infrastructure;
using NodaTime;

namespace ConflictData.Tests.Text.Dates;

/// <summary>The five seed articles (copied to the test output from the repository's seeds folder) and their publication times.</summary>
internal static class SeedArticles
{
    internal static readonly string[] Ids = SeedTexts.Ids;

    /// <summary>Rudaw, dated "22-07-2017" in its header.</summary>
    internal static readonly PublicationTime Rudaw = PublicationTime.OnDate(new LocalDate(2017, 7, 22));

    /// <summary>VOA, undated: after Baghuz fell "this past March" (2019), and within 2019 (its "last year" is 2018).</summary>
    internal static readonly PublicationTime VoaUnIsReport = PublicationTime.Within(
        new DateInterval(new LocalDate(2019, 4, 1), new LocalDate(2019, 12, 31)),
        "Baghuz fell \"this past March\" (2019), so March 2019 is over; \"last year\" is 2018, so the article is of 2019.");

    /// <summary>VOA republished, undated: Raqqa (liberated 17 October 2017) fell "this month".</summary>
    internal static readonly PublicationTime VoaRaqqa = PublicationTime.Within(
        new DateInterval(new LocalDate(2017, 10, 17), new LocalDate(2017, 10, 31)),
        "Raqqa, declared liberated on 17 October 2017, fell \"this month\".");

    /// <summary>The AFP story's own date, "April 30 , 2019".</summary>
    internal static readonly PublicationTime Afp = PublicationTime.OnDate(new LocalDate(2019, 4, 30));

    /// <summary>RNZ, "7:25 pm on 24 March 2019", New Zealand time.</summary>
    internal static readonly PublicationTime Rnz = PublicationTime.Exact(
        new LocalDateTime(2019, 3, 24, 19, 25).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]));

    internal static readonly PublicationTime[] Published = [Rudaw, VoaUnIsReport, VoaRaqqa, Afp, Rnz];

    internal static string Text(int index) => SeedTexts.Read(Ids[index]);
}
