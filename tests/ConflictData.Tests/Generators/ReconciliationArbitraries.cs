using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictData.Tests.Generators;

/// <summary>Estimates crowded into few quantities, times and origins, so groups, same-origin pairs, parts and conflicts are common.</summary>
public sealed record EstimateSet(ImmutableArray<Estimate> Estimates)
{
    public override string ToString() => string.Join("\n", Estimates.Select(e =>
        $"{e.Id} {e.Quantity} {e.Measurand} ref {e.ReferenceTime?.ToString() ?? "-"} pub {e.Published?.ToString() ?? "-"} from {(e.Sources.IsEmpty ? "-" : e.Sources[0].ToString())}"));
}

/// <summary>Two lists of ranges, for searches over pairs.</summary>
public sealed record RangeLists(ImmutableArray<RangedValue> First, ImmutableArray<RangedValue> Second)
{
    public override string ToString() => $"[{string.Join("; ", First)}] × [{string.Join("; ", Second)}]";
}

/// <summary>The arbitraries of the reconciler's properties, registered with <c>[Properties(Arbitrary = ...)]</c>.</summary>
public static class ReconciliationArbitraries
{
    private static readonly Source[] Origins =
    [
        new(SourceKind.Organisation, "United Nations"), new(SourceKind.Organisation, "the United  Nations"), new(SourceKind.Organisation, "U.N."),
        new(SourceKind.Person, "Antonio Guterres", organisation: "United Nations"), new(SourceKind.Person, "António Guterres", organisation: "United Nations"),
        new(SourceKind.Organisation, "Coalition", when: DateRange.Month(2019, 1)), new(SourceKind.Organisation, "Coalition", when: DateRange.Month(2019, 3)),
        new(SourceKind.Organisation, "Pentagon"),
    ];

    private static readonly Source[] Outlets = [new(SourceKind.Outlet, "VOA"), new(SourceKind.Outlet, "RNZ"), new(SourceKind.Outlet, "AFP")];

    private static readonly CountryCode[][] PlaceSets = [[CountryCode.Iraq, CountryCode.Syria], [CountryCode.Iraq], [CountryCode.Syria], []];

    private static readonly Gen<RangedValue> Range =
        from low in Gen.Choose(1, 12)
        from width in Gen.Choose(0, 6)
        from shape in Gen.Choose(0, 4)
        select shape switch
        {
            0 => RangedValue.MoreThan(low * 1_000m),
            1 => RangedValue.AtMost(low * 1_000m),
            2 => RangedValue.Exact(low * 1_000m),
            _ => RangedValue.Between(low * 1_000m, (low + width) * 1_000m),
        };

    private static Gen<Estimate> Estimate(int index) =>
        from value in Range
        from money in Gen.Frequency((6, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        from indicator in Gen.Frequency((6, Gen.Constant(Indicator.Fighters)), (1, Gen.Constant(Indicator.ForeignFightersTravelled)), (1, Gen.Constant(Indicator.ForeignFightersReturned)))
        from actor in Gen.Frequency((6, Gen.Constant("IS")), (1, Gen.Constant("AQ")))
        from places in Gen.Elements(PlaceSets)
        from region in Gen.Frequency((9, Gen.Constant((string?)null)), (1, Gen.Constant((string?)"Baghuz")))
        from foreign in Gen.Frequency((5, Gen.Constant(false)), (1, Gen.Constant(true)))
        from month in Gen.Frequency((1, Gen.Constant(0)), (6, Gen.Choose(1, 3)))
        from published in Gen.Frequency((1, Gen.Constant(-1)), (5, Gen.Choose(0, 60)))
        from origin in Gen.Frequency((1, Gen.Constant(-1)), (6, Gen.Choose(0, Origins.Length - 1)), (3, Gen.Choose(5, 6)))
        from outlet in Gen.Elements(Outlets)
        from low in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Estimate("e" + index.ToString("D2", CultureInfo.InvariantCulture),
            new Quantity(value, money switch { 0 => Unit.Person, 1 => Unit.Money(Currency.UsDollar), _ => Unit.Money(Currency.PoundSterling) }),
            new Measurand(indicator, actor, places, region, foreign ? ["foreign"] : null),
            referenceTime: month == 0 ? null : ReferenceTime.During(DateRange.Month(2019, month)),
            published: published < 0 ? null : PublicationTime.OnDate(new LocalDate(2019, 1, 1).PlusDays(published)),
            sources: origin < 0 ? null : [new SourceChain(outlet, Origins[origin])],
            confidence: low ? new StatedConfidence("did not have a lot of confidence", ConfidenceLevel.Low) : null);

    private static IEnumerable<EstimateSet> Smaller(EstimateSet set) =>
        Enumerable.Range(0, set.Estimates.Length).Select(i => new EstimateSet(set.Estimates.RemoveAt(i)));

    public static Arbitrary<EstimateSet> EstimateSets() => Arb.From(
        from count in Gen.Choose(1, 40)
        from estimates in Gen.CollectToArray(Enumerable.Range(0, count).Select(Estimate))
        select new EstimateSet([.. estimates]),
        Smaller);

    private static IEnumerable<RangeLists> Shorter(RangeLists lists) =>
        Enumerable.Range(0, lists.First.Length).Select(i => lists with { First = lists.First.RemoveAt(i) })
            .Concat(Enumerable.Range(0, lists.Second.Length).Select(i => lists with { Second = lists.Second.RemoveAt(i) }));

    public static Arbitrary<RangeLists> RangeLists() => Arb.From(
        from first in Gen.Choose(0, 8).SelectMany(n => Gen.CollectToArray(Enumerable.Repeat(Range, n)))
        from second in Gen.Choose(0, 8).SelectMany(n => Gen.CollectToArray(Enumerable.Repeat(Range, n)))
        select new RangeLists([.. first], [.. second]),
        Shorter);
}
