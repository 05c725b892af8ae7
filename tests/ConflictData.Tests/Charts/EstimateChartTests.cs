using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ConflictData.Charts;
using ConflictData.Reconciliation;
using ScottPlot;

namespace ConflictData.Tests.Charts;

public class EstimateChartTests
{
    private static readonly Timeline Fighters = SeedCorpus.Estimates.OfIndicator(Indicator.Fighters).ToTimelines()
        .Single(t => t.Key.Measurand.Places.SequenceEqual([CountryCode.Iraq, CountryCode.Syria]) && t.Key.Measurand.Qualifiers.IsEmpty);

    private static int Markers(EstimateChart chart, MarkerShape shape) =>
        chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Marker>().Count(m => m.MarkerShape == shape);

    [Fact]
    public void FighterTimeline_Svg_IsWellFormed_AndShowsEveryInput()
    {
        var chart = EstimateChart.Of(Fighters, "IS fighters in Iraq and Syria");
        var svg = XDocument.Parse(chart.ToSvg());
        string text = string.Concat(svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value + "\n"));
        var inputs = Fighters.Points.SelectMany(p => p.Inputs).Select(i => i.Id).ToHashSet();
        Assert.Equal(inputs.Order(), chart.Estimates.Select(e => e.Id).Order());
        Assert.Contains("004-coalition-iraq-2018", inputs);
        Assert.All(chart.Origins, origin => Assert.Contains(origin, text, StringComparison.Ordinal));
        Assert.Contains("IS fighters in Iraq and Syria", text, StringComparison.Ordinal);
        Assert.Contains("sum of parts", text, StringComparison.Ordinal);
        Assert.Contains("2019-01", text, StringComparison.Ordinal);
        // Every bound of every input is drawn: inclusive ones as caps.
        Assert.Equal(chart.Estimates.Sum(e => (e.Quantity.Value.Lower is { IsInclusive: true } ? 1 : 0) + (e.Quantity.Value.Upper is { IsInclusive: true } ? 1 : 0)),
            Markers(chart, MarkerShape.HorizontalBar));
        Assert.Equal(Fighters.Points.Count(p => p.Value is not null), chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Rectangle>().Count());
    }

    [Fact]
    public void OpenAndExclusiveBounds_AndBestValues_AreDrawnDifferently()
    {
        var estimates = SeedCorpus.Estimates.OfIndicator(new Indicator("foreign-fighters-travelled")).ToArray();
        var chart = EstimateChart.Of(estimates, "Foreign fighters who travelled");
        Assert.Equal(estimates.Count(e => !e.Quantity.Value.IsBounded), chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Arrow>().Count());
        Assert.Equal(estimates.Count(e => e.Quantity.Value.Lower is { IsInclusive: false }) + estimates.Count(e => e.Quantity.Value.Upper is { IsInclusive: false }),
            Markers(chart, MarkerShape.OpenCircle));
        Assert.Equal(estimates.Count(e => e.Quantity.Value.Best is not null), Markers(chart, MarkerShape.FilledDiamond));
        Assert.Empty(chart.Plot.GetPlottables().OfType<ScottPlot.Plottables.Rectangle>());
        XDocument.Parse(chart.ToSvg());
    }

    [Fact]
    public void Save_WritesPngOrSvg_AndRejectsOtherExtensions()
    {
        var chart = EstimateChart.Of(Fighters);
        string png = Path.Combine(Path.GetTempPath(), $"chart-{Guid.NewGuid():N}.png");
        try
        {
            chart.Save(png, 400, 300);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], File.ReadAllBytes(png)[..4]);
        }
        finally
        {
            File.Delete(png);
        }
        var e = Assert.Throws<ArgumentException>(() => chart.Save("chart.jpg"));
        Assert.Contains("neither a .svg nor a .png", e.Message, StringComparison.Ordinal);
    }
}
