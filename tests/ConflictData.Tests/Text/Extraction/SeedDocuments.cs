using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Text.Extraction;

/// <summary>The five seed articles as the curated corpus has them: text, metadata and publication time.</summary>
internal static class SeedDocuments
{
    internal const string Rudaw = SeedTexts.Rudaw;
    internal const string VoaUnReport = SeedTexts.VoaUnReport;
    internal const string VoaEurope = SeedTexts.VoaEurope;
    internal const string Afp = SeedTexts.Afp;
    internal const string Rnz = SeedTexts.Rnz;

    internal static readonly string[] All = SeedTexts.Ids;

    internal static string Text(string id) => Load(id).Text;

    internal static Document Load(string id) => SeedCorpus.Load().GetDocument(new DocumentId(id));
}
