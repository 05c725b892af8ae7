using System;
using System.IO;
using System.Linq;
using ConflictData.Tests.Infrastructure;
using NodaTime;

namespace ConflictData.Tests.Estimates;

/// <summary>
/// The hardest figures of the five seed articles, built with the public API alone, each checked against the article
/// text: the model must say what they say without losing the hedge words, the source or the date.
/// </summary>
public class SeedFiguresModelTests
{
    private static readonly SignificantDigitApproximationPolicy Policy = SignificantDigitApproximationPolicy.Instance;

    private static readonly PublicationTime RnzPublished =
        PublicationTime.Exact(new LocalDateTime(2019, 3, 24, 19, 25).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]));

    // 001 carries no date: Baghuz fell "this past March" (March 2019) and a 2018 interview was "last August".
    private static readonly PublicationTime VoaPublished = PublicationTime.Within(
        new DateInterval(new LocalDate(2019, 4, 1), new LocalDate(2019, 12, 31)),
        "Baghuz fell \"this past March\" (March 2019), so after March 2019; VOA's interview of August 2018 was \"last August\", so within 2019.");

    private static readonly Lazy<Document> Rudaw = new(() => Load("000_30f65801c5775d4d", PublicationTime.OnDate(new LocalDate(2017, 7, 22))));
    private static readonly Lazy<Document> Voa = new(() => Load("001_fb569d6cb6497253", VoaPublished));
    private static readonly Lazy<Document> Rnz = new(() => Load("004_21cca053a9288443", RnzPublished));

    private static readonly Source RnzOutlet = new(SourceKind.Outlet, "RNZ");
    private static readonly Measurand IsInIraqAndSyria = new(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria]);

    private static Document Load(string id, PublicationTime published) =>
        new(new DocumentId(id), File.ReadAllText(RepositoryPaths.Combine("seeds", id + ".txt")), published);

    /// <summary>Evidence for the first occurrence of <paramref name="quote"/>, which the test insists is there.</summary>
    private static Evidence Quote(Document document, string quote)
    {
        int start = document.Text.IndexOf(quote, StringComparison.Ordinal);
        Assert.True(start >= 0, $"\"{quote}\" is not in {document.Id}");
        var evidence = document.CreateEvidence(new TextSpan(start, quote.Length));
        Assert.True(document.Supports(evidence));
        return evidence;
    }

    [Fact]
    public void Guterres_BetweenAndIncludingUpTo_AreTwoFiguresWithTheFullChain()
    {
        var chain = new SourceChain(
            RnzOutlet,
            new Source(SourceKind.Person, "António Guterres", role: "UN Secretary-General", organisation: "United Nations"),
            new Source(SourceKind.Report, "report to the Security Council", organisation: "United Nations", when: DateRange.Month(2019, 2)));
        var february = ReferenceTime.During(DateRange.Month(2019, 2));
        var militants = new Estimate("004-guterres-militants",
            new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person), IsInIraqAndSyria,
            new Hedge("reportedly controlled between … and", HedgeKinds.Range), "militants", february, RnzPublished, [chain],
            [Quote(Rnz.Value, "between 14,000 and 18,000 militants")]);
        var upTo = Hedge.Recognize("up to")!;
        var foreigners = new Estimate("004-guterres-foreigners",
            new Quantity(Policy.Interpret(3_000, upTo.Kinds), Unit.Person),
            new Measurand(Indicator.Fighters, "IS", [CountryCode.Syria, CountryCode.Iraq], qualifiers: ["foreign"]),
            upTo, "foreigners", february, RnzPublished, [chain], [Quote(Rnz.Value, "up to 3,000 foreigners")]);

        Assert.Equal("between 14,000 and 18,000 militants", militants.ToString());
        Assert.Equal("up to 3,000 foreigners", foreigners.ToString());
        Assert.Equal("RNZ → António Guterres (UN Secretary-General, United Nations) → report to the Security Council (United Nations) in 2019-02",
            militants.Sources[0].ToString());
        Assert.Equal("report to the Security Council", militants.Sources[0].Origin.Name);
        Assert.Equal("reportedly controlled between … and", militants.Hedge.Text);
        Assert.Equal(new LocalDate(2019, 2, 28), militants.ReferenceTime!.To);
        Assert.Equal(new LocalDate(2019, 3, 24), militants.Published!.Date);
        // "including": the foreign part can never exceed the whole, and it is the same measurand but for the qualifier.
        Assert.True(foreigners.Quantity.Value.Upper!.Value.Value <= militants.Quantity.Value.Lower!.Value.Value);
        Assert.Equal([CountryCode.Iraq, CountryCode.Syria], foreigners.Measurand.Places.ToArray());
        Assert.Equal(["foreign"], foreigners.Measurand.Qualifiers.ToArray());
    }

    [Fact]
    public void Coalition_July2018_IraqPlusSyriaIs28To31Thousand_WithTheCommandersLowConfidence()
    {
        var chain = new SourceChain(RnzOutlet,
            new Source(SourceKind.Organisation, "US defence department's watchdog", organisation: "US Department of Defense"),
            new Source(SourceKind.Organisation, "Global Coalition", when: DateRange.Month(2018, 7)));
        var doubt = new StatedConfidence("did not have a lot of confidence in those figures", ConfidenceLevel.Low,
            statedBy: new Source(SourceKind.Group, "US commanders"));
        var july2018 = ReferenceTime.During(DateRange.Month(2018, 7));
        var between = Hedge.Recognize("between … and");
        Estimate Part(string id, decimal low, decimal high, CountryCode place, string quote) =>
            new(id, new Quantity(RangedValue.Between(low, high), Unit.Person), new Measurand(Indicator.Fighters, "IS", [place]),
                between, "militants", july2018, RnzPublished, [chain], [Quote(Rnz.Value, quote)], doubt);
        var iraq = Part("004-coalition-iraq", 15_000, 17_000, CountryCode.Iraq, "between 15,000 and 17,000 IS militants in Iraq");
        var syria = Part("004-coalition-syria", 13_000, 14_000, CountryCode.Syria, "between 13,000 and 14,000 in Syria");

        var total = new Estimate("004-coalition-total", iraq.Quantity.Add(syria.Quantity),
            new Measurand(Indicator.Fighters, "IS", [CountryCode.Syria, CountryCode.Iraq]), between, "militants",
            july2018, RnzPublished, [chain], [.. iraq.Evidence, .. syria.Evidence], doubt);

        Assert.Equal(new Quantity(RangedValue.Between(28_000, 31_000), Unit.Person), total.Quantity);
        Assert.Equal("between 28,000 and 31,000 militants", total.ToString());
        Assert.Equal(IsInIraqAndSyria, new Measurand(Indicator.Fighters, "IS", total.Measurand.Places));
        Assert.Equal(ConfidenceLevel.Low, total.Confidence!.Level);
        Assert.Equal("US commanders", total.Confidence.StatedBy!.Name);
        Assert.Equal("Global Coalition in 2018-07", total.Sources[0].Origin.ToString());
        // The total then falls: February 2019's 14-18k does not overlap it.
        Assert.False(total.Quantity.Overlaps(new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person)));
    }

    [Fact]
    public void Returned_MoreThan5600AsOfOctober2017_IsOpenAboveAndAsOf()
    {
        var moreThan = Hedge.Recognize("more than")!;
        var returned = new Estimate("004-returned", new Quantity(Policy.Interpret(5_600, moreThan.Kinds), Unit.Person),
            new Measurand(Indicator.ForeignFightersReturned, "IS", [CountryCode.Iraq, CountryCode.Syria]), moreThan,
            referenceTime: ReferenceTime.AsOf(DateRange.Month(2017, 10)), published: RnzPublished, sources: [new SourceChain(RnzOutlet)],
            evidence: [Quote(Rnz.Value, "As of October 2017, more than 5,600 had returned")], stated: new StatedFigure(5_600));

        Assert.Equal("more than 5,600 people", returned.ToString());
        Assert.Null(returned.Quantity.Value.Upper);
        Assert.False(returned.Quantity.Value.Lower!.Value.IsInclusive);
        Assert.Equal(ReferenceTimeKind.AsOf, returned.ReferenceTime!.Kind);
        Assert.Equal("as of 2017-10", returned.ReferenceTime.ToString());
    }

    [Fact]
    public void ForeignFighters_Some40000Since2014_KeepsTheHedgeAndTheOpenSpan()
    {
        var some = Hedge.Recognize("some")!;
        var chain = new SourceChain(new Source(SourceKind.Outlet, "Rudaw"), new Source(SourceKind.Organisation, "US intelligence community"));
        var travelled = new Estimate("000-foreign-fighters", new Quantity(Policy.Interpret(40_000, some.Kinds), Unit.Person),
            new Measurand(Indicator.ForeignFightersTravelled, "ISIS", [CountryCode.Iraq, CountryCode.Syria]), some, "foreign fighters",
            ReferenceTime.Since(DateRange.Year(2014)), Rudaw.Value.Published, [chain],
            [Quote(Rudaw.Value, "some 40,000 foreign fighters have joined ISIS in Iraq and Syria since")], stated: new StatedFigure(40_000));

        Assert.Equal("some 40,000 foreign fighters", travelled.ToString());
        Assert.Equal(RangedValue.Between(35_000, 45_000, 40_000), travelled.Quantity.Value);
        Assert.Equal(new LocalDate(2014, 1, 1), travelled.ReferenceTime!.From);
        Assert.Null(travelled.ReferenceTime.To);
        Assert.Equal("2017-07-22", travelled.Published!.ToString());
    }

    [Fact]
    public void Cash_39mTo231mPounds_IsExactDecimalsInGbp()
    {
        var cash = new Estimate("004-cash", new Quantity(RangedValue.Between(39_000_000, 231_000_000), Unit.Money(Currency.PoundSterling)),
            new Measurand(Indicator.Cash, "IS"), new Hedge("is estimated to have between … -", HedgeKinds.Estimated | HedgeKinds.Range),
            published: RnzPublished, sources: [new SourceChain(RnzOutlet)], evidence: [Quote(Rnz.Value, "between £39m-231m in cash")]);

        Assert.Equal(39_000_000m, cash.Quantity.Value.Lower!.Value.Value);
        Assert.Equal(231_000_000m, cash.Quantity.Value.Upper!.Value.Value);
        Assert.Equal("GBP", cash.Quantity.Unit.Code);
        Assert.Equal("between GBP 39,000,000 and GBP 231,000,000", cash.ToString());
        Assert.True(cash.Hedge.Has(HedgeKinds.Estimated | HedgeKinds.Range));
        // The same UN estimate in dollars cannot be combined without a dated rate: units differ.
        var dollars = new Quantity(RangedValue.Between(50_000_000, 300_000_000), Unit.Money(Currency.UsDollar));
        Assert.Contains("convert", Assert.Throws<ArgumentException>(() => cash.Quantity.Overlaps(dollars)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_MostLikely50PerMonth_IsARateWithItsHedgeAndConfidence()
    {
        var mostLikely = Hedge.Recognize("most likely")!;
        var flow = new Estimate("004-flow", new Quantity(Policy.Interpret(50, mostLikely.Kinds), Unit.PerPeriod(TimeUnit.Month)),
            new Measurand(new Indicator("foreign-fighters-arriving"), "IS", [CountryCode.Iraq, CountryCode.Syria]), mostLikely, "people",
            published: RnzPublished, sources: [new SourceChain(RnzOutlet, new Source(SourceKind.Organisation, "Global Coalition"))],
            evidence: [Quote(Rnz.Value, "most likely 50 per month")],
            confidence: new StatedConfidence("most likely", ConfidenceLevel.High), stated: new StatedFigure(50));

        Assert.Equal("most likely 50 people per month", flow.ToString());
        Assert.Equal(50, flow.Quantity.Value.Best);
        Assert.Equal(Dimension.Rate, flow.Quantity.Unit.Dimension);
        Assert.Equal(TimeUnit.Month, flow.Quantity.Unit.Period);
    }

    [Fact]
    public void Resurgence_SixTo12Months_IsADuration()
    {
        var resurge = new Estimate("004-resurgence", new Quantity(RangedValue.Between(6, 12), Unit.Duration(TimeUnit.Month)),
            new Measurand(new Indicator("time-to-resurgence"), "IS", [CountryCode.Syria], region: "Middle Euphrates River Valley"),
            new Hedge("within … to", HedgeKinds.Range), referenceTime: ReferenceTime.During(DateRange.Month(2019, 1)), published: RnzPublished,
            sources: [new SourceChain(RnzOutlet, new Source(SourceKind.Report, "Office of the Inspector General", organisation: "US Department of Defense"),
                new Source(SourceKind.Group, "military officials", when: DateRange.Month(2019, 1)))],
            evidence: [Quote(Rnz.Value, "within six to 12 months")], confidence: new StatedConfidence("could likely", ConfidenceLevel.Moderate));

        Assert.Equal("between 6 and 12 months", resurge.ToString());
        Assert.Equal("time-to-resurgence of IS in SY, Middle Euphrates River Valley", resurge.Measurand.ToString());
        Assert.Throws<ArgumentException>(() => resurge.Quantity.Add(Quantity.Exact(6, Unit.Duration(TimeUnit.Year))));
    }

    [Fact]
    public void Territory_88000SquareKilometres_IsAnExactArea()
    {
        var territory = new Estimate("004-territory", Quantity.Exact(88_000, Unit.SquareKilometre),
            new Measurand(Indicator.Territory, "IS", [CountryCode.Syria, CountryCode.Iraq]), published: RnzPublished,
            sources: [new SourceChain(RnzOutlet)], evidence: [Quote(Rnz.Value, "88,000 square kilometres")]);

        Assert.Equal("88,000 square kilometres", territory.ToString());
        Assert.True(territory.Quantity.Value.IsExact);
        Assert.Equal(Hedge.None, territory.Hedge);
    }

    [Fact]
    public void Baghdadi_99PercentAlive_IsAStatedConfidenceWithAProbability()
    {
        var talabany = new Source(SourceKind.Person, "Lahur Talabany",
            role: "director of the Kurdistan Regional Government's intelligence agency and Counter-Terrorism Group");
        var quote = Quote(Rudaw.Value, "We believe 99 percent he is alive");
        var alive = new StatedConfidence(quote.Quote, ConfidenceLevel.High, probability: 0.99m, statedBy: talabany);

        Assert.Equal(0.99m, alive.Probability);
        Assert.Equal("“We believe 99 percent he is alive” (High)", alive.ToString());
        Assert.Equal("Lahur Talabany", alive.StatedBy!.Name);
    }

    [Fact]
    public void Voa_UndatedArticle_HasABoundedPublicationTimeWithItsReasoning()
    {
        var fighters = new Estimate("001-fighters", new Quantity(RangedValue.Between(10_000, 15_000), Unit.Person), IsInIraqAndSyria,
            new Hedge("estimated … to", HedgeKinds.Estimated | HedgeKinds.Range), "fighters", published: Voa.Value.Published,
            sources: [new SourceChain(new Source(SourceKind.Outlet, "VOA"), new Source(SourceKind.Group, "U.N. member states"))],
            evidence: [Quote(Voa.Value, "estimated 10,000 to 15,000 fighters")]);

        var published = fighters.Published!;
        Assert.Equal(PublicationTimeKind.Bounded, published.Kind);
        Assert.Null(published.Date);
        Assert.Null(published.ExactTime);
        Assert.Equal(new LocalDate(2019, 4, 1), published.Earliest);
        Assert.Equal(new LocalDate(2019, 12, 31), published.Latest);
        Assert.Contains("this past March", published.Reasoning, StringComparison.Ordinal);
        Assert.Equal("between 2019-04-01 and 2019-12-31", published.ToString());
        Assert.Equal("between 10,000 and 15,000 fighters", fighters.ToString());
    }

    [Fact]
    public void Rnz_PublicationTime_IsExactInAucklandTime()
    {
        var document = Rnz.Value;
        Assert.Equal(PublicationTimeKind.Exact, document.Published!.Kind);
        Assert.Equal("2019-03-24T19:25:00 Pacific/Auckland (+13)", document.Published.ToString());
        Assert.Equal(Instant.FromUtc(2019, 3, 24, 6, 25), document.Published.ExactTime!.Value.ToInstant());
        Assert.Contains("7:25 pm on 24 March 2019", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Netherlands_SlightlyMoreThan50OfApproximately300_KeepBothHedges()
    {
        var document = new Document(new DocumentId("002_cc8be146a8ed5ffc"), File.ReadAllText(RepositoryPaths.Combine("seeds", "002_cc8be146a8ed5ffc.txt")),
            PublicationTime.Within(new DateInterval(new LocalDate(2017, 10, 17), new LocalDate(2017, 10, 31)),
                "Raqqa fell (17 October 2017) \"this month\"."));
        var netherlands = new CountryCode("NL");
        var chain = new SourceChain(new Source(SourceKind.Outlet, "VOA"),
            new Source(SourceKind.Person, "Dick Schoof", role: "Dutch national counterterrorism coordinator"));
        Estimate Figure(string id, string hedgeWords, decimal stated, Indicator indicator, string quote)
        {
            var hedge = Hedge.Recognize(hedgeWords)!;
            return new Estimate(id, new Quantity(Policy.Interpret(stated, hedge.Kinds), Unit.Person),
                new Measurand(indicator, "IS", [netherlands], qualifiers: ["foreign"]), hedge, "foreign fighters",
                published: document.Published, sources: [chain], evidence: [Quote(document, quote)], stated: new StatedFigure(stated));
        }
        var travelled = Figure("002-nl-travelled", "approximately", 300, Indicator.ForeignFightersTravelled, "approximately 300 foreign fighters");
        var returned = Figure("002-nl-returned", "slightly more than", 50, Indicator.ForeignFightersReturned, "slightly more than 50 have returned");

        Assert.Equal("approximately 300 foreign fighters", travelled.ToString());
        Assert.Equal("slightly more than 50 foreign fighters", returned.ToString());
        Assert.Equal(RangedValue.Between(250, 350, 300), travelled.Quantity.Value);
        Assert.Equal(RangedValue.MoreThan(50), returned.Quantity.Value);
        Assert.Equal("NL", netherlands.Code);
        Assert.Equal(new LocalDate(2017, 10, 31), document.Published!.Latest);
    }
}
