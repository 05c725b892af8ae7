using System.Collections.Immutable;
using System.Linq;
using ConflictData.Reconciliation;
using ConflictData.Tests.Infrastructure;
using NodaTime;

namespace ConflictData.Tests.Reconciliation;

/// <summary>Reconciliation of the seed corpus: each case the seed articles teach, end to end.</summary>
public class ReconcilerSeedTests
{
    private const string Travelled = "foreign-fighters-travelled [foreign] of IS in IQ+SY (person)";
    private const string Fighters = "fighters of IS in IQ+SY (person)";

    private static readonly ReconciliationReport Report = Reconciler.Reconcile(SeedCorpus.Estimates);

    private static ReconciledGroup Group(string name) => Report.GetGroup(name);

    [Fact]
    public void MoreThan45000_AndUpTo40000_In2019_AreAConflict_WithBothLocations()
    {
        var later = Group(Travelled + " @ 2019-04-01/2019-12-31");
        var earlier = Group(Travelled + " @ 2019-03-24");
        var conflict = later.Diagnostics.Single(d => d.Id == "CD0001");

        Assert.Equal(DiagnosticSeverity.Warning, conflict.Severity);
        Assert.Equal(["004-foreigners-travelled-total", "001-us-officials-fighters"], conflict.EstimateIds.AsEnumerable());
        Assert.Equal(["Up to 40,000 foreigners are estimated to have travelled", "more than 45,000 fighters"], conflict.Locations.Select(l => l.Quote));
        Assert.Equal(["004_21cca053a9288443", "001_fb569d6cb6497253"], conflict.Locations.Select(l => l.Document.Value));
        var corpus = SeedCorpus.Load();
        Assert.All(conflict.Locations, l => Assert.Equal(l.Quote, corpus.GetDocument(l.Document).Text.Substring(l.Span.Start, l.Span.Length)));
        Assert.Contains(conflict, earlier.Diagnostics);
        Assert.True(later.HasConflict && earlier.HasConflict);
        Assert.Contains("[45001, )", conflict.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void MoreThan45000_IsNormalisedToAtLeast45001_AndTheExplanationSaysSo()
    {
        var input = Group(Travelled + " @ 2019-04-01/2019-12-31").Inputs.Single();

        Assert.Equal(RangedValue.MoreThan(45_000), input.Stated.Value);
        Assert.Equal(RangedValue.AtLeast(45_001), input.Compared);
        Assert.Equal("(45000, ) normalised to [45001, ): a count of person is a whole number", input.Normalisation);
        Assert.Contains("normalised: (45000, ) normalised to [45001, )", Group(Travelled + " @ 2019-04-01/2019-12-31").Explain(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void DollarsAndPounds_OfOneUnEstimate_AreCountedOnce_AfterConversion()
    {
        var funds = Group("funds [reserves] of IS (money) @ 2019-01-01/2019-03-24");

        Assert.Equal(new Quantity(RangedValue.Between(50_000_000, 300_000_000), Unit.Money(Currency.UsDollar)), funds.Value);
        var dollars = funds.Inputs.Single(i => i.Id == "001-un-funds");
        var pounds = funds.Inputs.Single(i => i.Id == "004-un-funds-sterling");
        Assert.Equal(InputRole.SetLower | InputRole.SetUpper, dollars.Role);
        Assert.Equal(["004-un-funds-sterling"], dollars.Citations.Select(c => c.Id));
        Assert.Equal(InputRole.Duplicate, pounds.Role);
        Assert.Equal(1.3169m, pounds.Conversion!.Rate.Rate);
        Assert.Equal(DateRange.Month(2019, 3), pounds.Conversion.Rate.Period);
        Assert.Contains("Bank of England", pounds.Conversion.Rate.Source, System.StringComparison.Ordinal);
        Assert.Equal(RangedValue.Between(51_359_100, 304_203_900), pounds.Compared);
        Assert.Equal(["CD0003", "CD0002", "CD0008"], funds.Diagnostics.Select(d => d.Id));
        Assert.Contains("hedged differently", funds.Diagnostics[1].Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(funds.Diagnostics, d => d.Id == "CD0001");
        // One origin, one input to every rule: two citations are not two corroborating sources.
        Assert.Single(funds.LeaveOneOriginOut());
        Assert.All(funds.CompareRules(), r => Assert.Single(r.Outcomes));
    }

    [Fact]
    public void WithoutAnExchangeRate_ThePoundFigure_IsLeftOutWithADiagnostic_NotGuessed()
    {
        var report = Reconciler.Reconcile(SeedCorpus.Estimates, new ReconciliationOptions { ExchangeRates = ExchangeRates.Empty });
        var funds = report.GetGroup("funds [reserves] of IS (money) @ 2019-01-01/2019-03-24");

        var missing = funds.Diagnostics.Single(d => d.Id == "CD0004");
        Assert.Equal("004-un-funds-sterling: the exchange-rate table has no GBP/USD rate for 2019-03-24; the estimate is left out rather than converted at a guessed rate", missing.Message);
        Assert.Equal(InputRole.Excluded, funds.Inputs.Single(i => i.Id == "004-un-funds-sterling").Role);
        Assert.Equal(RangedValue.Between(50_000_000, 300_000_000), funds.Value!.Value);
    }

    [Fact]
    public void July2018_IraqAndSyria_AreSummedTo28000To31000_AndCheckedAgainstTheWhole()
    {
        var sum = Group(Fighters + " @ 2018-07");

        Assert.True(sum.IsSumOfParts);
        Assert.Equal(RangedValue.Between(28_000, 31_000), sum.Value!.Value);
        Assert.Equal(["fighters of IS in IQ (person) @ 2018-07", "fighters of IS in SY (person) @ 2018-07"], sum.Parts.AsEnumerable());
        Assert.All(sum.Inputs, i => Assert.Equal(InputRole.Part, i.Role));
        Assert.Equal(["004-coalition-iraq-2018", "004-coalition-syria-2018"], sum.Inputs.Select(i => i.Id));
        // The whole's nearest own figure (Guterres, February 2019) is months later: a change, not a conflict.
        var february = Group(Fighters + " @ 2019-02");
        var change = february.Diagnostics.Single(d => d.Id == "CD0009");
        Assert.Equal(["004-coalition-iraq-2018", "004-coalition-syria-2018", "004-guterres-militants-iraq-syria"], change.EstimateIds.AsEnumerable());
        Assert.Contains("185 days apart", change.Message, System.StringComparison.Ordinal);
        Assert.False(february.HasConflict);
        // The parts carry the commanders' stated doubt.
        var iraq = Group("fighters of IS in IQ (person) @ 2018-07");
        Assert.Equal("004-coalition-iraq-2018: low confidence stated by US commanders (US military): “did not have a lot of confidence in those figures”",
            iraq.Diagnostics.Single(d => d.Id == "CD0007").Message);
        Assert.Equal([sum.Name], iraq.Wholes.AsEnumerable());
    }

    [Fact]
    public void July2018_PartsAreCheckedAgainstAWholeOfTheSameTime_WhenThereIsOne()
    {
        var whole = new Estimate("test-whole-2018", Quantity.Exact(20_000, Unit.Person),
            new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria]),
            referenceTime: ReferenceTime.During(DateRange.Month(2018, 7)));
        var report = Reconciler.Reconcile(SeedCorpus.Estimates.Add(whole));

        var group = report.GetGroup(Fighters + " @ 2018-07");
        Assert.False(group.IsSumOfParts);
        var inconsistent = group.Diagnostics.Single(d => d.Id == "CD0005");
        Assert.Equal("fighters of IS in IQ (person) @ 2018-07 + fighters of IS in SY (person) @ 2018-07 cannot be a part of fighters of IS in IQ+SY (person) @ 2018-07: the parts' lower bounds sum to 28000, above the whole's upper bound 20000",
            inconsistent.Message);
        Assert.Equal(["004-coalition-iraq-2018", "004-coalition-syria-2018", "test-whole-2018"], inconsistent.EstimateIds.AsEnumerable());
        Assert.True(group.HasConflict);
    }

    [Fact]
    public void UpTo3000Foreigners_IsAPartOf_Between14000And18000Militants()
    {
        var whole = Group(Fighters + " @ 2019-02");
        var foreigners = Group("fighters [foreign] of IS in IQ+SY (person) @ 2019-02");

        Assert.Contains(foreigners.Name, whole.Parts);
        Assert.Equal([whole.Name], foreigners.Wholes.AsEnumerable());
        Assert.Equal(RangedValue.AtMost(3_000), foreigners.Value!.Value);
        Assert.DoesNotContain(whole.Diagnostics.Concat(foreigners.Diagnostics), d => d.Id == "CD0005");
    }

    [Fact]
    public void APartAboveItsWhole_IsReported()
    {
        var tooMany = new Estimate("test-foreigners", Quantity.Exact(19_000, Unit.Person),
            new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria], qualifiers: ["foreign"]),
            referenceTime: ReferenceTime.During(DateRange.Month(2019, 2)));
        var report = Reconciler.Reconcile(SeedCorpus.Estimates.Remove(SeedCorpus.Load().GetEstimate("004-guterres-foreigners")).Add(tooMany));

        var diagnostic = report.GetGroup(Fighters + " @ 2019-02").Diagnostics.Single(d => d.Id == "CD0005");
        Assert.Equal("fighters [foreign] of IS in IQ+SY (person) @ 2019-02 cannot be a part of fighters of IS in IQ+SY (person) @ 2019-02: the part is at least 19000, above the whole's upper bound 18000",
            diagnostic.Message);
    }

    [Fact]
    public void TheTimeline_OfFightersInIraqAndSyria_IsInReferenceTimeOrder()
    {
        var key = new QuantityKey(new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria]), "person");
        var timeline = Report.GetTimeline(key)!;

        Assert.Equal(["2018-07", "2019-02", "2019-03-11/2019-03-20", "2019-04-01/2019-12-31"], timeline.Points.Select(p => p.Time!.ToString()));
        Assert.Equal([RangedValue.Between(28_000, 31_000), RangedValue.Between(14_000, 18_000), RangedValue.Between(15_000, 20_000), RangedValue.Between(10_000, 15_000)],
            timeline.Points.Select(p => p.Value!.Value));
        Assert.Equal(["sum-of-parts", "envelope", "envelope", "envelope"], timeline.Points.Select(p => p.Rule));
    }

