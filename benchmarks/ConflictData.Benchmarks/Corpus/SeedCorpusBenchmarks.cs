using BenchmarkDotNet.Attributes;

namespace ConflictData.Benchmarks.Corpus;

/// <summary>
/// Steady-state cost of the seed corpus: a full uncached load (resources, JSON, validation) against warm access
/// through the cache, a lookup and a sentence.
/// </summary>
[MemoryDiagnoser]
public class SeedCorpusBenchmarks
{
    private static readonly ConflictData.Corpus Warm = SeedCorpus.Load();
    private static readonly Estimate Guterres = Warm.GetEstimate("004-guterres-militants-iraq-syria");

    [Benchmark]
    public ConflictData.Corpus UncachedLoad() => SeedCorpusLoader.Load();

    [Benchmark]
    public ConflictData.Corpus CachedLoad() => SeedCorpus.Load();

    [Benchmark]
    public Estimate LookupById() => SeedCorpus.Load().GetEstimate("004-guterres-militants-iraq-syria");

    [Benchmark]
    public int EstimatesOfOneDocument() => SeedCorpus.Load().GetEstimates(Guterres.Evidence[0].Document).Length;

    [Benchmark]
    public string SentenceOfAnEstimate() => Warm.GetSentence(Guterres);
}
