using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using ConflictData.Reconciliation;
using NodaTime;
using ScottPlot;

namespace ConflictData.Charts;

/// <summary>
/// A chart of competing estimates of one quantity over time, in the manner of Our World in Data (every source's low,
/// high and best, never averaged) and Airwars (a band from the minimum to the maximum): each estimate a range bar at
/// the middle of its reference time, coloured by origin; inclusive bounds capped with a bar, exclusive bounds with an
/// open circle, open bounds as arrows; best values as diamonds; the reconciled result of each time as a grey band,
/// outlined in red with a "conflict" label where the reconciliation reports one; a real date axis.
/// </summary>
/// <remarks>
/// <para>Estimates about the same time are spread a little apart so none hides another. Drawing is ScottPlot 5; the
/// <see cref="Plot"/> is exposed for further styling before saving.</para>
/// <para>Instances are not thread-safe: a plot is a mutable drawing.</para>
/// </remarks>
/// <example>
/// <code>
/// var timeline = SeedCorpus.Estimates.OfIndicator(Indicator.Fighters).InPlace(CountryCode.Syria).ToTimelines()
///     .First(t => t.Key.Measurand.Places.Length == 2);
/// EstimateChart.Of(timeline).Save("fighters.png");
/// </code>
/// </example>
public sealed class EstimateChart
{
    private const int DefaultWidth = 1100;
    private const int DefaultHeight = 620;
    private static readonly Color BandColor = Colors.Gray.WithAlpha(0.28);
    private static readonly Color ConflictColor = Color.FromHex("#C62828");

    private EstimateChart(Plot plot, ImmutableArray<Estimate> estimates, ImmutableArray<string> origins)
    {
        Plot = plot;
        Estimates = estimates;
        Origins = origins;
    }

    /// <summary>The ScottPlot drawing.</summary>
    public Plot Plot { get; }

    /// <summary>Every estimate drawn, in the order drawn.</summary>
    public ImmutableArray<Estimate> Estimates { get; }

    /// <summary>The origins in the legend, one colour each, in order of first appearance.</summary>
    public ImmutableArray<string> Origins { get; }

