using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace ConflictData.Tests.Corpus;

/// <summary>
/// Checks the curated figures against the texts: the numbers of each estimate are the ones its quote states, its
/// dates fit its article, and no figure a careful reader would count is missing.
/// </summary>
public partial class SeedCorpusTests
{
    /// <summary>
    /// Every figure in the five articles, written down from a reading of the texts independently of corpus.json:
    /// the document, the figure's words, and which occurrence of those words is meant. Dates and clock times, ordinals
    /// ("part one of a four-part series", "four-star general") and vague words without a magnitude ("a large number",
    /// "significant numbers", "almost all") are deliberately not figures.
    /// </summary>
    public static TheoryData<string, string, int> ExpectedFigures => new()
    {
        { "000", "40,000 foreign fighters", 0 },
        { "000", "nine 9 percent", 0 },
        { "000", "13 percent", 0 },
        { "000", "55 percent", 0 },
        { "000", "75 percent", 0 },
        { "000", "$25 million", 0 },
        { "000", "99 percent", 0 },
        { "001", "10,000 to 15,000 fighters", 0 },
        { "001", "45,000 fighters", 0 },
        { "001", "110 countries", 0 },
        { "001", "10,000 were thought", 0 },
        { "001", "30,000 of those who travelled", 0 },
        { "001", "1,000 civilians", 0 },
        { "001", "300 or so", 0 },
        { "001", "30,000 civilians", 0 },
        { "001", "5,000 fighters", 1 },
        { "001", "$50 million", 0 },
        { "001", "$300 million", 0 },
        { "002", "300 foreign fighters", 0 },
        { "002", "50 have returned", 0 },
        { "002", "a handful", 0 },
        { "003", "49 people", 0 },
        { "003", "2,500 and 4,000 members", 0 },
        { "003", "the same number the Pentagon was citing", 0 },
        { "003", "thousands of jihadists", 0 },
        { "004", "88,000 square kilometres", 0 },
        { "004", "eight million people", 0 },
        { "004", "billions of dollars", 0 },
        { "004", "six to 12 months", 0 },
        { "004", "2,\\000 US troops", 0 },
        { "004", "400", 0 },
        { "004", "200 of which", 0 },
        { "004", "£39m-231m", 0 },
        { "004", "14,000 and 18,000", 0 },
        { "004", "3,000 foreigners", 0 },
        { "004", "15,000 and 20,000", 0 },
        { "004", "15,000 and 17,000", 0 },
        { "004", "13,000 and 14,000", 0 },
        { "004", "1,000 foreign IS fighters", 0 },
        { "004", "Hundreds of women", 0 },
        { "004", "2,500 children", 0 },
        { "004", "1000 foreign fighters", 0 },
        { "004", "40,000 foreigners", 0 },
        { "004", "50 per month", 0 },
        { "004", "5,600", 0 },
    };

