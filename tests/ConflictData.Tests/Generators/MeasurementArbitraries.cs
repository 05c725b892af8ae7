using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// The measurement model's arbitraries (indicators, country codes, measurands), registered with
/// <c>[Property(Arbitrary = new[] { typeof(MeasurementArbitraries) })]</c>.
/// </summary>
public static class MeasurementArbitraries
{
    /// <summary>The named indicators and other valid codes.</summary>
    public static Arbitrary<Indicator> Indicator() => ModelGenerators.Indicator.ToArbitrary();

    /// <summary>Assigned ISO 3166-1 alpha-2 codes.</summary>
    public static Arbitrary<CountryCode> CountryCode() => ModelGenerators.CountryCode.ToArbitrary();

    /// <summary>Measurands with unsorted, possibly repeated places and qualifiers.</summary>
    public static Arbitrary<Measurand> Measurand() => ModelGenerators.Measurand.ToArbitrary();
}