    [Fact]
    public void AsKnownOn_IncludesExcludesOrMarks_TheUndatedVoaArticleOf2017()
    {
        static ReconciliationReport KnownOn(int year, int month, int day) =>
            Reconciler.Reconcile(SeedCorpus.Estimates, new ReconciliationOptions { AsKnownOn = new LocalDate(year, month, day) });
        const string Dutch = "002-schoof-dutch-foreign-fighters";

        var before = KnownOn(2017, 10, 16);
        Assert.Equal("it was published between 2017-10-17 and 2017-10-31, after 2017-10-16", before.Filtered.Single(f => f.Id == Dutch).Reason);
        Assert.DoesNotContain(before.Groups.SelectMany(g => g.Inputs), i => i.Id == Dutch);

        var during = KnownOn(2017, 10, 20);
        var possibly = during.Diagnostics.Single(d => d.Id == "CD0013" && d.EstimateIds[0] == Dutch);
        Assert.Equal("002-schoof-dutch-foreign-fighters: published between 2017-10-17 and 2017-10-31, so possibly but not certainly known on 2017-10-20", possibly.Message);
        Assert.Contains(during.Groups.SelectMany(g => g.Inputs), i => i.Id == Dutch);
        Assert.Contains(during.Filtered, f => f.Id == "004-guterres-militants-iraq-syria");

        var after = KnownOn(2017, 11, 1);
        Assert.Contains(after.Groups.SelectMany(g => g.Inputs), i => i.Id == Dutch);
        Assert.DoesNotContain(after.Diagnostics, d => d.Id == "CD0013");
    }

