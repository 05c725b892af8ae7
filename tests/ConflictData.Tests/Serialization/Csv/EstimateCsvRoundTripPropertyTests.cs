using System.Linq;
using ConflictData.Serialization;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Serialization.Csv;

/// <summary>Lists of generated estimates (every member filled or left out, hostile text) for the CSV laws.</summary>
public static class EstimateCsvArbitraries
{
    /// <summary>Up to a dozen estimates with distinct ids.</summary>
    public static Arbitrary<Estimate[]> EstimateLists() => ModelGenerators.EstimateList.ToArbitrary();
}

/// <summary>read(write(x)) == x: the CSV loses nothing an estimate holds, under every culture.</summary>
[Properties(Arbitrary = new[] { typeof(EstimateCsvArbitraries) }, MaxTest = 100)]
public class EstimateCsvRoundTripPropertyTests
{
    [Property]
    public void Csv_RoundTrips(Estimate[] estimates)
    {
        var result = EstimateCsv.Deserialize(EstimateCsv.Serialize(estimates));
        Assert.True(result.Success, result.ToString());
        Assert.Equal(estimates, result.Estimates.ToArray());
    }

    [Property(MaxTest = 100)]
    public bool Csv_WritingAgain_GivesTheSameText(Estimate[] estimates)
    {
        string csv = EstimateCsv.Serialize(estimates);
        return EstimateCsv.Serialize(EstimateCsv.Deserialize(csv).GetValueOrThrow()) == csv;
    }

    [Property(MaxTest = 10)]
    public void Csv_IsTheSameUnderEveryCulture(Estimate[] estimates)
    {
        CultureScope.AssertInvariant(() => EstimateCsv.Serialize(estimates));
        string csv = EstimateCsv.Serialize(estimates);
        foreach (string culture in CultureScope.HostileCultures)
        {
            Assert.Equal(estimates, CultureScope.Run(culture, () => EstimateCsv.Deserialize(csv).GetValueOrThrow()).ToArray());
        }
    }

    [Property(MaxTest = 100)]
    public bool Csv_HasOneRecordPerEstimate_AndTheSameNumberOfFieldsInEach(Estimate[] estimates)
    {
        var records = CsvTestReader.Records(EstimateCsv.Serialize(estimates));
        return records.Count == estimates.Length + 1 && records.All(r => r.Length == EstimateCsv.Columns.Length);
    }
}
