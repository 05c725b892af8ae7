using System;
using System.Globalization;
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
    public void Create_KeepsTheFirstOfRepeatedIds_InOrder_FromAnyKindOfSequence()
    {
        string[] expected = ["b", "a", "c"];
        static Diagnostic Of(System.Collections.Generic.IEnumerable<string> ids) => Diagnostic.Create(ReconciliationDiagnostics.SingleOrigin, ids, [], "UN");
        Assert.Equal(expected, Of(["b", "a", "b", "c", "a"]).EstimateIds.ToArray());
        Assert.Equal(expected, Of(new[] { "b", "a", "b", "c", "a" }.Where(_ => true)).EstimateIds.ToArray());
        var many = Enumerable.Range(0, 40).Select(i => "id" + (i % 20).ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(many.Take(20), Of(many).EstimateIds.ToArray());
        Assert.Empty(Of([]).EstimateIds);
    }

    [Fact]
    public void WithLocations_AddsOnlyLocationsNotYetThere_AndReturnsTheSameDiagnosticWhenNothingIsNew()
    {
        var document = new DocumentId("004_21cca053a9288443");
        Evidence first = new(document, new TextSpan(0, 5), "40000"), second = new(document, new TextSpan(10, 5), "45000");
        var d = Diagnostic.Create(ReconciliationDiagnostics.Conflict, ["a", "b"], [first], "a", "x", "b", "y", "t", "u");
        Assert.Same(d, d.WithLocations(id => id == "a" ? [first] : []));
        var located = d.WithLocations(id => id == "a" ? [first, second] : [second]);
        Assert.Equal([first, second], located.Locations.ToArray());
        Assert.Equal(d.Message, located.Message);
        Assert.Equal(d.EstimateIds.ToArray(), located.EstimateIds.ToArray());
    }

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
