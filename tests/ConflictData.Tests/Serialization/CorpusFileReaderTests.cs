using System;
using System.Linq;
using System.Text.Json;
using ConflictData.Serialization;
using ConflictData.Tests.Infrastructure;
using NodaTime;

namespace ConflictData.Tests.Serialization;

public class CorpusFileReaderTests
{
    private const string Corpus = """
        {
          "schemaVersion": 1,
          "documents": [
            {
              "id": "004_21cca053a9288443",
              "file": "004_21cca053a9288443.txt",
              "outlet": "RNZ",
              "title": "Caliphate defeated but IS remains a threat",
              "language": "en",
              "published": { "kind": "exact", "time": "2019-03-24T19:25:00 Pacific/Auckland (+13)", "from": "2019-03-24", "to": "2019-03-24", "reasoning": null },
              "nonBody": [ { "start": 10, "length": 5, "kind": "photo-caption" }, { "start": 6100, "length": 40, "kind": "app-promotion" } ]
            },
            {
              "id": "000_30f65801c5775d4d",
              "file": "000_30f65801c5775d4d.txt",
              "outlet": "Some outlet",
              "title": "Undated piece",
              "language": "en",
              "published": { "kind": "bounded", "time": null, "from": "2019-03-01", "to": "2019-03-31", "reasoning": "cites events of early March" },
              "nonBody": []
            }
          ],
          "estimates": [ ESTIMATE ]
        }
        """;

    // The seed articles from disk: the metadata above describes two of them.
    private static System.IO.Stream? SeedText(string file) =>
        System.IO.File.Exists(System.IO.Path.Combine(SeedTexts.Folder, file)) ? System.IO.File.OpenRead(System.IO.Path.Combine(SeedTexts.Folder, file)) : null;

    private static CorpusFile Read(string json) => CorpusFileReader.Read(json, SeedText);

    // The Guterres estimate of the JSON tests, its evidence moved to where the quote stands in the seed article.
    private static string WithEstimate() =>
        Corpus.Replace("ESTIMATE", EstimateJson.Serialize([EstimateJsonTests.Guterres])
            .Split("\"estimates\": [", 2)[1].TrimEnd().TrimEnd('}').TrimEnd().TrimEnd(']'), StringComparison.Ordinal)
            .Replace("\"start\": 4417", "\"start\": 4343", StringComparison.Ordinal);

