using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using ConflictData.Serialization;
using ConflictData.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Benchmarks.Serialization;

/// <summary>Writing and reading an estimates file of 10,000 generated estimates (fixed seed, so every run sees the same data).</summary>
[MemoryDiagnoser]
public class EstimateJsonBenchmarks
{
    // FsCheck 3 Fluent: Sample(gen, numberOfSamples, seed, size): one array of 10,000, generated at size 10.
    private static readonly Estimate[] Estimates = Gen.CollectToArray(Enumerable.Range(0, 10_000),
            i => ModelGenerators.EstimateWithId(Gen.Constant("e" + i.ToString(CultureInfo.InvariantCulture))))
        .Sample(1, new Rnd(20190324), 10)[0];

    private static readonly string Json = EstimateJson.Serialize(Estimates);

    private static readonly byte[] Utf8Json = System.Text.Encoding.UTF8.GetBytes(Json);

    [Benchmark]
    public string Serialize() => EstimateJson.Serialize(Estimates);

    [Benchmark]
    public long SerializeToStream()
    {
        using var stream = new MemoryStream();
        EstimateJson.Serialize(Estimates, stream);
        return stream.Length;
    }

    [Benchmark]
    public ImmutableArray<Estimate> Deserialize() => EstimateJson.Deserialize(Json);

    [Benchmark]
    public ImmutableArray<Estimate> DeserializeFromStream() => EstimateJson.Deserialize(new MemoryStream(Utf8Json));
}
