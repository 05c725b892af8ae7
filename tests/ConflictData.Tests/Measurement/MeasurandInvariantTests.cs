using System;
using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Provenance;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Measurement;

public class MeasurandInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Places and qualifiers sorted and distinct, qualifiers kebab-case, actor and region absent or proper text.</summary>
    internal static bool Holds(Measurand m) =>
        IndicatorInvariantTests.Holds(m.Indicator)
        && m.Places.All(CountryCodeInvariantTests.Holds)
        && m.Places.Zip(m.Places.Skip(1)).All(p => string.CompareOrdinal(p.First.Code, p.Second.Code) < 0)
        && m.Qualifiers.All(IndicatorInvariantTests.IsKebabCode)
        && m.Qualifiers.Zip(m.Qualifiers.Skip(1)).All(q => string.CompareOrdinal(q.First, q.Second) < 0)
        && (m.Actor is null || SourceInvariantTests.IsTrimmedText(m.Actor))
        && (m.Region is null || SourceInvariantTests.IsTrimmedText(m.Region));

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.Measurand.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RepeatedUnsortedPlaces_AreSortedAndDeduplicated() =>
        Prop.ForAll(ModelGenerators.CountryCode.ArrayOf().ToArbitrary(), places =>
            new Measurand(Indicator.Fighters, places: places).Places.SequenceEqual(places.Distinct().OrderBy(p => p.Code, StringComparer.Ordinal)))
            .Check(Cfg);

    [Fact]
    public void RandomTextsAndQualifiers_AreRejectedOrValid() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), RawInputGenerators.Text.ToArbitrary(), RawInputGenerators.Text.ArrayOf().ToArbitrary(),
            (actor, region, qualifiers) => ConstructorProperty.RejectsOrHolds(
                () => new Measurand(Indicator.Fighters, actor, [CountryCode.Syria, CountryCode.Iraq, CountryCode.Syria], region, qualifiers!), Holds))
            .Check(Cfg);

    [Fact]
    public void DefaultPlaceOrIndicator_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Measurand(default));
        Assert.Throws<ArgumentException>(() => new Measurand(Indicator.Fighters, places: [default]));
    }
}
