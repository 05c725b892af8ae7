using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ConflictData.Text;

namespace ConflictData.Benchmarks.Text;

/// <summary>
/// Extraction throughput on about 1 MB (1,048,576 UTF-16 characters) of dense, distinct news lines: each line is a
/// sentence of the seed articles (longer than 40 characters) behind a random six-letter tag, drawn with a fixed seed,
/// the same kind of input as <c>shared/peers/speed/make_news_lines.py</c> writes. MB/s is 1 divided by the mean in
/// seconds; allocations per KB are the allocated bytes divided by 1,024. <see cref="CountLines"/> is the floor: one
/// pass over the text that does nothing but read it.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int Size = 1 << 20;

    private static readonly string Corpus = BuildCorpus();

    private static readonly Document CorpusDocument = new(new DocumentId("news-lines-1mb"), Corpus, PublicationTime.OnDate(new NodaTime.LocalDate(2019, 3, 24)));

    [Benchmark(Baseline = true)]
    public int CountLines() => Corpus.AsSpan().Count('\n');

    [Benchmark]
    public int ScanQuantities() => QuantityScanner.Default.Scan(Corpus).Length;

    [Benchmark]
    public int ExtractQuantitiesAndDates() => TextExtractor.Default.Extract(CorpusDocument).Quantities.Length;

    /// <summary>Dense distinct lines, generated deterministically so every run times the same text.</summary>
    private static string BuildCorpus()
    {
        var assembly = typeof(ExtractionBenchmarks).Assembly;
        string[] sentences = assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds.", StringComparison.Ordinal)).Order()
            .SelectMany(n => new StreamReader(assembly.GetManifestResourceStream(n)!, Encoding.UTF8).ReadToEnd().Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 40)
            .ToArray();
        var random = new Random(7);
        var text = new StringBuilder(Size + 10_000);
        while (text.Length < Size)
        {
            for (int k = 0; k < 6; k++)
            {
                text.Append((char)('a' + random.Next(26)));
            }
            text.Append(' ').Append(sentences[random.Next(sentences.Length)]).Append('\n');
        }
        return text.ToString(0, Size);
    }
}
