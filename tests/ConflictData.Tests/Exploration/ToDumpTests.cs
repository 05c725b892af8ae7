using System;
using System.Linq;
using System.Reflection;

namespace ConflictData.Tests.Exploration;

/// <summary>LINQPad calls a method named ToDump by reflection; these tests call it the same way.</summary>
public class ToDumpTests
{
    private static object? Dump(object value) =>
        value.GetType().GetMethod("ToDump", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes)!.Invoke(value, null);

    private static object? Property(object view, string name) => view.GetType().GetProperty(name)!.GetValue(view);

    [Fact]
    public void Estimate_ShowsValueHedgeSourceAndDate_InOneLineEach()
    {
        var view = Dump(SeedCorpus.Load().GetEstimate("004-guterres-militants-iraq-syria"))!;
        Assert.Equal(["Figure", "Value", "Hedge", "Measures", "About", "Published", "Source", "Id"], view.GetType().GetProperties().Select(p => p.Name));
        Assert.Equal("between 14,000 and 18,000 militants", Property(view, "Figure"));
        Assert.Equal("between … and", Property(view, "Hedge"));
        Assert.Equal("during 2019-02", Property(view, "About"));
        Assert.StartsWith("RNZ → António Guterres", (string)Property(view, "Source")!, StringComparison.Ordinal);
        Assert.All(view.GetType().GetProperties(), p => Assert.True(p.PropertyType == typeof(string), p.Name));
    }

    [Fact]
    public void ValueTypes_DumpAsTheirOneLineText()
    {
        var guterres = SeedCorpus.Load().GetEstimate("004-guterres-militants-iraq-syria");
        object[] values = [guterres.Quantity, guterres.Quantity.Value, guterres.Hedge, guterres.Measurand, guterres.ReferenceTime!,
            guterres.Published!, guterres.Sources[0], guterres.Sources[0].Origin, guterres.Evidence[0], guterres.ReferenceTime!.Anchor];
        Assert.All(values, v => Assert.Equal(v.ToString(), Dump(v)));
    }

    [Fact]
    public void Document_ShowsItsMetadataAndTheOpening_NotTheWholeText()
    {
        var document = SeedCorpus.Load().Documents.Single(d => d.Id.Value.StartsWith("004", StringComparison.Ordinal));
        var view = Dump(document)!;
        Assert.Equal("RNZ", Property(view, "Outlet"));
        Assert.Equal(document.Text.Length, Property(view, "Characters"));
        string opening = (string)Property(view, "Opening")!;
        Assert.True(opening.Length <= 121);
        Assert.EndsWith("…", opening, StringComparison.Ordinal);
    }
}
