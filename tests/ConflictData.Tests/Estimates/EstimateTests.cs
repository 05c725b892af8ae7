using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Estimates;

public class EstimateTests
{
    private static readonly SignificantDigitApproximationPolicy Policy = SignificantDigitApproximationPolicy.Instance;
    private static readonly Measurand IsFighters = new(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria]);

    private static Estimate Figure(RangedValue value, string? hedge, string? noun, Unit? unit = null) =>
        new("e1", new Quantity(value, unit ?? Unit.Person), IsFighters, hedge is null ? null : Hedge.Recognize(hedge) ?? new Hedge(hedge, HedgeKinds.Approximate), noun);

    private static Estimate Stated(decimal stated, string hedge, string? noun, Unit? unit = null)
    {
        var words = Hedge.Recognize(hedge)!;
        return new("e1", new Quantity(Policy.Interpret(stated, words.Kinds), unit ?? Unit.Person), IsFighters, words, noun);
    }

    // The seed articles' own figures, as the model writes them back.
    public static TheoryData<Estimate, string> SeedFigures => new()
    {
        { Figure(RangedValue.Between(14_000, 18_000), "between … and", "militants"), "between 14,000 and 18,000 militants" },
        { Stated(40_000, "some", "foreign fighters"), "some 40,000 foreign fighters" },
        { Stated(5_600, "more than", null), "more than 5,600 people" },
        { Stated(3_000, "up to", "foreigners"), "up to 3,000 foreigners" },
        { Stated(10_000, "as many as", null), "as many as 10,000 people" },
        { Stated(30_000, "upwards of", "civilians"), "upwards of 30,000 civilians" },
        { Stated(50, "slightly more than", "foreign fighters"), "slightly more than 50 foreign fighters" },
        { Stated(300, "approximately", "foreign fighters"), "approximately 300 foreign fighters" },
        { Stated(300, "or so", "hard-core IS fighters"), "300 or so hard-core IS fighters" },
        { Stated(8_000_000, "almost", null), "almost 8,000,000 people" },
        { Stated(45_000, "more than", "fighters"), "more than 45,000 fighters" },
        { Stated(1_000, "about", "foreign IS fighters"), "about 1,000 foreign IS fighters" },
        { Stated(50, "most likely", "people", Unit.PerPeriod(TimeUnit.Month)), "most likely 50 people per month" },
        { Figure(RangedValue.Between(2_500, 4_000), "between … and", "members"), "between 2,500 and 4,000 members" },
        { Figure(RangedValue.Between(6, 12), "… to", null, Unit.Duration(TimeUnit.Month)), "between 6 and 12 months" },
        { Figure(RangedValue.Exact(88_000), null, null, Unit.SquareKilometre), "88,000 square kilometres" },
        { Figure(RangedValue.Exact(25_000_000), null, "bounty", Unit.Money(Currency.UsDollar)), "USD 25,000,000" },
        { Figure(RangedValue.Between(39_000_000, 231_000_000), "between … and", null, Unit.Money(Currency.PoundSterling)), "between GBP 39,000,000 and GBP 231,000,000" },
        { Figure(RangedValue.Exact(400), null, "peacekeepers"), "400 peacekeepers" },
        { Figure(RangedValue.Exact(-9), null, null, Unit.Percent), "-9 percent" },
    };

    [Theory]
    [MemberData(nameof(SeedFigures))]
    public void ToString_SeedFigure_KeepsItsHedgeWordsAndNoun(Estimate estimate, string expected) =>
        Assert.Equal(expected, estimate.ToString());

    [Fact]
    public void ToString_HedgeWordsWithAPlaceholder_PutTheFigureInPlace()
    {
        var hedge = new Hedge("Up to … are estimated", HedgeKinds.UpTo | HedgeKinds.Estimated);
        var estimate = new Estimate("e", new Quantity(RangedValue.AtMost(40_000), Unit.Person), IsFighters, hedge, "foreigners");
        Assert.Equal("Up to 40,000 foreigners are estimated", estimate.ToString());
    }

    [Theory]
    [InlineData("or so", "300 or so fighters")]
    [InlineData("Or so", "300 Or so fighters")]
    [InlineData("… or so", "300 or so fighters")]
    public void ToString_OrSo_StandsBetweenTheNumberAndTheNoun(string words, string expected)
    {
        var estimate = new Estimate("e", new Quantity(RangedValue.Between(250, 350, 300), Unit.Person), IsFighters,
            new Hedge(words, HedgeKinds.Approximate), "fighters");
        Assert.Equal(expected, estimate.ToString());
    }

    [Fact]
    public void ToString_HedgeWordsThatDoNotMatchTheRange_FallBackToTheCanonicalForm()
    {
        // "more than" said of a closed range: the words cannot be placed honestly, so the range is written out.
        var estimate = new Estimate("e", new Quantity(RangedValue.Between(1, 2), Unit.Person), IsFighters, Hedge.Recognize("more than"));
        Assert.Equal("between 1 and 2 people", estimate.ToString());
    }

    [Fact]
    public void ToString_ApproximateHedgeWithoutBestValue_IsCanonical()
    {
        var estimate = new Estimate("e", new Quantity(RangedValue.Between(35_000, 45_000), Unit.Person), IsFighters, Hedge.Recognize("some"), "fighters");
        Assert.Equal("between 35,000 and 45,000 fighters", estimate.ToString());
    }

    [Fact]
    public void ToString_UnderHostileCultures_IsTheSame() =>
        CultureScope.AssertInvariant(() => Stated(2.5m, "about", null, Unit.Percent).ToString() + Stated(40_000, "some", "foreign fighters"));

    [Fact]
    public void Construction_Minimal_DefaultsEverythingOptional()
    {
        var estimate = new Estimate("e1", Quantity.Exact(1, Unit.Person), IsFighters);
        Assert.Equal(Hedge.None, estimate.Hedge);
        Assert.Null(estimate.Noun);
        Assert.Null(estimate.ReferenceTime);
        Assert.Null(estimate.Published);
        Assert.Empty(estimate.Sources);
        Assert.Empty(estimate.Evidence);
        Assert.Null(estimate.Confidence);
        Assert.Null(estimate.Reliability);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("slash/id")]
    [InlineData("ümlaut")]
    public void Construction_MalformedId_IsRejectedNamingId(string id)
    {
        var e = Assert.Throws<ArgumentException>(() => new Estimate(id, Quantity.Exact(1, Unit.Person), IsFighters));
        Assert.Equal("id", e.ParamName);
        Assert.Contains("not an estimate id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NullRequiredArguments_AreRejectedByName()
    {
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => new Estimate(null!, Quantity.Exact(1, Unit.Person), IsFighters)).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentNullException>(() => new Estimate("e", null!, IsFighters)).ParamName);
        Assert.Equal("measurand", Assert.Throws<ArgumentNullException>(() => new Estimate("e", Quantity.Exact(1, Unit.Person), null!)).ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("militants ")]
    public void Construction_BlankOrPaddedNoun_IsRejected(string noun)
    {
        var e = Assert.Throws<ArgumentException>(() => new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, noun: noun));
        Assert.Equal("noun", e.ParamName);
    }

    [Fact]
    public void Construction_NullInsideCollections_IsRejectedByName()
    {
        var e = Assert.Throws<ArgumentException>(() => new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, sources: [null!]));
        Assert.Equal("sources", e.ParamName);
        Assert.Contains("null", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, evidence: [null!]));
        Assert.Equal("evidence", e.ParamName);
    }

    [Fact]
    public void Construction_CollectionsAreCopied_SoLaterChangesToTheInputDoNotLeakIn()
    {
        var chains = new List<SourceChain> { new(new Source(SourceKind.Outlet, "RNZ")) };
        var estimate = new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, sources: chains);
        chains.Add(new SourceChain(new Source(SourceKind.Outlet, "VOA")));
        Assert.Single(estimate.Sources);
    }

    [Fact]
    public void Equality_IsComponentWise_AndHashesAgree()
    {
        Estimate Build(string outlet, decimal upper) => new("e", new Quantity(RangedValue.Between(1, upper), Unit.Person), IsFighters,
            Hedge.Recognize("between … and"), "militants", ReferenceTime.During(DateRange.Month(2019, 2)),
            PublicationTime.OnDate(new NodaTime.LocalDate(2019, 3, 24)), [new SourceChain(new Source(SourceKind.Outlet, outlet))],
            confidence: new StatedConfidence("most likely", ConfidenceLevel.High), reliability: ReliabilityGrade.Parse("B2").Value);
        var a = Build("RNZ", 2);
        var b = Build("RNZ", 2);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, Build("VOA", 2));
        Assert.NotEqual(a, Build("RNZ", 3));
        Assert.True(a != Build("VOA", 2));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"e"));
    }

    [Fact]
    public void Equality_DiffersByEachOptionalPart()
    {
        var baseline = new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters);
        var variants = new[]
        {
            new Estimate("f", Quantity.Exact(1, Unit.Person), IsFighters),
            new Estimate("e", Quantity.Exact(2, Unit.Person), IsFighters),
            new Estimate("e", Quantity.Exact(1, Unit.Person), new Measurand(Indicator.Fighters)),
            new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, hedge: Hedge.Recognize("some")),
            new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, noun: "militant"),
            new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, referenceTime: ReferenceTime.Since(DateRange.Year(2014))),
            new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, confidence: new StatedConfidence("likely", ConfidenceLevel.Moderate)),
            new Estimate("e", Quantity.Exact(1, Unit.Person), IsFighters, reliability: ReliabilityGrade.Parse("C3").Value),
        };
        foreach (var variant in variants)
        {
            Assert.NotEqual(baseline, variant);
        }
    }
}
