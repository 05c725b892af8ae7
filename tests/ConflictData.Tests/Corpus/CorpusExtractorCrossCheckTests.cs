using System.Linq;
using ConflictData.Text;

namespace ConflictData.Tests.Corpus;

/// <summary>
/// The curated corpus and the text extractor were built independently, one by hand and one by rule; each checks the
/// other. Any disagreement is either a curation slip or a parser bug, and must be looked at, not waived.
/// </summary>
public class CorpusExtractorCrossCheckTests
{
    public static TheoryData<string> EstimateIds => [.. SeedCorpus.Estimates.Select(e => e.Id)];

    public static TheoryData<string> DocumentIds => [.. SeedCorpus.Documents.Select(d => d.Id.Value)];

    [Theory]
    [MemberData(nameof(EstimateIds))]
    public void EveryCuratedEstimate_IsFoundByTheExtractorWithTheSameValue(string id)
    {
        var corpus = SeedCorpus.Load();
        var estimate = corpus.GetEstimate(id);
        var found = TextExtractor.Default.Extract(corpus.GetDocument(estimate));

        var figure = Assert.Single(found.Quantities, q => q.Span.OverlapsWith(estimate.Evidence[0].Span));
        Assert.Equal(estimate.Quantity.Value, figure.Phrase.Value);
        // The scanner leaves a bare figure ("more than 5,600 had returned") without a unit rather than guess one.
        if (figure.Phrase.Unit is { } unit)
        {
            Assert.Equal(estimate.Quantity.Unit, unit);
        }
        // Curation may add hedge words from outside the figure ("about the same number the Pentagon was citing" around
        // "between 2,500 and 4,000"; "are estimated to" after it), never drop what the figure itself says.
        var stated = figure.Phrase.Hedge.Kinds & ~HedgeKinds.Estimated;
        Assert.Equal(stated, estimate.Hedge.Kinds & stated);
    }

    [Theory]
    [MemberData(nameof(DocumentIds))]
    public void EveryFigureTheExtractorFinds_IsCurated(string documentId)
    {
        var corpus = SeedCorpus.Load();
        var document = corpus.GetDocument(new DocumentId(documentId));
        var curated = corpus.GetEstimates(document.Id).SelectMany(e => e.Evidence).ToList();

        var uncurated = TextExtractor.Default.Extract(document).Quantities
            .Where(q => !curated.Any(evidence => evidence.Span.OverlapsWith(q.Span)))
            .Select(q => $"{q.Span} \"{q.Text}\"");
        Assert.Empty(uncurated);
    }
}
