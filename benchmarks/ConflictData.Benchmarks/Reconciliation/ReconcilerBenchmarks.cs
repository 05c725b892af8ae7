using BenchmarkDotNet.Attributes;
using ConflictData.Benchmarks.Fixtures;
using ConflictData.Reconciliation;

namespace ConflictData.Benchmarks.Reconciliation;

/// <summary>
/// Reconciling N estimates shaped like the seeds' (<see cref="GeneratedEstimates"/>) in about N/10 groups, with the
/// default envelope rule: grouping, time points, conversion, same-origin collapse, the rule, part/whole relations and
/// neighbour comparisons. The data is generated once per N from a fixed seed.
/// </summary>
[MemoryDiagnoser]
public class ReconcilerBenchmarks
{
    private GeneratedEstimates data = null!;

    [Params(1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => data = GeneratedEstimates.Create(N);

    [Benchmark]
    public int Reconcile() => Reconciler.Reconcile(data.Estimates, data.Options).Groups.Length;
}
