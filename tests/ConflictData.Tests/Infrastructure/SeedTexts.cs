using System.IO;

namespace ConflictData.Tests.Infrastructure;

/// <summary>The five seed articles as files in the repository's seeds/ folder, for tests that read the texts themselves.</summary>
internal static class SeedTexts
{
    internal const string Rudaw = "000_30f65801c5775d4d";
    internal const string VoaUnReport = "001_fb569d6cb6497253";
    internal const string VoaEurope = "002_cc8be146a8ed5ffc";
    internal const string Afp = "003_66b8ffca2f479578";
    internal const string Rnz = "004_21cca053a9288443";

    internal static readonly string[] Ids = [Rudaw, VoaUnReport, VoaEurope, Afp, Rnz];

    /// <summary>The seeds/ folder of the checkout.</summary>
    internal static string Folder => RepositoryPaths.Combine("seeds");

    /// <summary>The text of the article <paramref name="id"/>, as on disk.</summary>
    internal static string Read(string id) => File.ReadAllText(Path.Combine(Folder, id + ".txt"));
}
