using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace ConflictData.Tests.Generators;

/// <summary>
/// The generators are only as good as what they reach: these tests sample them with a fixed seed and check that the
/// awkward cases the properties rely on actually occur.
/// </summary>
public class ModelGeneratorsTests
{
    // FsCheck 3 Fluent: Sample(gen, numberOfSamples, seed, size).
    private static T[] Sample<T>(Gen<T> gen, int count = 2000) => gen.Sample(count, new Rnd(20190324), 20);

    [Fact]
    public void RangedValue_ReachesEveryShape()
    {
        var values = Sample(ModelGenerators.RangedValue);
        Assert.Contains(values, v => v.IsExact);
        Assert.Contains(values, v => v.IsBounded && !v.IsExact);
        Assert.Contains(values, v => v.Lower is null);
        Assert.Contains(values, v => v.Upper is null);
        Assert.Contains(values, v => v.Lower is { IsInclusive: false } && v.Upper is not null);
        Assert.Contains(values, v => v.Best is not null && !v.IsExact);
        Assert.Contains(values, v => v.Lower is { Value: < 0 });
        Assert.Contains(values, v => v.Upper is { } u && u.Value.Scale > 10);
    }

    [Fact]
    public void Quantity_ReachesEveryDimension() =>
        Assert.Equal(System.Enum.GetValues<Dimension>().Order(), Sample(ModelGenerators.Quantity).Select(q => q.Unit.Dimension).Distinct().Order());

    [Fact]
    public void DateRange_ReachesEveryPrecisionAndTheYearExtremes()
    {
        var ranges = Sample(ModelGenerators.DateRange);
        Assert.Equal(System.Enum.GetValues<DatePrecision>().Order(), ranges.Select(r => r.Precision).Distinct().Order());
        Assert.Contains(ranges, r => r.Start.Year == 1);
        Assert.Contains(ranges, r => r.End.Year == 9999);
    }

    [Fact]
    public void ZonedDateTime_ReachesBothOffsetsOfRepeatedClockTimesAndFractions()
    {
        var times = Sample(ModelGenerators.ZonedDateTime, 20_000);
        Assert.Contains(times, t => t.Zone.MapLocal(t.LocalDateTime).Count == 2 && t.Offset == t.Zone.MapLocal(t.LocalDateTime).Last().Offset);
        Assert.Contains(times, t => t.Zone.MapLocal(t.LocalDateTime).Count == 2 && t.Offset == t.Zone.MapLocal(t.LocalDateTime).First().Offset);
        Assert.Contains(times, t => t.NanosecondOfSecond != 0);
        Assert.True(times.Select(t => t.Zone.Id).Distinct().Count() > 100);
    }

    [Fact]
    public void PublicationTime_ReachesEveryKind() =>
        Assert.Equal(System.Enum.GetValues<PublicationTimeKind>().Order(), Sample(ModelGenerators.PublicationTime).Select(p => p.Kind).Distinct().Order());

    [Fact]
    public void Estimate_ReachesEveryOptionalMemberBothWays()
    {
        var estimates = Sample(ModelGenerators.Estimate, 500);
        Assert.Contains(estimates, e => e.Confidence is not null && e.Reliability is not null && e.Published is not null && e.ReferenceTime is not null);
        Assert.Contains(estimates, e => e.Confidence is null && e.Reliability is null);
        Assert.Contains(estimates, e => e.Sources.Length > 1 && e.Evidence.Length > 1);
        Assert.Contains(estimates, e => e.Sources.IsEmpty && e.Evidence.IsEmpty);
        Assert.Contains(estimates, e => e.Hedge == Hedge.None);
        Assert.Contains(estimates, e => e.Measurand.Places.Length > 1 && !e.Measurand.Qualifiers.IsEmpty);
    }

    [Fact]
    public void Text_ReachesNonAsciiAndCharactersJsonEscapes()
    {
        var texts = Sample(ModelGenerators.Text);
        Assert.Contains(texts, t => t.Contains('İ', System.StringComparison.Ordinal) || t.Contains('ı', System.StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('"', System.StringComparison.Ordinal) && t.Contains('\\', System.StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains('\n', System.StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Length == 1);
    }

    [Fact]
    public void EstimateList_HasDistinctIds() =>
        Assert.All(Sample(ModelGenerators.EstimateList, 300), list => Assert.Equal(list.Length, list.Select(e => e.Id).Distinct().Count()));

    [Property(Arbitrary = new[] { typeof(QuantityArbitraries) }, MaxTest = 1000)]
    public bool ShrinkRangedValue_GivesOnlyOtherValidRanges(RangedValue value) =>
        ModelGenerators.ShrinkRangedValue(value).All(s => !s.Equals(value) && Quantities.RangedValueInvariantTests.Holds(s));
}