    [Theory]
    [MemberData(nameof(ExpectedFigures))]
    public void EveryFigureInTheArticles_IsQuotedByAnEstimate(string documentPrefix, string figure, int occurrence)
    {
        var document = SeedCorpus.Documents.Single(d => d.Id.Value.StartsWith(documentPrefix, StringComparison.Ordinal));
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = document.Text.IndexOf(figure, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"\"{figure}\" (occurrence {occurrence}) is not in {document.Id}");
        }
        var span = new TextSpan(at, figure.Length);
        Assert.Contains(SeedCorpus.Load().GetEstimates(document.Id), e => e.Evidence[0].Span.Contains(span));
    }

    [Fact]
    public void EveryEstimate_QuotesAFigureOfTheExpectedList()
    {
        var figures = ExpectedFigures.Select(row => ((string)row[0], (string)row[1])).ToList();
        Assert.All(SeedCorpus.Estimates, e =>
            Assert.Contains(figures, f => e.Id.StartsWith(f.Item1, StringComparison.Ordinal) && e.Evidence[0].Quote.Contains(f.Item2, StringComparison.Ordinal)));
    }

    [Fact]
    public void EveryEstimate_StatesExactlyTheNumbersOfItsQuote()
    {
        Assert.All(SeedCorpus.Estimates, e =>
        {
            var inQuote = NumbersIn(e.Evidence[0].Quote);
            var stated = StatedNumbers(e);
            Assert.True(inQuote.SetEquals(stated),
                $"{e.Id}: the quote “{e.Evidence[0].Quote}” states {{{string.Join(", ", inQuote)}}} but the estimate {{{string.Join(", ", stated)}}}");
        });
    }

    [Fact]
    public void EveryEstimate_OfStatedNumbers_CarriesThemBesideItsInterpretation()
    {
        // corpus.json does not repeat them; the loader reads them from each quote.
        var byId = SeedCorpus.Estimates.ToDictionary(e => e.Id);
        Assert.Equal(new StatedFigure(40_000), byId["000-us-intel-foreign-fighters"].Stated);
        Assert.Equal("some 40,000 foreign fighters", byId["000-us-intel-foreign-fighters"].ToString());
        Assert.Equal(new StatedFigure(14_000, 18_000), byId["004-guterres-militants-iraq-syria"].Stated);
        Assert.Equal(new StatedFigure(39_000_000, 231_000_000), byId["004-un-funds-sterling"].Stated);
        Assert.All(SeedCorpus.Estimates.Where(e => !e.Hedge.Has(HedgeKinds.Vague)), e => Assert.NotNull(e.Stated));
        Assert.All(SeedCorpus.Estimates.Where(e => e.Stated is { Second: null }), e =>
            // A fall states its size and means its negation: "down 9 percent" states 9, is −9.
            Assert.True(e.Quantity.Value.Contains(e.Stated!.First) || e.Quantity.Value.Contains(-e.Stated.First) || e.Quantity.Value.Lower?.Value == e.Stated.First
                        || e.Quantity.Value.Upper?.Value == e.Stated.First, $"{e.Id}: {e.Stated} lies outside {e.Quantity.Value}"));
    }

    [Fact]
    public void EveryEstimate_HasDatesWithinItsArticlesBounds()
    {
        var corpus = SeedCorpus.Load();
        Assert.All(corpus.Estimates, e =>
        {
            var published = corpus.GetDocument(e).Published!;
            Assert.NotNull(e.Published);
            Assert.True(e.Published!.Earliest >= published.Earliest && e.Published.Latest <= published.Latest, $"{e.Id}: published {e.Published} outside {published}");
            Assert.NotNull(e.ReferenceTime);
            Assert.True(e.ReferenceTime!.From <= published.Latest, $"{e.Id}: refers to {e.ReferenceTime}, after {published}");
            Assert.True(e.ReferenceTime.To is null || e.ReferenceTime.To <= published.Latest, $"{e.Id}: refers to {e.ReferenceTime}, after {published}");
            var whens = e.Sources.SelectMany(c => c.Links).Select(l => l.When).OfType<DateRange>();
            Assert.All(whens, w => Assert.True(w.Start <= published.Latest, $"{e.Id}: a source speaks in {w}, after {published}"));
        });
    }

    [Fact]
    public void EveryEstimate_HasASourceChainThatStartsWithAnOutlet() =>
        Assert.All(SeedCorpus.Estimates, e =>
        {
            Assert.NotEmpty(e.Sources);
            Assert.All(e.Sources, chain => Assert.Equal(SourceKind.Outlet, chain.Publisher.Kind));
        });

    /// <summary>
    /// Each vague quantity word is read as the default approximation policy documents for the size it names
    /// ([2v, 10v): "hundreds" is [200, 1,000)), the same reading the text scanner gives.
    /// </summary>
    [Theory]
    [InlineData("a handful", 1, 2, 10)]
    [InlineData("Hundreds", 100, 200, 1000)]
    [InlineData("thousands", 1000, 2000, 10000)]
    [InlineData("billions", 1000000000, 2000000000, 10000000000)]
    public void VagueQuantities_AreInterpretedAsDocumented(string word, long size, long low, long highExclusive)
    {
        var documented = SignificantDigitApproximationPolicy.Instance.Interpret(size, HedgeKinds.Vague);
        Assert.Equal(new RangedValue(Bound.Inclusive(low), Bound.Exclusive(highExclusive)), documented);
        var vague = SeedCorpus.Estimates.Where(e => e.Hedge.Has(HedgeKinds.Vague) && e.Evidence[0].Quote.Contains(word, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(vague);
        Assert.All(vague, e => Assert.Equal(documented, e.Quantity.Value));
    }

    [Fact]
    public void VagueEstimates_AreExactlyThoseWithoutDigits() =>
        Assert.All(SeedCorpus.Estimates, e =>
            Assert.Equal(e.Hedge.Has(HedgeKinds.Vague), NumbersIn(e.Evidence[0].Quote).Count == 0));

    [Fact]
    public void TheUnFundsEstimate_InDollarsAndPounds_IsMarkedAsOneFigure()
    {
        var dollars = SeedCorpus.Load().GetEstimate("001-un-funds");
        var pounds = SeedCorpus.Load().GetEstimate("004-un-funds-sterling");
        Assert.Equal(dollars.Measurand, pounds.Measurand);
        Assert.Equal(dollars.ReferenceTime, pounds.ReferenceTime);
        Assert.Equal(dollars.Sources[0].Origin, pounds.Sources[0].Origin);
        Assert.Equal("USD", dollars.Quantity.Unit.Code);
        Assert.Equal("GBP", pounds.Quantity.Unit.Code);
        // One pound bought about 1.3 dollars in early 2019: both ends convert at the same rate.
        decimal lowRate = dollars.Quantity.Value.Lower!.Value.Value / pounds.Quantity.Value.Lower!.Value.Value;
        decimal highRate = dollars.Quantity.Value.Upper!.Value.Value / pounds.Quantity.Value.Upper!.Value.Value;
        Assert.InRange(lowRate, 1.25m, 1.35m);
        Assert.InRange(highRate, 1.25m, 1.35m);
    }

    [Fact]
    public void StatedConfidences_AreTheOnesTheTextsGive()
    {
        var stated = SeedCorpus.Estimates.Where(e => e.Confidence is not null).ToDictionary(e => e.Id, e => e.Confidence!);
        Assert.Equal(ConfidenceLevel.Low, stated["004-coalition-iraq-2018"].Level);
        Assert.Equal(ConfidenceLevel.Low, stated["004-coalition-syria-2018"].Level);
        Assert.Equal("US commanders", stated["004-coalition-syria-2018"].StatedBy!.Name);
        Assert.Equal(ConfidenceLevel.High, stated["004-coalition-flow-per-month"].Level);
        Assert.Equal(0.99m, stated["000-talabany-baghdadi-alive"].Probability);
        Assert.All(stated, pair =>
        {
            var document = SeedCorpus.Load().GetDocument(SeedCorpus.Load().GetEstimate(pair.Key));
            Assert.Contains(pair.Value.Text, document.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void FiguresInNonBodyRegions_AreOnlyThoseOfTheEmbeddedTeaser()
    {
        var corpus = SeedCorpus.Load();
        var outside = corpus.Estimates.Where(e => !corpus.GetDocument(e).IsInBody(e.Evidence[0].Span)).ToList();
        Assert.All(outside, e => Assert.Equal(NonBodyKind.RelatedArticle, corpus.GetDocument(e).FindNonBodyRegion(e.Evidence[0].Span)!.Value.Kind));
        Assert.Equal(4, outside.Count);
    }

    /// <summary>The numbers an estimate says its quote states: both ends of a range, the one bound of an open figure,
    /// the best value of an approximate or exact one; none for a vague word. Signs are dropped ("down 9 percent").</summary>
    private static HashSet<decimal> StatedNumbers(Estimate e)
    {
        var value = e.Quantity.Value;
        IEnumerable<decimal?> numbers =
            e.Hedge.Has(HedgeKinds.Vague) ? []
            : e.Hedge.Has(HedgeKinds.Range) ? [value.Lower?.Value, value.Upper?.Value]
            : value.Best is { } best ? [best]
            : value.Upper is { } upper && value.Lower is null ? [upper.Value]
            : e.Hedge.Has(HedgeKinds.Almost) ? [value.Upper?.Value]
            : [value.Lower?.Value];
        return numbers.Select(n => Math.Abs(n!.Value)).ToHashSet();
    }

    private static readonly Regex Number = new(
        @"(?<digits>\d{1,3}(?:,\\?\d{3})+|\d+(?:\.\d+)?)|\b(?<word>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    private static readonly Regex Multiplier = new(@"^\s?(?<word>million|billion|bn|m)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>Every number written in <paramref name="quote"/>, with "m", "bn", "million" applied and the stray
    /// backslash of "2,\000" read as the typo it is.</summary>
    private static HashSet<decimal> NumbersIn(string quote)
    {
        var numbers = new HashSet<decimal>();
        foreach (Match match in Number.Matches(quote))
        {
            decimal value = match.Groups["digits"].Success
                ? decimal.Parse(match.Groups["digits"].Value.Replace(",", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal), CultureInfo.InvariantCulture)
                : Array.IndexOf(NumberWords, match.Groups["word"].Value.ToLowerInvariant());
            var multiplier = Multiplier.Match(quote[(match.Index + match.Length)..]);
            if (multiplier.Success)
            {
                value *= multiplier.Groups["word"].Value is "million" or "m" ? 1_000_000m : 1_000_000_000m;
            }
            numbers.Add(value);
        }
        return numbers;
    }
}
