using System.IO;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Diagnostics;

/// <summary>docs/diagnostics.md lists every descriptor, with its default severity, once.</summary>
public class DiagnosticsDocumentTests
{
    [Fact]
    public void TheTable_ListsEveryId_WithItsDefaultSeverity()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "docs", "diagnostics.md"))
            .Where(l => l.StartsWith("| CD", System.StringComparison.Ordinal))
            .Select(l => l.Split('|', System.StringSplitOptions.TrimEntries))
            .Select(cells => (Id: cells[1], Severity: cells[2]))
            .ToList();
        Assert.Equal(ReconciliationDiagnostics.All.Select(d => (d.Id, Diagnostic.SeverityName(d.DefaultSeverity))), rows);
    }
}
