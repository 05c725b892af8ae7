using System;
using System.IO;
using NodaTime;

namespace ConflictData.Tests.Text.Extraction;

/// <summary>The five seed articles as documents, read from the repository's seeds/ folder copied next to the tests.</summary>
internal static class SeedDocuments
{
    internal const string Rudaw = "000_30f65801c5775d4d";
    internal const string VoaUnReport = "001_fb569d6cb6497253";
    internal const string VoaEurope = "002_cc8be146a8ed5ffc";
    internal const string Afp = "003_66b8ffca2f479578";
    internal const string Rnz = "004_21cca053a9288443";

    internal static readonly string[] All = [Rudaw, VoaUnReport, VoaEurope, Afp, Rnz];

    internal static string Text(string id) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", id + ".txt"));

    internal static Document Load(string id) => new(new DocumentId(id), Text(id), Published(id));

    /// <summary>The publication times DESIGN.md gives (bounded where the article is undated).</summary>
    private static PublicationTime Published(string id) => id switch
    {
        Rudaw => PublicationTime.OnDate(new LocalDate(2017, 7, 22)),
        VoaUnReport => PublicationTime.Within(new DateInterval(new LocalDate(2019, 6, 1), new LocalDate(2019, 8, 31)),
            "Baghuz fell \"this past March\" (2019) and the UN report is newly released."),
        VoaEurope => PublicationTime.Within(new DateInterval(new LocalDate(2017, 10, 17), new LocalDate(2017, 10, 31)),
            "Raqqa fell \"this month\": October 2017."),
        Afp => PublicationTime.OnDate(new LocalDate(2019, 4, 30)),
        _ => PublicationTime.OnDate(new LocalDate(2019, 3, 24)),
    };
}
