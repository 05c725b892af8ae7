using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using ConflictData.Text;
using NodaTime;

namespace ConflictData.Benchmarks.Text;

/// <summary>
/// Scanning the five seed articles, concatenated and repeated to about 1 MB (some 250 date mentions per 100 KB),
/// with and without a publication time to resolve against. Throughput in MB/s is the text's length over the mean.
/// </summary>
[MemoryDiagnoser]
public class DateScanBenchmarks
{
    /// <summary>The characters scanned per call: 1,048,576, about 1 MB of text.</summary>
    private const int TargetLength = 1 << 20;

    private static readonly PublicationTime Published = PublicationTime.OnDate(new LocalDate(2019, 3, 24));

    private static readonly PublicationTime Bounded = PublicationTime.Within(
        new DateInterval(new LocalDate(2019, 4, 1), new LocalDate(2019, 12, 31)), "Undated; after March 2019 and within 2019.");

    private static readonly string Text = RepeatedSeeds();

    [Benchmark(Baseline = true)]
    public ImmutableArray<DateMention> ScanResolvingAgainstADate() => DateScanner.Default.Scan(Text, Published);

    [Benchmark]
    public ImmutableArray<DateMention> ScanResolvingAgainstBounds() => DateScanner.Default.Scan(Text, Bounded);

    [Benchmark]
    public ImmutableArray<DateMention> ScanWithoutPublicationTime() => DateScanner.Default.Scan(Text, null);

    /// <summary>The floor: reading every character once, as any scanner must.</summary>
    [Benchmark]
    public int ReadEveryCharacter()
    {
        int letters = 0;
        foreach (char c in Text)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters;
    }

    private static string RepeatedSeeds()
    {
        string seeds = string.Join("\n\n", Directory.GetFiles(FindSeeds(), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var text = new StringBuilder(TargetLength + seeds.Length);
        while (text.Length < TargetLength)
        {
            text.Append(seeds).Append("\n\n");
        }
        return text.ToString(0, TargetLength);
    }

    /// <summary>The repository's seeds folder, found upwards from wherever BenchmarkDotNet runs the benchmark from.</summary>
    private static string FindSeeds()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            string candidate = Path.Combine(directory.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "000_30f65801c5775d4d.txt")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No seeds folder with the seed articles above {AppContext.BaseDirectory}.");
    }
}
