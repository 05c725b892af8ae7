using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using ConflictData.Text;

namespace ConflictData.Benchmarks.Text;

/// <summary>
/// Extraction throughput on dense, distinct news lines: each line is a sentence of the seed articles (longer than 40
/// characters) behind a random six-letter tag, drawn with a fixed seed, the same kind of input as
/// <c>shared/peers/speed/make_news_lines.py</c> writes. <see cref="Size"/> is the text in UTF-16 characters (about as
/// many bytes of UTF-8); MB/s is Size / 1,048,576 divided by the mean in seconds.
/// </summary>
/// <remarks>
/// <see cref="ExtractOneCore"/> is one <see cref="TextExtractor"/> call over the whole text. <see cref="ExtractAllCores"/>
/// cuts the same text at line ends into pieces of about 64K characters, as the tool's pipeline does, and extracts them
/// on every core (<see cref="Environment.ProcessorCount"/> workers), keeping results in input order.
/// <see cref="CountLines"/> is the floor: one pass that does nothing but read the text.
/// </remarks>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int PieceChars = 64 * 1024;

    private static readonly PublicationTime Published = PublicationTime.OnDate(new NodaTime.LocalDate(2019, 3, 24));

    private static readonly string[] Sentences = SeedSentences();

    private string corpus = "";
    private Document document = null!;
    private Document[] pieces = [];

    /// <summary>The size of the text in UTF-16 characters: 256K, 1M and 4M.</summary>
    [Params(1 << 18, 1 << 20, 1 << 22)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        corpus = NewsLines(Size);
        document = new Document(new DocumentId("news-lines"), corpus, Published);
        pieces = Pieces(corpus).Select(piece => new Document(new DocumentId("news-lines"), piece, Published)).ToArray();
    }

    [Benchmark(Baseline = true)]
    public int CountLines() => corpus.AsSpan().Count('\n');

    [Benchmark]
    public int ScanQuantities() => QuantityScanner.Default.Scan(corpus).Length;

    [Benchmark]
    public int ExtractOneCore() => TextExtractor.Default.Extract(document).Quantities.Length;

    [Benchmark]
    public int ExtractAllCores()
    {
        var found = new ExtractionResult[pieces.Length];
        Parallel.For(0, pieces.Length, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            i => found[i] = TextExtractor.Default.Extract(pieces[i]));
        return found.Sum(result => result.Quantities.Length);
    }

    /// <summary>Dense distinct lines, generated deterministically so every run times the same text.</summary>
    internal static string NewsLines(int size)
    {
        var random = new Random(7);
        var text = new StringBuilder(size + 10_000);
        while (text.Length < size)
        {
            for (int k = 0; k < 6; k++)
            {
                text.Append((char)('a' + random.Next(26)));
            }
            text.Append(' ').Append(Sentences[random.Next(Sentences.Length)]).Append('\n');
        }
        return text.ToString(0, size);
    }

    private static string[] SeedSentences()
    {
        var assembly = typeof(ExtractionBenchmarks).Assembly;
        return assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds.", StringComparison.Ordinal)).Order()
            .SelectMany(n => new StreamReader(assembly.GetManifestResourceStream(n)!, Encoding.UTF8).ReadToEnd().Split('\n'))
            .Select(line => line.Trim())
            .Where(line => line.Length > 40)
            .ToArray();
    }

    private static IEnumerable<string> Pieces(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = Math.Min(text.Length, start + PieceChars);
            int lineEnd = end == text.Length ? -1 : text.IndexOf('\n', end);
            end = lineEnd < 0 ? text.Length : lineEnd + 1;
            yield return text[start..end];
            start = end;
        }
    }
}