    [Fact]
    public void Read_DocumentsAndEstimates_GivesMetadataAndModelEstimates()
    {
        var corpus = Read(WithEstimate());
        Assert.Equal(2, corpus.Documents.Length);
        Assert.Equal("004_21cca053a9288443.txt", corpus.Documents[0].File);
        var rnz = corpus.Documents[0].Document;
        Assert.Equal(new DocumentId("004_21cca053a9288443"), rnz.Id);
        Assert.Equal(SeedTexts.Read("004_21cca053a9288443"), rnz.Text);
        Assert.Equal("RNZ", rnz.Outlet);
        Assert.Equal("en", rnz.Language);
        Assert.Equal(PublicationTimeKind.Exact, rnz.Published!.Kind);
        Assert.Equal([new NonBodyRegion(new TextSpan(10, 5), NonBodyKind.PhotoCaption), new NonBodyRegion(new TextSpan(6100, 40), NonBodyKind.AppPromotion)],
            rnz.NonBody.ToArray());
        Assert.Equal(PublicationTime.Within(new DateInterval(new LocalDate(2019, 3, 1), new LocalDate(2019, 3, 31)), "cites events of early March"),
            corpus.Documents[1].Document.Published);
        var guterres = Assert.Single(corpus.Estimates);
        Assert.Equal(EstimateJsonTests.Guterres.Quantity, guterres.Quantity);
        Assert.Equal(rnz.CreateEvidence(new TextSpan(4343, 35)), Assert.Single(guterres.Evidence));
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameCorpus()
    {
        var corpus = Read(WithEstimate());
        var again = Read(CorpusFileReader.Write(corpus));
        Assert.Equal(corpus.Documents.ToArray(), again.Documents.ToArray());
        Assert.Equal(corpus.Estimates.ToArray(), again.Estimates.ToArray());
    }

    [Theory]
    [InlineData("\"id\": \"000_30f65801c5775d4d\"", "\"id\": \"004_21cca053a9288443\"", "$.documents[1].id", "listed twice")]
    [InlineData("\"file\": \"000_30f65801c5775d4d.txt\"", "\"file\": \"../etc/passwd\"", "$.documents[1].file", "not a plain file name")]
    [InlineData("\"language\": \"en\",\n      \"published\": { \"kind\": \"bounded\"", "\"language\": \"English\",\n      \"published\": { \"kind\": \"bounded\"", "$.documents[1].language", "not a language tag")]
    [InlineData("\"outlet\": \"Some outlet\"", "\"outlet\": \" \"", "$.documents[1].outlet", "white space")]
    [InlineData("\"start\": 6100", "\"start\": 12", "$.documents[0].nonBody[1].start", "starts before the previous one")]
    [InlineData("\"kind\": \"photo-caption\"", "\"kind\": \"Photo caption\"", "$.documents[0].nonBody[0].kind", "not a NonBodyKind value; expected one of \"headline\"")]
    [InlineData("\"start\": 6100, \"length\": 40", "\"start\": 6100, \"length\": 4000", "$.documents[0].nonBody", "past the end of document 004_21cca053a9288443")]
    [InlineData("\"file\": \"000_30f65801c5775d4d.txt\"", "\"file\": \"999_missing.txt\"", "$.documents[1].file", "the text file \"999_missing.txt\" is missing")]
    [InlineData("\"quote\": \"between 14,000 and 18,000 militants\"", "\"quote\": \"between 14,000 and 19,000 militants\"", "$.estimates[0].evidence[0].quote",
        "“between 14,000 and 19,000 militants” of \"004-guterres-militants\" does not match document \"004_21cca053a9288443\" at [4343..4378), which holds “between 14,000 and 18,000 militants”")]
    [InlineData("\"length\": 5,", "\"length\": 0,", "$.documents[0].nonBody[0].length", "at least one character")]
    [InlineData("\"to\": \"2019-03-31\"", "\"to\": \"2019-02-28\"", "$.documents[1].published.to", "before they start")]
    [InlineData("\"reasoning\": \"cites events of early March\"", "\"reasoning\": null", "$.documents[1].published.reasoning", "required")]
    [InlineData("\"schemaVersion\": 1", "\"schemaVersion\": 3", "$.schemaVersion", "version 3 is not supported")]
    [InlineData("\"documents\": [", "\"documents\": [ null,", "$.documents[0]", "an element of this list is null")]
    [InlineData("\"title\": \"Undated piece\",", "", "$.documents[1].title", "required")]
    [InlineData("\"published\": { \"kind\": \"bounded\", \"time\": null, \"from\": \"2019-03-01\", \"to\": \"2019-03-31\", \"reasoning\": \"cites events of early March\" },",
        "", "$.documents[1].published", "required")]
    [InlineData("\"nonBody\": []", "\"nonBody\": [], \"body\": []", "$.documents[1].body", "is not a member of this object")]
    public void Read_InvalidCorpus_NamesPathAndRule(string find, string replacement, string path, string rule)
    {
        string json = WithEstimate();
        Assert.Contains(find, json, StringComparison.Ordinal);
        var e = Assert.Throws<JsonException>(() => Read(json.Replace(find, replacement, StringComparison.Ordinal)));
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(rule, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FromUtf8Stream_GivesTheSameCorpus()
    {
        var fromText = Read(WithEstimate());
        var fromStream = CorpusFileReader.Read(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(WithEstimate())), SeedText);
        Assert.Equal(fromText.Documents.ToArray(), fromStream.Documents.ToArray());
        Assert.Equal(fromText.Estimates.ToArray(), fromStream.Estimates.ToArray());
    }

    [Fact]
    public void Read_NoDocumentsOrEstimates_IsAnEmptyCorpus()
    {
        var corpus = CorpusFileReader.Read("""{ "schemaVersion": 1 }""", _ => throw new InvalidOperationException("no text is read for no documents"));
        Assert.Empty(corpus.Documents);
        Assert.Empty(corpus.Estimates);
    }

    [Fact]
    public void Read_EvidenceInUnlistedDocument_NamesTheEvidence()
    {
        string json = WithEstimate().Replace("\"document\": \"004_21cca053a9288443\"", "\"document\": \"999_unlisted\"", StringComparison.Ordinal);
        var e = Assert.Throws<JsonException>(() => Read(json));
        Assert.StartsWith("$.estimates[0].evidence[0].document: \"999_unlisted\" is not among the documents", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LanguageInCapitals_IsTheModelsRuleAndIsKept()
    {
        string json = WithEstimate().Replace("\"language\": \"en\",\n      \"published\": { \"kind\": \"bounded\"",
            "\"language\": \"EN\",\n      \"published\": { \"kind\": \"bounded\"", StringComparison.Ordinal);
        Assert.Equal("EN", Read(json).Documents[1].Document.Language);
    }

    [Fact]
    public void Read_TextFileNotUtf8_NamesTheFileMember()
    {
        var e = Assert.Throws<JsonException>(() => CorpusFileReader.Read(WithEstimate(),
            file => file.StartsWith("000", StringComparison.Ordinal) ? new System.IO.MemoryStream([0x41, 0xFF, 0x42]) : SeedText(file)));
        Assert.StartsWith("$.documents[1].file: the text file \"000_30f65801c5775d4d.txt\" could not be read: it is not valid UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextFileThatCannotBeOpened_NamesTheFileAndTheReason()
    {
        var e = Assert.Throws<JsonException>(() => CorpusFileReader.Read(WithEstimate(), _ => throw new System.IO.IOException("the disk is gone")));
        Assert.Equal("$.documents[0].file: the text file \"004_21cca053a9288443.txt\" could not be read: the disk is gone", e.Message);
        Assert.Equal("$.documents[0].file", e.Path);
    }
}
