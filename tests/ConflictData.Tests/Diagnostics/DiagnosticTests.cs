using System;
using System.Linq;
using ConflictData.Reconciliation;

namespace ConflictData.Tests.Diagnostics;

public class DiagnosticTests
{
    [Fact]
    public void Descriptors_HaveUniqueStableIds_InOrder()
    {
        var ids = ReconciliationDiagnostics.All.Select(d => d.Id).ToArray();
        Assert.Equal(Enumerable.Range(1, ids.Length).Select(i => $"CD{i:D4}"), ids);
    }

    [Fact]
    public void Create_FillsTheMessageCultureInvariantly_AndDropsRepeatedIds() =>
        Tests.Infrastructure.CultureScope.AssertInvariant(() =>
        {
            var d = Diagnostic.Create(ReconciliationDiagnostics.BestOutsideResult, ["a", "a"], [], "a", 1.5m, RangedValue.Between(2, 3));
            Assert.Equal(["a"], d.EstimateIds.ToArray());
            return d.ToString();
        });

    [Fact]
    public void ADescriptorId_MustBeCDAndFourDigits()
    {
        var e = Assert.Throws<ArgumentException>(() => new DiagnosticDescriptor("XX01", "t", "m", "c", DiagnosticSeverity.Info, "h"));
        Assert.Equal("\"XX01\" is not a diagnostic id; expected CD and four digits, such as CD0001. (Parameter 'id')", e.Message);
    }

    [Fact]
    public void Options_ParseEditorConfigSeverities_AndRejectABadLineByNumber()
    {
        var options = DiagnosticOptions.Parse("# severities\n[*.json]\ndotnet_diagnostic.CD0001.severity = error\nCD0003 = suggestion\nCD0008 = none\nCD0012=silent");
        Assert.Equal(DiagnosticSeverity.Error, options.Overrides["CD0001"]);
        Assert.Equal(DiagnosticSeverity.Info, options.Overrides["CD0003"]);
        Assert.Null(options.Overrides["CD0008"]);
        Assert.Equal(DiagnosticSeverity.Hidden, options.Overrides["CD0012"]);
        var d = Diagnostic.Create(ReconciliationDiagnostics.SingleOrigin, ["a"], [], "UN");
        Assert.Null(options.Apply(d));

        var e = Assert.Throws<FormatException>(() => DiagnosticOptions.Parse("CD0001 = error\nCD0002 = loud"));
        Assert.Equal("Line 2 (\"CD0002 = loud\") is not a severity setting; expected dotnet_diagnostic.CDnnnn.severity = error|warning|suggestion|silent|none.", e.Message);
    }
}
