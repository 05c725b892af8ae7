using System;
using System.Linq;
using ConflictData.Reconciliation;
using ConflictData.Serialization;
using NodaTime;

namespace ConflictData.Tests.Queries;

public class EstimateQueriesTests
{
    private static readonly Estimate[] Seeds = [.. SeedCorpus.Estimates];

    private static string[] Ids(System.Collections.Generic.IEnumerable<Estimate> estimates) => [.. estimates.Select(e => e.Id)];

    [Fact]
    public void InPlace_Syria_MatchesFiguresForIraqAndSyriaTogether()
    {
        var syria = Seeds.InPlace(CountryCode.Syria).ToArray();
        Assert.Contains(syria, e => e.Measurand.Places.SequenceEqual([CountryCode.Iraq, CountryCode.Syria]));
        Assert.Contains(syria, e => e.Measurand.Places.SequenceEqual([CountryCode.Syria]));
        Assert.All(syria, e => Assert.Contains(CountryCode.Syria, e.Measurand.Places));
        Assert.Equal(Seeds.Count(e => e.Measurand.Places.Contains(CountryCode.Syria)), syria.Length);
    }

    [Fact]
    public void FightersInSyria_InReferenceTimeOrder_AreTheCompetingEstimates()
    {
        string[] ids = Ids(Seeds.OfIndicator(Indicator.Fighters).InPlace(CountryCode.Syria).OrderByReferenceTime());
        Assert.Equal("004-coalition-syria-2018", ids[0]);
        Assert.Contains("004-guterres-militants-iraq-syria", ids);
        var times = Seeds.Where(e => ids.Contains(e.Id)).OrderByReferenceTime().Select(e => e.ReferenceTime!.From).ToArray();
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public void ReferringTo_KeepsOverlappingTimes_AndSinceRunsOn()
    {
        var year2019 = new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31));
        var found = Seeds.ReferringTo(year2019).ToArray();
        Assert.Contains(found, e => e.Id == "004-guterres-militants-iraq-syria");
        Assert.DoesNotContain(found, e => e.Id == "004-coalition-syria-2018");
        Assert.Contains(found, e => e.ReferenceTime!.Kind == ReferenceTimeKind.Since);
        Assert.All(found, e => Assert.True(e.ReferenceTime!.From <= year2019.End));
    }

    [Fact]
    public void FromOrigin_MatchesNameOrOrganisation_AndFromOutletTheFirstLink()
    {
        Assert.Contains("004-guterres-militants-iraq-syria", Ids(Seeds.FromOrigin("united nations")));
        Assert.All(Seeds.FromOutlet("RNZ"), e => Assert.Equal("RNZ", e.Sources[0].Publisher.Name));
        Assert.Equal(Seeds.Count(e => e.Evidence.Any(v => v.Document.Value.StartsWith("004", StringComparison.Ordinal))), Seeds.FromOutlet("rnz").Count());
    }

    [Fact]
    public void KnownOn_KeepsOnlyWhatWasCertainlyPublishedByThen()
    {
        var known = Seeds.KnownOn(new LocalDate(2018, 1, 1)).ToArray();
        Assert.NotEmpty(known);
        Assert.All(known, e => Assert.True(e.Published!.Latest <= new LocalDate(2018, 1, 1)));
        Assert.DoesNotContain(known, e => e.Id == "004-guterres-militants-iraq-syria");
    }

    [Fact]
    public void UnitDimensionActorAndNoun_Filter()
    {
        Assert.All(Seeds.OfDimension(Dimension.Money), e => Assert.Equal(Dimension.Money, e.Quantity.Unit.Dimension));
        Assert.Equal(2, Seeds.OfDimension(Dimension.Money).Select(e => e.Quantity.Unit).Distinct().Count(c => c.Code is "USD" or "GBP"));
        Assert.All(Seeds.InUnit(Unit.Percent), e => Assert.Equal(Unit.Percent, e.Quantity.Unit));
        Assert.All(Seeds.OfActor("is"), e => Assert.Equal("IS", e.Measurand.Actor));
        Assert.Contains(Seeds.WithNoun("fighters"), e => e.Noun == "foreign fighters");
    }

    [Fact]
    public void Queries_WorkTheSameOnEstimatesReadFromAUsersFile()
    {
        var fromFile = EstimateCsv.Deserialize(EstimateCsv.Serialize(Seeds)).GetValueOrThrow();
        Assert.Equal(Ids(Seeds.OfIndicator(Indicator.Fighters).InPlace(CountryCode.Syria).OrderByReferenceTime()),
            Ids(fromFile.OfIndicator(Indicator.Fighters).InPlace(CountryCode.Syria).OrderByReferenceTime()));
    }

    [Fact]
    public void OrderByPublicationTime_PutsUnknownLast_AndIsTotal()
    {
        var undated = new Estimate("zz", Quantity.Exact(1, Unit.Person), new Measurand(Indicator.Fighters));
        var ordered = Seeds.Append(undated).Reverse().OrderByPublicationTime().ToArray();
        Assert.Same(undated, ordered[^1]);
        Assert.Equal(Ids(Seeds.Append(undated).OrderByPublicationTime()), Ids(ordered));
    }

    [Fact]
    public void NullArguments_AreRejectedWhenTheQueryIsBuilt()
    {
        Assert.Throws<ArgumentNullException>(() => ((Estimate[])null!).InPlace(CountryCode.Syria));
        Assert.Throws<ArgumentNullException>(() => Seeds.FromOrigin(null!));
        Assert.Throws<ArgumentException>(() => Seeds.WithNoun(" "));
    }

    [Fact]
    public void GroupByQuantity_PutsOneQuantitysEstimatesTogether()
    {
        var groups = Seeds.GroupByQuantity().ToArray();
        var guterres = groups.Single(g => g.Any(e => e.Id == "004-guterres-militants-iraq-syria"));
        Assert.Contains(guterres, e => e.Id == "004-jeffrey-armed-adherents");
        Assert.DoesNotContain(guterres, e => e.Id == "004-coalition-syria-2018");
        Assert.Equal(Seeds.Length, groups.Sum(g => g.Count()));
        Assert.All(groups, g => Assert.All(g, e => Assert.Equal(QuantityKey.From(e), g.Key)));
        // The same groups, in the same order and with the same members, as grouping by a key made per estimate.
        var perEstimate = Seeds.GroupBy(QuantityKey.From).ToArray();
        Assert.Equal(perEstimate.Select(g => g.Key), groups.Select(g => g.Key));
        Assert.Equal(perEstimate.Select(g => string.Join(' ', g.Select(e => e.Id))), groups.Select(g => string.Join(' ', g.Select(e => e.Id))));
    }

    [Fact]
    public void ToTimelines_AtTheEndOfAQuery_ReconcilesTheSelection()
    {
        var timelines = Seeds.OfIndicator(Indicator.Fighters).InPlace(CountryCode.Syria).ToTimelines();
        var both = timelines.Single(t => t.Key.Measurand.Places.SequenceEqual([CountryCode.Iraq, CountryCode.Syria]) && t.Key.Measurand.Qualifiers.IsEmpty);
        Assert.True(both.Points.Length >= 3);
        Assert.Equal(Seeds.OfIndicator(Indicator.Fighters).InPlace(CountryCode.Syria).Reconcile().Groups.Length,
            global::ConflictData.Reconciliation.Reconciler.Reconcile(Seeds.Where(e => e.Measurand.Indicator == Indicator.Fighters && e.Measurand.Places.Contains(CountryCode.Syria))).Groups.Length);
    }
}
