using System.Linq;
using ConflictData.Reconciliation;
using NodaTime;

namespace ConflictData.Tests.Reconciliation;

/// <summary>Grouping overrides, same-origin hedging, severities and argument checks, on small hand-made data.</summary>
public class ReconcilerTests
{
    private static readonly Measurand Fighters = new(Indicator.Fighters, "IS", [CountryCode.Iraq]);

    private static Estimate Figure(string id, RangedValue value, Hedge hedge, string outlet, string origin = "Pentagon briefing", Measurand? measurand = null) =>
        new(id, new Quantity(value, Unit.Person), measurand ?? Fighters, hedge,
            referenceTime: ReferenceTime.AsOf(DateRange.Day(new LocalDate(2019, 5, 1))),
            published: PublicationTime.OnDate(new LocalDate(2019, 5, 2)),
            sources: [new SourceChain(new Source(SourceKind.Outlet, outlet), new Source(SourceKind.Report, origin, organisation: "U.S. Department of Defense"))]);

    [Fact]
    public void OneBriefing_RelayedWithThreeHedges_IsOneEstimateWithThreeCitations_NotAConflict()
    {
        var report = Reconciler.Reconcile([
            Figure("a", RangedValue.AtLeast(8_000), Hedge.Recognize("at least")!, "AFP"),
            Figure("b", RangedValue.Exact(8_000), Hedge.None, "Reuters", "the Pentagon Briefing"),
            Figure("c", RangedValue.AtMost(8_000), Hedge.Recognize("as many as")!, "AP", "Pentagon  briefing")]);

        var group = report.Groups.Single();
        Assert.Equal(["b", "c"], group.Inputs.Single(i => i.Id == "a").Citations.Select(c => c.Id).ToArray());
        Assert.Equal(RangedValue.AtLeast(8_000), group.Value!.Value);
        Assert.Equal(["CD0002", "CD0002", "CD0008"], group.Diagnostics.Select(d => d.Id).ToArray());
        Assert.Contains("hedged differently (“at least” and “as many as”)", group.Diagnostics[1].Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain(group.Diagnostics, d => d.Id == "CD0001");
    }

    [Fact]
    public void DifferentFigures_OfOneOrigin_AreNotCollapsed()
    {
        var report = Reconciler.Reconcile([
            Figure("a", RangedValue.Exact(8_000), Hedge.None, "AFP"),
            Figure("b", RangedValue.Exact(9_000), Hedge.None, "Reuters")]);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "CD0002");
        Assert.Contains(report.Diagnostics, d => d.Id == "CD0001");
    }

    [Fact]
    public void ACustomOriginNormalizer_CanDeclareAliases()
    {
        var estimates = new[]
        {
            Figure("a", RangedValue.Exact(8_000), Hedge.None, "AFP", "DoD briefing"),
            Figure("b", RangedValue.Exact(8_000), Hedge.None, "Reuters", "Pentagon briefing"),
        };
        Assert.DoesNotContain(Reconciler.Reconcile(estimates).Diagnostics, d => d.Id == "CD0002");
        var aliases = new AliasNormalizer();
        Assert.Contains(Reconciler.Reconcile(estimates, new ReconciliationOptions { Origins = aliases }).Diagnostics, d => d.Id == "CD0002");
    }

    private sealed class AliasNormalizer : OriginNormalizer
    {
        public override string Normalize(string text) => base.Normalize(text).Replace("dod", "pentagon", System.StringComparison.Ordinal);
    }

