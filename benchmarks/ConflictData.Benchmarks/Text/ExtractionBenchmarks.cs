using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ConflictData.Text;

namespace ConflictData.Benchmarks.Text;

/// <summary>
/// Extraction throughput on the five seed articles repeated to about 1 MB (1,048,576 UTF-16 characters): MB/s is
/// 1 divided by the mean in seconds; allocations per KB are the allocated bytes divided by 1,024.
/// <see cref="CountLines"/> is the floor: one pass over the text that does nothing but read it.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int Size = 1 << 20;

    private static readonly string Corpus = BuildCorpus();

    private static readonly Document CorpusDocument = new(new DocumentId("seeds-1mb"), Corpus, PublicationTime.OnDate(new NodaTime.LocalDate(2019, 3, 24)));

    [Benchmark(Baseline = true)]
    public int CountLines() => Corpus.AsSpan().Count('\n');

    [Benchmark]
    public int ScanQuantities() => QuantityScanner.Default.Scan(Corpus).Length;

    [Benchmark]
    public int ExtractQuantitiesAndDates() => TextExtractor.Default.Extract(CorpusDocument).Quantities.Length;

    private static string BuildCorpus()
    {
        var assembly = typeof(ExtractionBenchmarks).Assembly;
        string[] seeds = assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds.", StringComparison.Ordinal)).Order()
            .Select(n => new StreamReader(assembly.GetManifestResourceStream(n)!, Encoding.UTF8).ReadToEnd()).ToArray();
        var text = new StringBuilder(Size + 10_000);
        for (int i = 0; text.Length < Size; i++)
        {
            text.Append(seeds[i % seeds.Length]).Append("\n\n");
        }
        return text.ToString(0, Size);
    }
}