    [Fact]
    public void AsKnownOn_BeforeTheUndated2019VoaArticle_ThereIsNoConflictYet()
    {
        var march = Reconciler.Reconcile(SeedCorpus.Estimates, new ReconciliationOptions { AsKnownOn = new LocalDate(2019, 3, 30) });
        Assert.Contains(march.Filtered, f => f.Id == "001-us-officials-fighters");
        Assert.DoesNotContain(march.Diagnostics, d => d.Id == "CD0001");

        var june = Reconciler.Reconcile(SeedCorpus.Estimates, new ReconciliationOptions { AsKnownOn = new LocalDate(2019, 6, 1) });
        Assert.Contains(june.Diagnostics, d => d.Id == "CD0013" && d.EstimateIds.SequenceEqual(["001-us-officials-fighters"]));
        Assert.Contains(june.Diagnostics, d => d.Id == "CD0001");
    }

    [Fact]
    public void ValidAt_SelectsEstimatesWhoseReferenceTimeCoversTheDay()
    {
        var june = Reconciler.Reconcile(SeedCorpus.Estimates, new ReconciliationOptions { ValidAt = new LocalDate(2019, 6, 1) });
        Assert.Equal(RangedValue.Between(10_000, 15_000), june.GetGroup(Fighters + " @ 2019-04-01/2019-12-31").Value!.Value);
        Assert.DoesNotContain(june.Groups, g => g.Name == Fighters + " @ 2019-02");
        Assert.Equal("it refers to 2019-02-01/2019-02-28, which does not cover 2019-06-01", june.Filtered.Single(f => f.Id == "004-guterres-militants-iraq-syria").Reason);

        var february = Reconciler.Reconcile(SeedCorpus.Estimates, new ReconciliationOptions { ValidAt = new LocalDate(2019, 2, 15) });
        Assert.Equal(RangedValue.Between(14_000, 18_000), february.GetGroup(Fighters + " @ 2019-02").Value!.Value);
        Assert.Contains(february.Filtered, f => f.Id == "001-un-fighters-heartlands");
        Assert.Contains(february.Filtered, f => f.Id == "002-schoof-dutch-foreign-fighters");
    }

    [Fact]
    public void TheReport_DoesNotDependOnTheOrderOfEstimates()
    {
        var reversed = Reconciler.Reconcile(SeedCorpus.Estimates.Reverse());
        Assert.Equal(Report.Groups.Select(g => g.Explain()), reversed.Groups.Select(g => g.Explain()));
    }

    [Fact]
    public void TheExplanation_IsCultureInvariant() =>
        CultureScope.AssertInvariant(() => string.Concat(Reconciler.Reconcile(SeedCorpus.Estimates).Groups.Select(g => g.Explain())));

    [Fact]
    public void EveryGroupName_IsUnique_AndEveryEstimate_IsInExactlyOneGroup()
    {
        Assert.Equal(Report.Groups.Length, Report.Groups.Select(g => g.Name).Distinct().Count());
        var direct = Report.Groups.Where(g => !g.IsSumOfParts).SelectMany(g => g.Inputs).Select(i => i.Id).ToList();
        Assert.Equal(SeedCorpus.Estimates.Select(e => e.Id).Order(), direct.Order());
    }
}