    [Fact]
    public void ForcedAndForbiddenPairings_OverrideTheKeys()
    {
        var syria = new Measurand(Indicator.Fighters, "IS", [CountryCode.Syria]);
        var a = Figure("a", RangedValue.Exact(8_000), Hedge.None, "AFP");
        var b = Figure("b", RangedValue.Exact(9_000), Hedge.None, "AP", "other", syria);
        var c = Figure("c", RangedValue.Exact(8_500), Hedge.None, "Reuters", "third");

        var forced = Reconciler.Reconcile([a, b, c], new ReconciliationOptions { ForcedPairs = [("a", "b")] });
        var together = forced.Groups.Single();
        Assert.Equal("grouped with a by a forced pairing (its own key is fighters of IS in SY (person))", together.Inputs.Single(i => i.Id == "b").Grouping);

        var forbidden = Reconciler.Reconcile([a, c], new ReconciliationOptions { ForbiddenPairs = [("a", "c")] });
        Assert.Equal(["fighters of IS in IQ (person) @ 2019-05-01", "fighters of IS in IQ (person) #c @ 2019-05-01"], forbidden.Groups.Select(g => g.Name).ToArray());
    }

    [Fact]
    public void ACustomKeyFunction_DecidesTheGroups()
    {
        var byActorOnly = new ReconciliationOptions
        {
            KeySelector = e => new QuantityKey(new Measurand(e.Measurand.Indicator, e.Measurand.Actor), QuantityKey.FamilyOf(e.Quantity.Unit)),
        };
        var report = Reconciler.Reconcile(SeedCorpus.Estimates, byActorOnly);
        // Iraq and Syria in one group: July 2018's two figures are merged, not summed.
        var july = report.GetGroup("fighters of IS (person) @ 2018-07");
        Assert.Equal(["004-coalition-iraq-2018", "004-coalition-syria-2018"], july.Inputs.Select(i => i.Id).ToArray());
        Assert.Equal(RangedValue.Between(13_000, 17_000), july.Value!.Value);
    }

    [Fact]
    public void SeveritiesAreTheUsersToRaiseLowerOrSuppress()
    {
        var options = new ReconciliationOptions { Diagnostics = DiagnosticOptions.Parse("dotnet_diagnostic.CD0001.severity = error\nCD0008 = none") };
        var report = Reconciler.Reconcile(SeedCorpus.Estimates, options);
        Assert.All(report.Diagnostics.Where(d => d.Id == "CD0001"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "CD0008");
    }

    [Fact]
    public void RepeatedIds_AndANegativeWindow_AreRejected()
    {
        var a = Figure("a", RangedValue.Exact(1), Hedge.None, "AFP");
        Assert.StartsWith("Two estimates have the id \"a\"", Assert.Throws<System.ArgumentException>(() => Reconciler.Reconcile([a, a])).Message, System.StringComparison.Ordinal);
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Reconciler.Reconcile([a], new ReconciliationOptions { CompareWithinDays = -1 }));
    }

    [Fact]
    public void ReferenceInterval_OfSince_RunsToThePublication()
    {
        var since = SeedCorpus.Load().GetEstimate("000-us-intel-foreign-fighters");
        Assert.Equal(new DateInterval(new LocalDate(2014, 1, 1), new LocalDate(2017, 7, 22)), Reconciler.ReferenceInterval(since));
    }

    [Fact]
    public void IntegralBounds_MakeExclusiveBoundsOfCountsWhole()
    {
        Assert.Equal(RangedValue.AtLeast(45_001), IntegralBounds.Normalize(RangedValue.MoreThan(45_000)));
        Assert.Equal(RangedValue.Between(2_000, 9_999), IntegralBounds.Normalize(new RangedValue(Bound.Inclusive(2_000), Bound.Exclusive(10_000))));
        Assert.Equal(RangedValue.Between(3, 4), IntegralBounds.Normalize(RangedValue.Between(2.5m, 4.5m)));
        var noWholeNumber = new RangedValue(Bound.Exclusive(5), Bound.Exclusive(6));
        Assert.Same(noWholeNumber, IntegralBounds.Normalize(noWholeNumber));
    }

    [Fact]
    public void OriginNormalizer_DropsCaseAccentsPunctuationAndALeadingThe()
    {
        Assert.Equal("un member states", OriginNormalizer.Default.Normalize("The U.N. Member  States"));
        Assert.Equal("antonio guterres", OriginNormalizer.Default.Normalize("António Guterres"));
        Assert.Equal("report|united nations", OriginNormalizer.Default.Key(new Source(SourceKind.Report, "Report", organisation: "United Nations")));
    }
}