    /// <summary>
    /// Draws a timeline: every input estimate of every point as a range bar, and each point's reconciled value as a band
    /// over its time, marked where the reconciliation found a conflict.
    /// </summary>
    /// <param name="timeline">The timeline, from <see cref="EstimateQueries.ToTimelines"/> or a <see cref="ReconciliationReport"/>.</param>
    /// <param name="title">The title; by default the quantity.</param>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static EstimateChart Of(Timeline timeline, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var estimates = timeline.Points.SelectMany(p => p.Inputs).Select(i => i.Estimate).Distinct().ToArray();
        return Draw(estimates, timeline.Points, title ?? timeline.Key.ToString(), timeline.Key.Measurand.Places);
    }

    /// <summary>Draws estimates without reconciliation: range bars only, no band.</summary>
    /// <param name="estimates">The estimates, usually of one quantity; those without any known time are left out.</param>
    /// <param name="title">The title.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EstimateChart Of(IEnumerable<Estimate> estimates, string title)
    {
        ArgumentNullException.ThrowIfNull(estimates);
        ArgumentNullException.ThrowIfNull(title);
        return Draw([.. estimates], [], title, null);
    }

    /// <summary>The chart as SVG text.</summary>
    public string ToSvg(int width = DefaultWidth, int height = DefaultHeight) => Plot.GetSvgXml(width, height);

    /// <summary>Saves the chart as SVG or PNG, chosen by the extension of <paramref name="path"/>.</summary>
    /// <exception cref="ArgumentException">The extension is neither .svg nor .png.</exception>
    public void Save(string path, int width = DefaultWidth, int height = DefaultHeight)
    {
        ArgumentNullException.ThrowIfNull(path);
        switch (Path.GetExtension(path).ToUpperInvariant())
        {
            case ".SVG":
                Plot.SaveSvg(path, width, height);
                break;
            case ".PNG":
                Plot.SavePng(path, width, height);
                break;
            default:
                throw new ArgumentException($"'{path}' has neither a .svg nor a .png extension; the chart is written as SVG or PNG.", nameof(path));
        }
    }

    // A part of the quantity (Iraq alone, in a timeline of Iraq and Syria) is labelled with its places, so its bar is
    // not read as a figure for the whole.
    private static EstimateChart Draw(Estimate[] all, ImmutableArray<ReconciledGroup> points, string title, ImmutableArray<CountryCode>? wholePlaces)
    {
        var dated = all.Where(e => e.ReferenceTime is not null || e.Published is not null).ToArray();
        var plot = new Plot();
        plot.Title(title);
        plot.XLabel("time the figure is about");
        plot.YLabel(dated.Length == 0 ? "" : UnitLabel(dated[0].Quantity.Unit));

        var finite = dated.SelectMany(e => new[] { e.Quantity.Value.Lower?.Value, e.Quantity.Value.Upper?.Value, e.Quantity.Value.Best })
            .Concat(points.SelectMany(p => new[] { p.Value?.Value.Lower?.Value, p.Value?.Value.Upper?.Value }))
            .OfType<decimal>().Select(v => (double)v).DefaultIfEmpty(1).ToArray();
        double top = Math.Max(finite.Max(), 1) * 1.18;
        double arrow = top * 0.12;
        var days = dated.Select(Middle).ToArray();
        double span = Math.Max(days.DefaultIfEmpty(0).Max() - days.DefaultIfEmpty(0).Min(), 120);
        double step = span * 0.018;

        DrawBands(plot, points, top, span);
        var origins = dated.Select(OriginOf).Distinct(StringComparer.Ordinal).ToImmutableArray();
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var sameTime in dated.GroupBy(Middle).OrderBy(g => g.Key))
        {
            var group = sameTime.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
            for (int i = 0; i < group.Length; i++)
            {
                double x = sameTime.Key + (i - (group.Length - 1) / 2.0) * step;
                var places = group[i].Measurand.Places;
                string? part = wholePlaces is { } whole && !places.SequenceEqual(whole) ? string.Join("+", places) : null;
                DrawEstimate(plot, group[i], x, palette.GetColor(origins.IndexOf(OriginOf(group[i]))), arrow, part);
            }
        }

        AddLegend(plot, origins, palette, points.Any(p => p.Value is not null), points.Any(p => p.HasConflict));
        var xs = days.Concat(points.Where(p => p.Time is not null).SelectMany(p => new[] { Day(p.Time!.Start), Day(p.Time.End.PlusDays(1)) }))
            .DefaultIfEmpty(0).ToArray();
        double left = xs.Min() - span * 0.06;
        double right = xs.Max() + span * 0.06;
        plot.Axes.Bottom.TickGenerator = DateTicks(left, right);
        plot.Axes.SetLimits(left, right, 0, top);
        return new EstimateChart(plot, [.. dated], origins);
    }

    private static void DrawBands(Plot plot, ImmutableArray<ReconciledGroup> points, double top, double span)
    {
        foreach (var point in points)
        {
            if (point.Value is not { } value || point.Time is not { } time)
            {
                continue;
            }
            double start = Day(time.Start);
            double end = Day(time.End.PlusDays(1));
            double minimumWidth = span * 0.03;
            if (end - start < minimumWidth)
            {
                double middle = (start + end) / 2;
                (start, end) = (middle - minimumWidth / 2, middle + minimumWidth / 2);
            }
            double low = value.Value.Lower is { } l ? (double)l.Value : 0;
            double high = value.Value.Upper is { } u ? (double)u.Value : top;
            var band = plot.Add.Rectangle(start, end, low, high);
            band.FillColor = BandColor;
            band.LineWidth = point.HasConflict ? 2 : 0;
            band.LineColor = point.HasConflict ? ConflictColor : BandColor;
            band.LinePattern = LinePattern.Dashed;
            if (point.IsSumOfParts)
            {
                var sum = plot.Add.Text("sum of parts", (start + end) / 2, high);
                sum.LabelFontColor = Colors.DimGray;
                sum.LabelFontSize = 12;
                sum.LabelAlignment = Alignment.LowerCenter;
            }
            if (point.HasConflict)
            {
                var label = plot.Add.Text("conflict", (start + end) / 2, high);
                label.LabelFontColor = ConflictColor;
                label.LabelFontSize = 13;
                label.LabelBold = true;
                label.LabelAlignment = Alignment.LowerCenter;
            }
        }
    }

    private static void DrawEstimate(Plot plot, Estimate estimate, double x, Color color, double arrow, string? part)
    {
        var value = estimate.Quantity.Value;
        double? low = value.Lower is { } l ? (double)l.Value : null;
        double? high = value.Upper is { } u ? (double)u.Value : null;
        if (low is { } a && high is { } b)
        {
            var bar = plot.Add.Line(x, a, x, b);
            bar.LineWidth = 3;
            bar.Color = color;
            bar.MarkerShape = MarkerShape.None;
        }
        else
        {
            // An open bound: an arrow from the stated bound towards where the range keeps going.
            double from = low ?? high!.Value;
            double to = low is not null ? from + arrow : Math.Max(0, from - arrow);
            var open = plot.Add.Arrow(x, from, x, to);
            open.ArrowLineColor = color;
            open.ArrowFillColor = color;
            open.ArrowLineWidth = 0;
            open.ArrowWidth = 3;
            open.ArrowheadWidth = 12;
            open.ArrowheadLength = 12;
        }
        DrawBound(plot, x, value.Lower, color);
        DrawBound(plot, x, value.Upper, color);
        if (value.Best is { } best)
        {
            plot.Add.Marker(x, (double)best, MarkerShape.FilledDiamond, 11, color);
        }
        if (part is not null)
        {
            double middle = ((low ?? high!.Value) + (high ?? low!.Value)) / 2;
            var label = plot.Add.Text(part, x, middle);
            label.LabelFontColor = color;
            label.LabelFontSize = 12;
            label.LabelAlignment = Alignment.MiddleLeft;
            label.OffsetX = 9;
        }
    }

    // Inclusive: a solid cap, as on an error bar. Exclusive: an open circle, as in interval notation.
    private static void DrawBound(Plot plot, double x, Bound? bound, Color color)
    {
        if (bound is not { } b)
        {
            return;
        }
        var marker = plot.Add.Marker(x, (double)b.Value, b.IsInclusive ? MarkerShape.HorizontalBar : MarkerShape.OpenCircle, b.IsInclusive ? 16 : 10, color);
        marker.MarkerLineWidth = 2.5f;
        if (!b.IsInclusive)
        {
            marker.MarkerFillColor = Colors.White;
        }
    }

    private static void AddLegend(Plot plot, ImmutableArray<string> origins, ScottPlot.Palettes.Category10 palette, bool bands, bool conflicts)
    {
        var items = origins.Select((origin, i) => new LegendItem { LabelText = origin, LineColor = palette.GetColor(i), LineWidth = 3 }).ToList();
        items.Add(new LegendItem { LabelText = "inclusive bound", MarkerShape = MarkerShape.HorizontalBar, MarkerLineColor = Colors.Black, MarkerSize = 14, MarkerLineWidth = 2.5f });
        items.Add(new LegendItem { LabelText = "exclusive bound", MarkerShape = MarkerShape.OpenCircle, MarkerLineColor = Colors.Black, MarkerSize = 9, MarkerLineWidth = 2.5f });
        items.Add(new LegendItem { LabelText = "best value", MarkerShape = MarkerShape.FilledDiamond, MarkerFillColor = Colors.Black, MarkerSize = 10 });
        items.Add(new LegendItem { LabelText = "open bound (arrow)", LineColor = Colors.Black, LineWidth = 1, LinePattern = LinePattern.Dotted });
        if (bands)
        {
            items.Add(new LegendItem { LabelText = "reconciled", FillColor = BandColor, LineWidth = 0 });
        }
        if (conflicts)
        {
            items.Add(new LegendItem { LabelText = "conflict", FillColor = BandColor, OutlineColor = ConflictColor, OutlineWidth = 2 });
        }
        plot.ShowLegend(items, Alignment.UpperRight);
    }

    // The origin as the legend names it: who first gave the figure, with the organisation behind them.
    private static string OriginOf(Estimate estimate) => estimate.Sources.IsEmpty
        ? "unknown source"
        : estimate.Sources[0].Origin is { Organisation: { } organisation } origin && organisation != origin.Name
            ? $"{origin.Name} ({organisation})"
            : estimate.Sources[0].Origin.Name;

    // ISO month labels (culture-invariant) on the first of a month, every 1, 3, 6 or 12 months as the span needs.
    private static ScottPlot.TickGenerators.NumericManual DateTicks(double left, double right)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var first = LocalDate.FromDateTime(DateTime.FromOADate(left));
        var last = LocalDate.FromDateTime(DateTime.FromOADate(right));
        int months = Period.Between(first, last, PeriodUnits.Months).Months;
        int every = months <= 14 ? 1 : months <= 40 ? 3 : months <= 80 ? 6 : 12;
        for (var month = new LocalDate(first.Year, 1, 1); month <= last; month = month.PlusMonths(every))
        {
            if (month >= first)
            {
                ticks.AddMajor(Day(month), every == 12 ? month.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : month.ToString("yyyy'-'MM", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return ticks;
    }

    private static double Middle(Estimate estimate)
    {
        var interval = Reconciler.ReferenceInterval(estimate)!;
        return (Day(interval.Start) + Day(interval.End.PlusDays(1))) / 2;
    }

    private static double Day(LocalDate date) => date.ToDateTimeUnspecified().ToOADate();

    private static string UnitLabel(Unit unit) => unit.Dimension switch
    {
        Dimension.Count => unit == Unit.Person ? "people" : unit.Code,
        _ => unit.Code,
    };
}
