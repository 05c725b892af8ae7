using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ConflictData.Benchmarks.Corpus;

/// <summary>
/// The first load in a fresh process, as a user's first <c>SeedCorpus.Load()</c> meets it: one invocation per
/// process, so JIT compilation and the JSON metadata's initialisation are included.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class SeedCorpusFirstLoadBenchmarks
{
    [Benchmark]
    public ConflictData.Corpus FirstLoad() => SeedCorpus.Load();
}
