using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictData.Tests.Corpus;

public class CorpusTests
{
    private static readonly DocumentId Doc = new("rnz");
    private static readonly Document Article = new(Doc, "IS still controlled between 14,000 and 18,000 militants. Up to 3,000 were foreigners.");

    private static Estimate Figure(string id, int start, int length, string? quote = null, DocumentId? document = null) =>
        new(id, new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person), new Measurand(Indicator.Fighters),
            evidence: [new Evidence(document ?? Doc, new TextSpan(start, length), quote ?? Article.Text.Substring(start, length))]);

    private static ConflictData.Corpus Small() =>
        new([Article], [Figure("militants", 20, 35), Figure("foreigners", 57, 8)]);

    [Fact]
    public void Construction_QuoteDifferingFromTheText_NamesTheEstimateAndBothTexts()
    {
        var e = Assert.Throws<ArgumentException>(() => new ConflictData.Corpus([Article], [Figure("wrong-quote", 20, 6, "betwen")]));
        Assert.Contains("\"wrong-quote\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("“betwen”", e.Message, StringComparison.Ordinal);
        Assert.Contains("“betwee”", e.Message, StringComparison.Ordinal);
        Assert.Equal("estimates", e.ParamName);
    }

    [Fact]
    public void Construction_SpanPastTheText_NamesTheEstimate()
    {
        var e = Assert.Throws<ArgumentException>(() => new ConflictData.Corpus([Article], [Figure("too-far", Article.Text.Length - 2, 4, "abcd")]));
        Assert.Contains("\"too-far\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("past the end", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_EvidenceInAnUnknownDocument_NamesTheEstimateAndDocument()
    {
        var e = Assert.Throws<ArgumentException>(() => new ConflictData.Corpus([Article], [Figure("elsewhere", 0, 2, "IS", new DocumentId("voa"))]));
        Assert.Contains("\"elsewhere\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"voa\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_EstimateWithoutEvidence_IsRejected()
    {
        var bare = new Estimate("bare", Quantity.Exact(1, Unit.Person), new Measurand(Indicator.Fighters));
        Assert.Contains("\"bare\"", Assert.Throws<ArgumentException>(() => new ConflictData.Corpus([Article], [bare])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_RepeatedIds_AreRejected()
    {
        Assert.Contains("\"twice\"", Assert.Throws<ArgumentException>(() => new ConflictData.Corpus([Article], [Figure("twice", 20, 35), Figure("twice", 57, 8)])).Message, StringComparison.Ordinal);
        Assert.Equal("documents", Assert.Throws<ArgumentException>(() => new ConflictData.Corpus([Article, Article], [])).ParamName);
    }

    [Fact]
    public void Construction_NullItems_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new ConflictData.Corpus([null!], []));
        Assert.Throws<ArgumentNullException>(() => new ConflictData.Corpus([Article], null!));
    }

    [Fact]
    public void Lookups_FindEstimatesAndDocumentsById()
    {
        var corpus = Small();
        Assert.True(corpus.TryGetEstimate("foreigners", out var found));
        Assert.Equal("foreigners", found.Id);
        Assert.False(corpus.TryGetEstimate("Foreigners", out _));
        Assert.False(corpus.TryGetEstimate(null, out _));
        Assert.Same(Article, corpus.GetDocument(Doc));
        Assert.Same(Article, corpus.GetDocument(found));
        Assert.Equal(["militants", "foreigners"], corpus.GetEstimates(Doc).Select(e => e.Id));
        Assert.Empty(corpus.GetEstimates(new DocumentId("none")));
    }

    [Fact]
    public void GetDocument_OfAnEstimateFromElsewhere_ThrowsNamingTheEstimate()
    {
        var stranger = Figure("stranger", 0, 2, "IS", new DocumentId("voa"));
        var e = Assert.Throws<ArgumentException>(() => Small().GetDocument(stranger));
        Assert.Contains("\"stranger\"", e.Message, StringComparison.Ordinal);
        Assert.Equal("estimate", e.ParamName);
    }

    [Fact]
    public void GetEstimate_UnknownId_ThrowsNamingTheId() =>
        Assert.Contains("\"nope\"", Assert.Throws<KeyNotFoundException>(() => Small().GetEstimate("nope")).Message, StringComparison.Ordinal);

    [Fact]
    public void GetDocument_UnknownId_ThrowsNamingTheId() =>
        Assert.Contains("\"none\"", Assert.Throws<KeyNotFoundException>(() => Small().GetDocument(new DocumentId("none"))).Message, StringComparison.Ordinal);

    [Fact]
    public void GetSentence_GivesTheSentenceOfTheFirstEvidence() =>
        Assert.Equal("Up to 3,000 were foreigners.", Small().GetSentence(Small().GetEstimate("foreigners")));

    [Fact]
    public void SeedCorpus_GetSentence_GivesGuterresFigureInContext()
    {
        var corpus = SeedCorpus.Load();
        Assert.Equal(
            "IS has suffered substantial losses, but Mr Guterres said it still reportedly controlled between 14,000 and 18,000 militants in Iraq and Syria, including up to 3,000 foreigners.",
            corpus.GetSentence(corpus.GetEstimate("004-guterres-militants-iraq-syria")));
    }

    [Fact]
    public void SeedCorpus_IsQueryableWithLinq()
    {
        var syria = SeedCorpus.Estimates.Where(e => e.Measurand.Indicator == Indicator.Fighters && e.Measurand.Places.SequenceEqual([CountryCode.Syria])).Select(e => e.Id);
        Assert.Equal(["001-baghuz-fighters-expected", "004-coalition-syria-2018"], syria);
        var byOutlet = SeedCorpus.Estimates.GroupBy(e => SeedCorpus.Load().GetDocument(e).Outlet).ToDictionary(g => g.Key!, g => g.Count());
        Assert.Equal(20, byOutlet["RNZ"]);
    }
}
