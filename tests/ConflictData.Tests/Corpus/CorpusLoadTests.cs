using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Corpus;

/// <summary>A corpus of one's own loads from a folder or a stream with the seed corpus's validation, or not at all.</summary>
public class CorpusLoadTests
{
    private const string MemoText = "Field memo.\nOfficials said some 1,000 fighters remain in the valley, and probably more.\n";
    private const string Quote = "some 1,000 fighters";

    // A corpus written by hand, as a user would: one document, one estimate with only the members it needs.
    private static string CorpusJson(string quote = Quote, string file = "memo-1.txt") => $$"""
        {
          "schemaVersion": 1,
          "documents": [
            {
              "id": "memo-1",
              "file": "{{file}}",
              "outlet": "Field office",
              "title": "Weekly memo",
              "language": "en",
              "published": { "kind": "exact", "time": "2019-03-24T19:25:00 Pacific/Auckland (+13)" },
              "nonBody": [ { "start": 0, "length": 11, "kind": "headline" } ]
            }
          ],
          "estimates": [
            {
              "id": "memo-1-fighters",
              "quantity": { "lower": { "value": 950, "inclusive": true }, "upper": { "value": 1050, "inclusive": false }, "best": 1000, "unit": "person" },
              "hedge": { "text": "some", "kinds": ["approximate"] },
              "noun": "fighters",
              "measurand": { "indicator": "fighters", "actor": "IS", "places": ["IQ"], "region": null, "qualifiers": [] },
              "evidence": [ { "document": "memo-1", "start": {{MemoText.IndexOf(Quote, StringComparison.Ordinal)}}, "length": {{Quote.Length}}, "quote": "{{quote}}" } ]
            }
          ]
        }
        """;

    private static TemporaryFolder FolderWith(string corpusJson, string? text = MemoText)
    {
        var folder = new TemporaryFolder("corpus-load");
        folder.Write("corpus.json", Encoding.UTF8.GetBytes(corpusJson));
        if (text is not null)
        {
            folder.Write("memo-1.txt", Encoding.UTF8.GetBytes(text));
        }
        return folder;
    }

    [Fact]
    public void Load_OwnCorpusFromAFolder_GivesItsDocumentsAndEstimates()
    {
        using var folder = FolderWith(CorpusJson());
        var corpus = ConflictData.Corpus.Load(folder.Path);
        var memo = Assert.Single(corpus.Documents);
        Assert.Equal(MemoText, memo.Text);
        Assert.Equal([new NonBodyRegion(new TextSpan(0, 11), NonBodyKind.Headline)], memo.NonBody.ToArray());
        var estimate = corpus.GetEstimate("memo-1-fighters");
        Assert.Equal("some 1,000 fighters", estimate.ToString());
        Assert.Equal("Officials said some 1,000 fighters remain in the valley, and probably more.", corpus.GetSentence(estimate));
        Assert.Empty(corpus.Judgements);
    }

    [Fact]
    public void Load_TheSeedFolder_EqualsTheEmbeddedSeedCorpus()
    {
        var corpus = ConflictData.Corpus.Load(SeedTexts.Folder);
        Assert.Equal<Document>(SeedCorpus.Documents, corpus.Documents);
        Assert.Equal<Estimate>(SeedCorpus.Estimates, corpus.Estimates);
        Assert.Equal<Judgement>(SeedCorpus.Judgements, corpus.Judgements);
    }

    [Fact]
    public void Load_FromStreams_EqualsTheFolderLoad()
    {
        using var folder = FolderWith(CorpusJson());
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(CorpusJson()));
        var fromStreams = ConflictData.Corpus.Load(json, file => file == "memo-1.txt" ? new MemoryStream(Encoding.UTF8.GetBytes(MemoText)) : null);
        var fromFolder = ConflictData.Corpus.Load(folder.Path);
        Assert.Equal<Document>(fromFolder.Documents, fromStreams.Documents);
        Assert.Equal<Estimate>(fromFolder.Estimates, fromStreams.Estimates);
        Assert.True(json.CanRead, "the caller's stream is left open");
    }

    [Fact]
    public void Load_QuoteThatDiffersFromTheText_NamesThePathAndBothTexts()
    {
        using var folder = FolderWith(CorpusJson(quote: "some 2,000 fighters"));
        var e = Assert.Throws<JsonException>(() => ConflictData.Corpus.Load(folder.Path));
        Assert.Equal("$.estimates[0].evidence[0].quote", e.Path);
        Assert.Equal("$.estimates[0].evidence[0].quote: the quote “some 2,000 fighters” of \"memo-1-fighters\" does not match document \"memo-1\" at [27..46), which holds “some 1,000 fighters”.", e.Message);
    }

    [Fact]
    public void Load_MissingTextFile_NamesTheFileAtItsPath()
    {
        using var folder = FolderWith(CorpusJson(), text: null);
        var e = Assert.Throws<JsonException>(() => ConflictData.Corpus.Load(folder.Path));
        Assert.Equal("$.documents[0].file: the text file \"memo-1.txt\" is missing.", e.Message);
    }

    [Fact]
    public void Load_FileNameOutsideTheFolder_IsRejectedBeforeAnyFileIsOpened()
    {
        var e = Assert.Throws<JsonException>(() => ConflictData.Corpus.Load(new MemoryStream(Encoding.UTF8.GetBytes(CorpusJson(file: "../memo-1.txt"))),
            file => throw new InvalidOperationException($"{file} must not be opened")));
        Assert.StartsWith("$.documents[0].file: \"../memo-1.txt\" is not a plain file name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderWithoutCorpusFile_NamesTheFile()
    {
        using var folder = new TemporaryFolder("corpus-load");
        var e = Assert.Throws<FileNotFoundException>(() => ConflictData.Corpus.Load(folder.Path));
        Assert.Contains("corpus.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EstimateWithoutEvidence_IsRejectedAtItsPath()
    {
        string json = CorpusJson();
        int start = json.IndexOf("\"evidence\": [", StringComparison.Ordinal);
        json = json[..start] + "\"evidence\": []" + json[(json.IndexOf(']', json.IndexOf("\"quote\"", StringComparison.Ordinal)) + 1)..];
        using var folder = FolderWith(json);
        var e = Assert.Throws<JsonException>(() => ConflictData.Corpus.Load(folder.Path));
        Assert.StartsWith("$.estimates[0].evidence: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FailingAfterTheTexts_ReturnsNothingAndLeavesNoTextOpen()
    {
        var opened = new List<TrackedStream>();
        Stream Open(string file)
        {
            var stream = new TrackedStream(Encoding.UTF8.GetBytes(MemoText));
            opened.Add(stream);
            return stream;
        }
        string json = CorpusJson().Replace("\"unit\": \"person\"", "\"unit\": \"people\"", StringComparison.Ordinal);
        var e = Assert.Throws<JsonException>(() => ConflictData.Corpus.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), Open));
        Assert.StartsWith("$.estimates[0].quantity", e.Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(opened).Disposed);
    }

    [Fact]
    public void Load_NullArguments_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => ConflictData.Corpus.Load(null!));
        Assert.Throws<ArgumentNullException>(() => ConflictData.Corpus.Load(new MemoryStream(), null!));
        Assert.Throws<ArgumentNullException>(() => ConflictData.Corpus.Load(null!, _ => null));
    }

    private sealed class TrackedStream(byte[] bytes) : MemoryStream(bytes)
    {
        internal bool Disposed { get; private set; }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
