using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using ConflictData.Reconciliation;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Reconciliation;

/// <summary>A group's inputs and diagnostics are made when first read: the same data whoever reads them, in whatever order.</summary>
public class ReconciledGroupTests
{
    private static string Everything(ReconciledGroup group) =>
        group.Explain() + "\n" + string.Join("\n", group.Inputs.Select(i => $"{i}|{i.Outcome.Reason}|{string.Join(",", i.CitationIds)}"))
        + "\n" + string.Join("\n", group.Diagnostics);

    [Fact]
    public void GroupsReadAtOnceOnManyThreads_SayWhatGroupsReadOneByOneSay()
    {
        var serial = Reconciler.Reconcile(SeedCorpus.Estimates);
        var expected = serial.Groups.Select(Everything).ToList();
        var expectedDiagnostics = serial.Diagnostics.Select(d => d.ToString()).ToList();

        var shared = Reconciler.Reconcile(SeedCorpus.Estimates);
        var read = new string[8][];
        Parallel.For(0, read.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, t =>
        {
            // Each thread starts at another group and goes the other way round half the time, so first reads collide.
            int n = shared.Groups.Length;
            read[t] = new string[n];
            for (int k = 0; k < n; k++)
            {
                int i = t % 2 == 0 ? (t + k) % n : (n - 1 - ((t + k) % n));
                read[t][i] = Everything(shared.Groups[i]);
            }
        });

        Assert.True(shared.Groups.Length > 10);
        foreach (var texts in read)
        {
            Assert.Equal(expected, texts);
        }
        Assert.Equal(expectedDiagnostics, shared.Diagnostics.Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void InputsAndDiagnostics_AreOneArrayOnEveryRead()
    {
        var report = Reconciler.Reconcile(SeedCorpus.Estimates);
        foreach (var group in report.Groups)
        {
            Assert.True(group.Inputs == group.Inputs);
            Assert.True(group.Diagnostics == group.Diagnostics);
        }
        Assert.True(report.Diagnostics == report.Diagnostics);
    }
}
