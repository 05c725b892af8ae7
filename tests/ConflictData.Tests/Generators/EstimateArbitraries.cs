using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// Estimates, shrinking by dropping optional members, and lists of estimates with distinct ids as an estimates file
/// holds; registered with <c>[Property(Arbitrary = new[] { typeof(EstimateArbitraries) })]</c>.
/// </summary>
public static class EstimateArbitraries
{
    /// <summary>Estimates with every member filled or left out.</summary>
    public static Arbitrary<Estimate> Estimate() => ModelGenerators.EstimateArbitrary;

    /// <summary>Up to about a dozen estimates with distinct ids.</summary>
    public static Arbitrary<Estimate[]> EstimateList() => ModelGenerators.EstimateList.ToArbitrary();
}
