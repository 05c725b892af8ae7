using System;
using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Provenance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Measurement;

[Properties(Arbitrary = new[] { typeof(MeasurementArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class MeasurandInvariantTests
{
    /// <summary>Places and qualifiers sorted and distinct, qualifiers kebab-case, actor and region absent or proper text.</summary>
    internal static bool Holds(Measurand m) =>
        IndicatorInvariantTests.Holds(m.Indicator)
        && m.Places.All(CountryCodeInvariantTests.Holds)
        && m.Places.Zip(m.Places.Skip(1)).All(p => string.CompareOrdinal(p.First.Code, p.Second.Code) < 0)
        && m.Qualifiers.All(IndicatorInvariantTests.IsKebabCode)
        && m.Qualifiers.Zip(m.Qualifiers.Skip(1)).All(q => string.CompareOrdinal(q.First, q.Second) < 0)
        && (m.Actor is null || SourceInvariantTests.IsTrimmedText(m.Actor))
        && (m.Region is null || SourceInvariantTests.IsTrimmedText(m.Region));

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Measurand value) => Holds(value);

    [Property]
    public bool RepeatedUnsortedPlaces_AreSortedAndDeduplicated(CountryCode[] places) =>
        new Measurand(Indicator.Fighters, places: places).Places.SequenceEqual(places.Distinct().OrderBy(p => p.Code, StringComparer.Ordinal));

    [Property]
    public bool RandomTextsAndQualifiers_AreRejectedOrValid(string? actor, string? region, string?[] qualifiers) =>
        ConstructorProperty.RejectsOrHolds(
            () => new Measurand(Indicator.Fighters, actor, [CountryCode.Syria, CountryCode.Iraq, CountryCode.Syria], region, qualifiers!), Holds);

    [Fact]
    public void DefaultPlaceOrIndicator_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Measurand(default));
        Assert.Throws<ArgumentException>(() => new Measurand(Indicator.Fighters, places: [default]));
    }
}
