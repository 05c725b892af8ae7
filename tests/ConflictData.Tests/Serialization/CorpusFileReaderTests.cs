using System;
using System.Linq;
using System.Text.Json;
using ConflictData.Serialization;
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

    private static string WithEstimate() =>
        Corpus.Replace("ESTIMATE", EstimateJson.Serialize([EstimateJsonTests.Guterres])
            .Split("\"estimates\": [", 2)[1].TrimEnd().TrimEnd('}').TrimEnd().TrimEnd(']'), StringComparison.Ordinal);

    [Fact]
    public void Read_DocumentsAndEstimates_GivesMetadataAndModelEstimates()
    {
        var corpus = CorpusFileReader.Read(WithEstimate());
        Assert.Equal(2, corpus.Documents.Length);
        var rnz = corpus.Documents[0];
        Assert.Equal(new DocumentId("004_21cca053a9288443"), rnz.Id);
        Assert.Equal("004_21cca053a9288443.txt", rnz.File);
        Assert.Equal("RNZ", rnz.Outlet);
        Assert.Equal("en", rnz.Language);
        Assert.Equal(PublicationTimeKind.Exact, rnz.Published.Kind);
        Assert.Equal([new CorpusFileNonBodySpan(new TextSpan(10, 5), "photo-caption"), new CorpusFileNonBodySpan(new TextSpan(6100, 40), "app-promotion")],
            rnz.NonBody.ToArray());
        Assert.Equal(PublicationTime.Within(new DateInterval(new LocalDate(2019, 3, 1), new LocalDate(2019, 3, 31)), "cites events of early March"),
            corpus.Documents[1].Published);
        Assert.Equal(EstimateJsonTests.Guterres, Assert.Single(corpus.Estimates));
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameCorpus()
    {
        var corpus = CorpusFileReader.Read(WithEstimate());
        var again = CorpusFileReader.Read(CorpusFileReader.Write(corpus));
        Assert.Equal(corpus.Documents.Select(d => d with { NonBody = [] }), again.Documents.Select(d => d with { NonBody = [] }));
        Assert.Equal(corpus.Documents.SelectMany(d => d.NonBody), again.Documents.SelectMany(d => d.NonBody));
        Assert.Equal(corpus.Estimates.ToArray(), again.Estimates.ToArray());
    }

    [Theory]
    [InlineData("\"id\": \"000_30f65801c5775d4d\"", "\"id\": \"004_21cca053a9288443\"", "$.documents[1].id", "listed twice")]
    [InlineData("\"file\": \"000_30f65801c5775d4d.txt\"", "\"file\": \"../etc/passwd\"", "$.documents[1].file", "not a plain file name")]
    [InlineData("\"language\": \"en\",\n      \"published\": { \"kind\": \"bounded\"", "\"language\": \"English\",\n      \"published\": { \"kind\": \"bounded\"", "$.documents[1].language", "not a language tag")]
    [InlineData("\"outlet\": \"Some outlet\"", "\"outlet\": \" \"", "$.documents[1].outlet", "white space")]
    [InlineData("\"start\": 6100", "\"start\": 12", "$.documents[0].nonBody[1].start", "starts before the previous one")]
    [InlineData("\"kind\": \"photo-caption\"", "\"kind\": \"Photo caption\"", "$.documents[0].nonBody[0].kind", "not a span kind")]
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
        var e = Assert.Throws<JsonException>(() => CorpusFileReader.Read(json.Replace(find, replacement, StringComparison.Ordinal)));
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(rule, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FromUtf8Stream_GivesTheSameCorpus()
    {
        var fromText = CorpusFileReader.Read(WithEstimate());
        var fromStream = CorpusFileReader.Read(new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(WithEstimate())));
        Assert.Equal(fromText.Documents.Select(d => d.Id), fromStream.Documents.Select(d => d.Id));
        Assert.Equal(fromText.Estimates.ToArray(), fromStream.Estimates.ToArray());
    }

    [Fact]
    public void Read_NoDocumentsOrEstimates_IsAnEmptyCorpus()
    {
        var corpus = CorpusFileReader.Read("""{ "schemaVersion": 1 }""");
        Assert.Empty(corpus.Documents);
        Assert.Empty(corpus.Estimates);
    }

    [Fact]
    public void Read_EvidenceInUnlistedDocument_NamesTheEvidence()
    {
        string json = WithEstimate().Replace("\"document\": \"004_21cca053a9288443\"", "\"document\": \"999_unlisted\"", StringComparison.Ordinal);
        var e = Assert.Throws<JsonException>(() => CorpusFileReader.Read(json));
        Assert.StartsWith("$.estimates[0].evidence[0].document: \"999_unlisted\" is not among the documents", e.Message, StringComparison.Ordinal);
    }
}
