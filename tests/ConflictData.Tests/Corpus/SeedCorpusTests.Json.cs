using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Corpus;

/// <summary>Checks seeds/corpus.json against the seed texts with a plain JsonDocument, independently of the library's reader.</summary>
public partial class SeedCorpusTests
{
    private static JsonDocument ReadCorpusFile() => JsonDocument.Parse(File.ReadAllBytes(Path.Combine(SeedTexts.Folder, "corpus.json")));

    private static string ReadSeedText(string documentId) => SeedTexts.Read(documentId);

    [Fact]
    public void CorpusFile_EveryQuoteIsTheSeedTextAtItsUtf16Span()
    {
        using var json = ReadCorpusFile();
        int checkedQuotes = 0;
        foreach (var estimate in json.RootElement.GetProperty("estimates").EnumerateArray())
        {
            foreach (var evidence in estimate.GetProperty("evidence").EnumerateArray())
            {
                string text = ReadSeedText(evidence.GetProperty("document").GetString()!);
                int start = evidence.GetProperty("start").GetInt32();
                int length = evidence.GetProperty("length").GetInt32();
                Assert.True(start + length <= text.Length, $"{estimate.GetProperty("id")}: span runs past the text");
                Assert.Equal(evidence.GetProperty("quote").GetString(), text.Substring(start, length));
                checkedQuotes++;
            }
        }
        Assert.True(checkedQuotes >= 44, $"only {checkedQuotes} quotes checked");
    }

    [Fact]
    public void CorpusFile_NonBodyRegionsLieInsideTheirTextAndStartAndEndOnVisibleCharacters()
    {
        using var json = ReadCorpusFile();
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            string text = ReadSeedText(document.GetProperty("id").GetString()!);
            Assert.Equal(document.GetProperty("id").GetString() + ".txt", document.GetProperty("file").GetString());
            foreach (var region in document.GetProperty("nonBody").EnumerateArray())
            {
                int start = region.GetProperty("start").GetInt32();
                int end = start + region.GetProperty("length").GetInt32();
                Assert.InRange(end, start + 1, text.Length);
                Assert.False(char.IsWhiteSpace(text[start]) && start > 0 && text[start - 1] != '\n', $"{document.GetProperty("id")} region at {start} starts mid-line");
                Assert.False(char.IsWhiteSpace(text[end - 1]), $"{document.GetProperty("id")} region ending at {end} ends on white space");
            }
        }
    }

    [Fact]
    public void CorpusFile_EstimatesRunInArticleOrderWithIdsNamingTheirDocument()
    {
        using var json = ReadCorpusFile();
        var keys = json.RootElement.GetProperty("estimates").EnumerateArray()
            .Select(e => (Id: e.GetProperty("id").GetString()!, Evidence: e.GetProperty("evidence")[0]))
            .Select(e => (e.Id, Document: e.Evidence.GetProperty("document").GetString()!, Start: e.Evidence.GetProperty("start").GetInt32()))
            .ToList();
        Assert.Equal(keys.OrderBy(k => k.Document, StringComparer.Ordinal).ThenBy(k => k.Start), keys);
        Assert.All(keys, k => Assert.StartsWith(k.Document[..3] + "-", k.Id, StringComparison.Ordinal));
    }
}
