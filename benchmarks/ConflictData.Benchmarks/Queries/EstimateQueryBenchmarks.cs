using System.Linq;
using BenchmarkDotNet.Attributes;
using ConflictData.Benchmarks.Fixtures;
using NodaTime;

namespace ConflictData.Benchmarks.Queries;

/// <summary>
/// <see cref="EstimateQueries"/> over 1,000,000 estimates shaped like the seeds' (<see cref="GeneratedEstimates"/>):
/// filters by place, actor and reference time, grouping by quantity, and a filtered query ended in reconciliation.
/// </summary>
[MemoryDiagnoser]
public class EstimateQueryBenchmarks
{
    private static readonly DateInterval FirstHalf2015 = new(GeneratedEstimates.Start, GeneratedEstimates.Start.PlusMonths(6).PlusDays(-1));

    private GeneratedEstimates data = null!;

    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => data = GeneratedEstimates.Create(N);

    [Benchmark]
    public int FilterByPlace() => data.Estimates.InPlace(CountryCode.Syria).Count();

    [Benchmark]
    public int FilterByPlaceAndTime() => data.Estimates.InPlace(CountryCode.Syria).ReferringTo(FirstHalf2015).Count();

    [Benchmark]
    public int FilterByActor() => data.Estimates.OfActor("actor-7").Count();

    [Benchmark]
    public int GroupByQuantity() => data.Estimates.GroupByQuantity().Count();

    [Benchmark]
    public int FilterGroupAndReconcile() =>
        data.Estimates.InPlace(CountryCode.Syria).ReferringTo(FirstHalf2015).Reconcile(data.Options).Groups.Length;
}
