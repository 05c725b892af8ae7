using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ConflictData.Benchmarks.Fixtures;
using ConflictData.Reconciliation;

namespace ConflictData.Benchmarks.Reconciliation;

/// <summary>
/// CPU time, allocation and a digest of everything a report says, for <see cref="Reconciler.Reconcile"/> on generated
/// estimates: the quick measure to alternate two builds with on a shared machine, and the proof that a change to the
/// reconciler left every group, input, diagnostic and explanation as it was.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/ConflictData.Benchmarks -- reconcile-cpu 1000,100000,1000000 2 digest</c>:
/// sizes, calls per size, and "digest" to print the digest of the first call's report. BenchmarkDotNet
/// (<see cref="ReconcilerBenchmarks"/>) gives the careful figures; this gives CPU seconds, which suffer less than the
/// wall clock when other processes share the cores.
/// </remarks>
internal static class ReconcilerHarness
{
    internal const string Command = "reconcile-cpu";

    internal static void Run(string[] args)
    {
        int[] sizes = args.Length > 0 ? [.. args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : [100_000];
        int calls = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
        bool digest = args.Length > 2 && args[2] == "digest";
        var warm = GeneratedEstimates.Create(1_000);
        for (int i = 0; i < 40; i++)
        {
            Reconciler.Reconcile(warm.Estimates, warm.Options);
        }
        using var process = Process.GetCurrentProcess();
        foreach (int n in sizes)
        {
            var data = GeneratedEstimates.Create(n);
            for (int call = 0; call < calls; call++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                long allocated = GC.GetTotalAllocatedBytes(true);
                var paused = GC.GetTotalPauseDuration();
                int collections = GC.CollectionCount(0);
                var clock = Stopwatch.StartNew();
                var report = Reconciler.Reconcile(data.Estimates, data.Options);
                clock.Stop();
                allocated = GC.GetTotalAllocatedBytes(true) - allocated;
                paused = GC.GetTotalPauseDuration() - paused;
                collections = GC.CollectionCount(0) - collections;
                process.Refresh();
                cpu = process.TotalProcessorTime - cpu;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"N={n} groups={report.Groups.Length} cpu={cpu.TotalMilliseconds:F0}ms wall={clock.ElapsedMilliseconds}ms allocated={allocated / 1e6:F1}MB perEstimate={allocated / (double)n:F0}B gcPause={paused.TotalMilliseconds:F0}ms gcs={collections}"));
                if (digest && call == 0)
                {
                    Console.WriteLine($"  digest={Digest(report)}");
                }
            }
        }
    }

    /// <summary>The first 16 hex digits of a SHA-256 of everything the report says, every group's explanation included.</summary>
    private static string Digest(ReconciliationReport report)
    {
        using var sha = SHA256.Create();
        var text = new StringBuilder();
        void Flush()
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text.ToString());
            sha.TransformBlock(bytes, 0, bytes.Length, null, 0);
            text.Clear();
        }
        text.Append(report.Rule).Append('\n');
        foreach (var filtered in report.Filtered)
        {
            text.Append(filtered).Append('\n');
        }
        foreach (var timeline in report.Timelines)
        {
            text.Append(timeline.Key).Append('|').Append(timeline.Points.Length).Append('\n');
        }
        foreach (var g in report.Groups)
        {
            text.Append(g.Name).Append('|').Append(g.Key).Append('|').Append(g.Time).Append('|').Append(g.Unit).Append('|').Append(g.Rule)
                .Append('|').Append(g.Value).Append('|').Append(g.Note).Append('|').Append(g.IsSumOfParts).Append('|').Append(g.HasConflict).Append('\n');
            text.Append(g.Merge?.ToString()).Append('\n');
            foreach (var i in g.Inputs)
            {
                text.Append(' ').Append(i).Append('|').Append(i.OriginKey).Append('|').Append(string.Join(",", i.CitationIds)).Append('|')
                    .Append(i.Compared).Append('|').Append(i.Conversion).Append('|').Append(i.Normalisation).Append('|').Append(i.ReferenceTime)
                    .Append('|').Append(i.Grouping).Append('|').Append(i.Outcome).Append('\n');
            }
            foreach (var part in g.Parts)
            {
                text.Append(" P ").Append(part).Append('\n');
            }
            foreach (var whole in g.Wholes)
            {
                text.Append(" W ").Append(whole).Append('\n');
            }
            text.Append(g.Explain()).Append('\n');
            foreach (var d in g.Diagnostics)
            {
                text.Append(" D ").Append(d).Append('|').Append(string.Join(",", d.EstimateIds)).Append('\n');
            }
            if (text.Length > 1 << 20)
            {
                Flush();
            }
        }
        foreach (var d in report.Diagnostics)
        {
            text.Append(d.Id).Append(d.Severity).Append(d.Message).Append('\n');
        }
        Flush();
        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexString(sha.Hash!)[..16];
    }
}
