using System;
using System.Linq;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;
using NodaTime;

namespace ConflictData.Tests.Text.Extraction;

public class TextExtractorTests
{
    private static Document Doc(string text) =>
        new(new DocumentId("test"), text, PublicationTime.OnDate(new LocalDate(2019, 3, 24)));

    [Fact]
    public void Extract_Null_Throws() => Assert.Throws<ArgumentNullException>(() => TextExtractor.Default.Extract(null!));

    [Fact]
    public void Extract_NumbersInsideDates_AreDatesNotQuantities()
    {
        var found = TextExtractor.Default.Extract(Doc("On 24 March 2019, some 40,000 fighters had left since 2014."));
        Assert.Equal(["some 40,000 fighters"], found.Quantities.Select(q => q.Text));
        Assert.Contains(found.Dates, d => d.Text.Contains("24 March 2019", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_UsesTheGivenScannerAndItsPolicy()
    {
        var extractor = new TextExtractor(new QuantityScanner(new ExactPolicy()));
        Assert.Equal(RangedValue.Exact(40_000), extractor.Extract(Doc("some 40,000 fighters")).Quantities.Single().Phrase.Value);
    }

    [Fact]
    public void Extract_EvidenceQuotesTheDocument()
    {
        var document = Doc("It has between 14,000 and 18,000 militants.");
        var found = TextExtractor.Default.Extract(document);
        var evidence = found.EvidenceFor(found.Quantities.Single());
        Assert.Equal("between 14,000 and 18,000 militants", evidence.Quote);
        Assert.True(document.Supports(evidence));
    }

    [Fact]
    public void Extract_Seeds_SameUnderHostileCultures()
    {
        foreach (string id in SeedDocuments.All)
        {
            var document = SeedDocuments.Load(id);
            CultureScope.AssertInvariant(() =>
            {
                var found = TextExtractor.Default.Extract(document);
                return string.Join("\n", found.Quantities.Select(q => q.ToString()).Concat(found.Dates.Select(d => d.ToString())));
            });
        }
    }

    private sealed class ExactPolicy : IApproximationPolicy
    {
        public RangedValue Interpret(decimal stated, HedgeKinds hedge) => RangedValue.Exact(stated);
    }
}
