using System.Collections.Generic;
using System.Linq;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Extraction;

/// <summary>
/// Every figure a careful reader counts in each seed article, and nothing else: the exact quote, the interval it
/// stands for (in <see cref="RangedValue.ToString"/> notation), the unit code, the counted noun and the hedge words.
/// </summary>
/// <remarks>
/// Written from reading the articles, not from the scanner's output. Deliberately absent: years, dates and times
/// ("in 2014", "22-07-2017", "7:25 pm"), "part one of a four-part series", "a four-star general", "one of the
/// countries", "the two terror groups", "two years ago", and the stray "nine" of "down nine 9 percent", which is
/// read together with the 9 it repeats.
/// </remarks>
public class TextExtractorSeedTests
{
    public static readonly TheoryData<string> Seeds = new(SeedDocuments.All);

    private static readonly Dictionary<string, (string Quote, string Value, string? Unit, string? Noun, string Hedge)[]> Expected = new()
    {
        [SeedDocuments.Rudaw] =
        [
            ("some 40,000 foreign fighters", "[35000, 45000] best 40000", "person", "foreign fighters", "some"),
            ("down nine 9 percent", "[-9, -9] best -9", "percent", null, ""),
            ("decreased 13 percent", "[-13, -13] best -13", "percent", null, ""),
            ("55 percent", "[55, 55] best 55", "percent", null, ""),
            ("75 percent", "[75, 75] best 75", "percent", null, ""),
            ("$25 million", "[25000000, 25000000] best 25000000", "USD", null, ""),
            ("99 percent", "[99, 99] best 99", "percent", null, ""),
        ],
        [SeedDocuments.VoaUnReport] =
        [
            ("estimated 10,000 to 15,000 fighters", "[10000, 15000]", "person", "fighters", "estimated … to"),
            ("more than 45,000 fighters", "(45000, )", "person", "fighters", "more than"),
            ("110 countries", "[110, 110] best 110", "country", "countries", ""),
            ("as many as 10,000", "( , 10000]", null, null, "as many as"),
            ("up to 30,000", "( , 30000]", null, null, "up to"),
            ("about 1,000 civilians", "[500, 1500] best 1000", "person", "civilians", "about"),
            ("300 or so hard-core IS fighters", "[250, 350] best 300", "person", "hard-core IS fighters", "or so"),
            ("upwards of 30,000 civilians", "(30000, )", "person", "civilians", "upwards of"),
            ("5,000 fighters", "(5000, )", "person", "fighters", "upwards of"),
            ("an estimated $50 million to $300 million", "[50000000, 300000000]", "USD", null, "an estimated … to"),
        ],
        [SeedDocuments.VoaEurope] =
        [
            ("approximately 300 foreign fighters", "[250, 350] best 300", "person", "foreign fighters", "approximately"),
            ("slightly more than 50", "(50, )", "person", null, "slightly more than"),
            ("a handful", "[2, 10)", null, null, "a handful"),
        ],
        [SeedDocuments.Afp] =
        [
            ("49 people", "[49, 49] best 49", "person", "people", ""),
            ("between 2,500 and 4,000 members", "[2500, 4000]", "person", "members", "between … and"),
            ("thousands of jihadists", "[2000, 10000)", "person", "jihadists", "thousands"),
        ],
        [SeedDocuments.Rnz] =
        [
            ("88,000 square kilometres", "[88000, 88000] best 88000", "km2", null, ""),
            ("almost eight million people", "[7500000, 8000000)", "person", "people", "almost"),
            ("billions of dollars", "[2000000000, 10000000000)", "USD", null, "billions"),
            ("six to 12 months", "[6, 12]", "month", null, "… to"),
            ("2,\\000 US troops", "[2000, 2000] best 2000", "person", "US troops", ""),
            ("400 \"peacekeepers\"", "[400, 400] best 400", "person", "peacekeepers", ""),
            ("200", "[200, 200] best 200", null, null, ""),
            ("is estimated to have between £39m-231m", "[39000000, 231000000]", "GBP", null, "is estimated to have between … -"),
            ("between 14,000 and 18,000 militants", "[14000, 18000]", "person", "militants", "between … and"),
            ("up to 3,000 foreigners", "( , 3000]", "person", "foreigners", "up to"),
            ("between 15,000 and 20,000 IS \"armed adherents", "[15000, 20000]", "person", "IS armed adherents", "between … and"),
            ("between 15,000 and 17,000 IS militants", "[15000, 17000]", "person", "IS militants", "between … and"),
            ("between 13,000 and 14,000", "[13000, 14000]", "person", "IS militants", "between … and"),
            ("about 1,000 foreign IS fighters", "[500, 1500] best 1000", "person", "foreign IS fighters", "about"),
            ("Hundreds of women", "[200, 1000)", "person", "women", "Hundreds"),
            ("more than 2,500 children", "(2500, )", "person", "children", "more than"),
            ("about 1000 foreign fighters", "[500, 1500] best 1000", "person", "foreign fighters", "about"),
            ("Up to 40,000 foreigners", "( , 40000]", "person", "foreigners", "Up to"),
            ("most likely 50 per month", "[45, 55] best 50", "per-month", null, "most likely"),
            ("more than 5,600", "(5600, )", "person", null, "more than"),
        ],
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_FindsEveryFigureWithItsReadingAndNothingElse(string id)
    {
        var found = TextExtractor.Default.Extract(SeedDocuments.Load(id)).Quantities
            .Select(m => (m.Text, m.Phrase.Value.ToString(), m.Phrase.Unit?.Code, m.Phrase.Noun, m.Phrase.Hedge.Text))
            .ToArray();
        Assert.Equal(Expected[id], found);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_EveryMentionQuotesTheDocumentAtItsSpan(string id)
    {
        var document = SeedDocuments.Load(id);
        var found = TextExtractor.Default.Extract(document);
        Assert.All(found.Quantities, m => Assert.True(document.Supports(found.EvidenceFor(m))));
        Assert.All(found.Dates, m => Assert.True(document.Supports(found.EvidenceFor(m))));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Extract_Seed_QuantitiesAndDatesNeverOverlap(string id)
    {
        var found = TextExtractor.Default.Extract(SeedDocuments.Load(id));
        Assert.DoesNotContain(found.Quantities, q => found.Dates.Any(d => d.Span.OverlapsWith(q.Span)));
    }

    [Fact]
    public void Extract_Rnz_FindsTheDatesOfItsFigures()
    {
        var dates = TextExtractor.Default.Extract(SeedDocuments.Load(SeedDocuments.Rnz)).Dates.Select(d => d.Text).ToArray();
        Assert.Contains("in mid-March", dates);
        Assert.Contains("in July 2018", dates);
        Assert.Contains("As of October 2017", dates);
    }

    /// <summary>
    /// The parser reads each mention's text alone to the same phrase, except the two figures that take their hedge or
    /// noun from a neighbour in the list ("upwards of 30,000 civilians and 5,000 fighters", "... IS militants in Iraq
    /// and between 13,000 and 14,000 in Syria") and the two that count people by their verb ("slightly more than 50 have
    /// returned", "more than 5,600 had returned"), which alone read as what their own words say.
    /// </summary>
    [Fact]
    public void Parse_EverySeedMentionAlone_GivesTheSamePhraseUnlessItBorrowsFromANeighbour()
    {
        var differing = SeedDocuments.All
            .SelectMany(id => TextExtractor.Default.Extract(SeedDocuments.Load(id)).Quantities)
            .Where(m => !m.Phrase.Equals(ConflictData.Text.QuantityParser.Default.Parse(m.Text).GetValueOrThrow()))
            .Select(m => m.Text)
            .ToArray();
        Assert.Equal(["5,000 fighters", "slightly more than 50", "between 13,000 and 14,000", "more than 5,600"], differing);
    }
}
