using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Reconciliation;

internal sealed partial class ReconciliationRun
{
    /// <summary>One time point of one key: conversion, normalisation, same-origin collapse, the rule, and its diagnostics.</summary>
    private GroupBuilder BuildGroup(QuantityKey key, List<Entry> point)
    {
        var interval = HullOf(point);
        var first = point[0].Estimate.Quantity.Unit;
        var unit = first.Dimension == Dimension.Money ? Unit.Money(options.Currency) : first;
        var group = new GroupBuilder(GroupName(key, interval), key, interval, unit);
        var candidates = new List<Candidate>(point.Count);
        point.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        foreach (var entry in point)
        {
            if (entry.Pending is { } pending)
            {
                group.Diagnostics.AddRange(pending);
            }
            var candidate = Prepare(entry, unit, interval, group);
            if (candidate is not null)
            {
                candidates.Add(candidate);
            }
        }
        var representatives = CollapseSameOrigin(candidates, group);
        if (representatives.Count == 0)
        {
            group.Rule = options.Rule.Name;
            return group;
        }
        var inputs = representatives.Select(c => c.Input).ToImmutableArray();
        var result = options.Rule.Merge(inputs, unit);
        group.Rule = result.Rule;
        group.Merge = result;
        group.MergeInputs = inputs;
        group.Value = result.Value is { } v && Quantity.TryCreate(v, unit, out var quantity, out _) ? quantity : null;
        group.Note = result.Note;
        foreach (var candidate in representatives)
        {
            var outcome = result.GetOutcome(candidate.Entry.Id);
            group.Inputs.Add(candidate.ToInput(outcome));
            if (!outcome.IsDropped)
            {
                group.Comparands.Add(new Comparand(candidate.Entry.Id, candidate.Input.Value, candidate.Entry.Interval, [candidate.Entry.Id]));
            }
        }
        group.Diagnostics.AddRange(result.Diagnostics);
        AddInputDiagnostics(group, representatives, result);
        return group;
    }

    private static DateInterval? Hull(DateInterval? hull, DateInterval? next) =>
        next is null ? hull : hull is null ? next
            : new DateInterval(LocalDate.Min(hull.Start, next.Start), LocalDate.Max(hull.End, next.End));

    /// <summary>The hull of the entries' intervals, built once rather than one interval per entry.</summary>
    private static DateInterval? HullOf(List<Entry> point)
    {
        DateInterval? only = null;
        LocalDate start = default, end = default;
        bool wider = false;
        foreach (var entry in point)
        {
            if (entry.Interval is not { } i)
            {
                continue;
            }
            if (only is null)
            {
                (only, start, end) = (i, i.Start, i.End);
                continue;
            }
            wider |= i.Start < start || i.End > end;
            (start, end) = (LocalDate.Min(start, i.Start), LocalDate.Max(end, i.End));
        }
        return wider ? new DateInterval(start, end) : only;
    }

    /// <summary>Converts money and normalises counts; null (with the input recorded as excluded) when no rate is found.</summary>
    private Candidate? Prepare(Entry entry, Unit unit, DateInterval? interval, GroupBuilder group)
    {
        var estimate = entry.Estimate;
        var value = estimate.Quantity.Value;
        CurrencyConversion? conversion = null;
        decimal factor = 1;
        if (estimate.Quantity.Unit.Currency is { } from && from != options.Currency)
        {
            LocalDate? on = estimate.Published?.Earliest ?? entry.Interval?.End ?? interval?.End;
            if (on is null || !options.ExchangeRates.TryGetRate(from, options.Currency, on.Value, out var rate))
            {
                string when = on is null ? "an unknown date" : LocalDatePattern.Iso.Format(on.Value);
                group.Diagnostics.Add(Diagnostic.Create(ReconciliationDiagnostics.MissingExchangeRate, [entry.Id], [], entry.Id, from, options.Currency, when));
                group.Inputs.Add(new ReconciledInput(estimate, OriginKey(estimate), [], null, null, null, entry.Interval, entry.Grouping,
                    new InputOutcome(entry.Id, InputRole.Excluded, $"no {from}/{options.Currency} exchange rate for {when}")));
                return null;
            }
            conversion = new CurrencyConversion(estimate.Quantity, rate);
            value = conversion.Converted.Value;
            factor = rate.Rate;
            group.Diagnostics.Add(Diagnostic.Create(ReconciliationDiagnostics.CurrencyConverted, [entry.Id], [],
                entry.Id, estimate.Quantity.Value, from, value, options.Currency, Invariant.Plain(rate.Rate), rate.Period, rate.Source));
        }
        DeferredText? normalisation = null;
        if (unit.Dimension == Dimension.Count)
        {
            var whole = IntegralBounds.Normalize(value);
            if (!ReferenceEquals(whole, value))
            {
                normalisation = new DeferredText("{0} normalised to {1}: a count of {2} is a whole number", [value, whole, unit.Code]);
                group.Diagnostics.Add(Diagnostic.Create(ReconciliationDiagnostics.BoundNormalised, [entry.Id], [], entry.Id, value, whole, unit.Code));
                value = whole;
            }
        }
        var input = new MergeInput(entry.Id, value, OriginKey(estimate), entry.Interval, estimate.Published?.Earliest, estimate.Reliability,
            estimate.Confidence?.Level == ConfidenceLevel.Low, (estimate.Hedge.Kinds & HedgeKinds.Vague) != 0);
        return new Candidate(entry, input, conversion, factor, normalisation);
    }

    /// <summary>The normalised key of the estimate's origin, computed once per distinct origin of the run.</summary>
    private string? OriginKey(Estimate estimate)
    {
        if (estimate.Sources.IsEmpty)
        {
            return null;
        }
        var origin = estimate.Sources[0].Origin;
        if (!originKeys.TryGetValue(origin, out string? key))
        {
            key = options.Origins.Key(origin);
            originKeys.Add(origin, key);
        }
        return key;
    }

    /// <summary>
    /// Counts citations of one origin with the same figures once. The representative is stated in the group's currency if
    /// one is, else published first, else first by id; the others become its citations.
    /// </summary>
    /// <remarks>With the default <see cref="OriginNormalizer"/> two citations can only be one estimate when their origin keys
    /// are equal, so a candidate is compared only with the representatives of its own origin key; a derived normaliser may
    /// declare any two origins the same, so then every representative is asked.</remarks>
    private List<Candidate> CollapseSameOrigin(List<Candidate> candidates, GroupBuilder group)
    {
        candidates.Sort(CollapseOrder);
        var representatives = new List<Candidate>(candidates.Count);
        // Small groups scan their few representatives (comparing keys first); large ones index them by origin key.
        var byOrigin = defaultOrigins && candidates.Count > 16 ? new Dictionary<string, List<Candidate>>(StringComparer.Ordinal) : null;
        foreach (var candidate in candidates)
        {
            var same = FindSameEstimate(candidate, byOrigin is null ? representatives : PeersOf(byOrigin, candidate.Input.Origin));
            if (same is null)
            {
                representatives.Add(candidate);
                if (byOrigin is not null && candidate.Input.Origin is { } key)
                {
                    if (!byOrigin.TryGetValue(key, out var peers))
                    {
                        byOrigin.Add(key, peers = []);
                    }
                    peers.Add(candidate);
                }
                continue;
            }
            same.AddCitation(candidate.Entry.Estimate);
            var origin = candidate.Entry.Estimate.Sources[0].Origin;
            string hedges = string.Equals(same.Entry.Estimate.Hedge.Text, candidate.Entry.Estimate.Hedge.Text, StringComparison.Ordinal)
                ? ""
                : $"; hedged differently (“{same.Entry.Estimate.Hedge.Text}” and “{candidate.Entry.Estimate.Hedge.Text}”), which is recorded, not a conflict";
            group.Diagnostics.Add(Diagnostic.Create(ReconciliationDiagnostics.SameOrigin, [same.Entry.Id, candidate.Entry.Id], [],
                same.Entry.Id, candidate.Entry.Id, origin, hedges));
            group.Inputs.Add(new ReconciledInput(candidate.Entry.Estimate, candidate.Input.Origin, [], candidate.Input.Value, candidate.Conversion,
                candidate.Normalisation, candidate.Entry.Interval, candidate.Entry.Grouping,
                new InputOutcome(candidate.Entry.Id, InputRole.Duplicate, $"the same estimate by {origin.Name} as {same.Entry.Id}, counted once as its citation")));
        }
        representatives.Sort(static (a, b) => string.CompareOrdinal(a.Entry.Id, b.Entry.Id));
        return representatives;
    }

    private static List<Candidate> PeersOf(Dictionary<string, List<Candidate>> byOrigin, string? key) =>
        key is not null && byOrigin.TryGetValue(key, out var peers) ? peers : [];

    private Candidate? FindSameEstimate(Candidate candidate, List<Candidate> representatives)
    {
        foreach (var representative in representatives)
        {
            if (IsSameEstimate(representative, candidate))
            {
                return representative;
            }
        }
        return null;
    }

    /// <summary>Stated in the group's currency first, then published first (unknown last), then by ordinal id.</summary>
    private static int CollapseOrder(Candidate a, Candidate b)
    {
        int c = (a.Conversion is null ? 0 : 1) - (b.Conversion is null ? 0 : 1);
        if (c != 0)
        {
            return c;
        }
        c = (a.Entry.Estimate.Published?.Earliest ?? LocalDate.MaxIsoValue).CompareTo(b.Entry.Estimate.Published?.Earliest ?? LocalDate.MaxIsoValue);
        return c != 0 ? c : string.CompareOrdinal(a.Entry.Id, b.Entry.Id);
    }

    private bool IsSameEstimate(Candidate a, Candidate b)
    {
        Estimate x = a.Entry.Estimate, y = b.Entry.Estimate;
        if (x.Sources.IsEmpty || y.Sources.IsEmpty || !SameOrigin(a, b)
            || a.Entry.Interval is not { } i || b.Entry.Interval is not { } j || i.Start > j.End || j.Start > i.End)
        {
            return false;
        }
        RangedValue fx = x.Quantity.Value, fy = y.Quantity.Value;
        int count = FigureCount(fx);
        if (count != FigureCount(fy))
        {
            return false;
        }
        for (int k = 0; k < count; k++)
        {
            decimal vx = Figure(fx, k), vy = Figure(fy, k);
            decimal tolerance = Math.Max(HalfUnit(vx) * a.Factor, HalfUnit(vy) * b.Factor);
            if (Math.Abs((vx * a.Factor) - (vy * b.Factor)) > tolerance)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether two sourced candidates share an origin: by the default rule on their keys, computed once; else by the options' normaliser.</summary>
    private bool SameOrigin(Candidate a, Candidate b)
    {
        Source x = a.Entry.Estimate.Sources[0].Origin, y = b.Entry.Estimate.Sources[0].Origin;
        return defaultOrigins
            ? string.Equals(a.Input.Origin, b.Input.Origin, StringComparison.Ordinal) && OriginNormalizer.DatesOverlap(x, y)
            : options.Origins.SameOrigin(x, y);
    }

    /// <summary>How many numbers a figure was stated with: one for a best value, else one per bound.</summary>
    private static int FigureCount(RangedValue value) =>
        value.Best is not null ? 1 : (value.Lower is null ? 0 : 1) + (value.Upper is null ? 0 : 1);

    /// <summary>The <paramref name="k"/>th number a figure was stated with: its best value if it has one, else its bounds in order.</summary>
    private static decimal Figure(RangedValue value, int k) =>
        value.Best ?? (k == 0 && value.Lower is { } lower ? lower.Value : value.Upper!.Value.Value);

    /// <summary>Half the place value of the last non-zero digit: the rounding a stated figure implies (39m → 0.5m, 300m → 50m).</summary>
    internal static decimal HalfUnit(decimal figure)
    {
        decimal v = Math.Abs(figure);
        if (v == 0)
        {
            return 0;
        }
        decimal place = 1;
        if (v % 1 != 0)
        {
            while (v % place != 0 && place > 0.0000000000000000000000000001m)
            {
                place /= 10;
            }
        }
        else
        {
            while (v % (place * 10) == 0 && place < 1_000_000_000_000_000_000_000_000m)
            {
                place *= 10;
            }
        }
        return place / 2;
    }

    private static void AddInputDiagnostics(GroupBuilder group, List<Candidate> representatives, MergeResult result)
    {
        foreach (var candidate in representatives)
        {
            if (candidate.Entry.Estimate.Confidence is { Level: ConfidenceLevel.Low } confidence)
            {
                string by = confidence.StatedBy is null ? "" : " by " + confidence.StatedBy;
                group.Diagnostics.Add(Diagnostic.Create(ReconciliationDiagnostics.LowConfidence, [candidate.Entry.Id], [], candidate.Entry.Id, by, confidence.Text));
            }
        }
        var used = representatives.Where(c => !result.GetOutcome(c.Entry.Id).IsDropped).ToList();
        if (used.Count > 1 && !result.Diagnostics.Any(d => d.Descriptor == ReconciliationDiagnostics.Conflict))
        {
            var (high, low) = RangeHull.ExtremePair(used.Select(c => c.Input).ToList());
            if (!high.Value.Overlaps(low.Value))
            {
                group.Diagnostics.Add(RangeHull.ConflictBetween(high, low));
            }
        }
        if (result.Value is not { } value)
        {
            return;
        }
        var origins = used.Select(c => c.Input.Origin ?? "(unsourced " + c.Entry.Id + ")").Distinct(StringComparer.Ordinal).ToList();
        if (origins.Count == 1 && used.Count > 0)
        {
            var estimate = used[0].Entry.Estimate;
            group.Diagnostics.Add(Diagnostic.Create(ReconciliationDiagnostics.SingleOrigin, used.Select(c => c.Entry.Id), [],
                estimate.Sources.IsEmpty ? "an unsourced report" : estimate.Sources[0].Origin.ToString()));
        }
        foreach (var candidate in used)
        {
            if (candidate.Input.Value.Best is { } best && !value.Contains(best))
            {
                group.Diagnostics.Add(Diagnostic.Create(ReconciliationDiagnostics.BestOutsideResult, [candidate.Entry.Id], [], candidate.Entry.Id, Invariant.Plain(best), value));
            }
        }
    }

    /// <summary>An estimate ready for the rule: its input, the conversion and normalisation made, and its citations.</summary>
    private sealed class Candidate(Entry entry, MergeInput input, CurrencyConversion? conversion, decimal factor, DeferredText? normalisation)
    {
        internal Entry Entry { get; } = entry;

        internal MergeInput Input { get; } = input;

        internal CurrencyConversion? Conversion { get; } = conversion;

        internal decimal Factor { get; } = factor;

        internal DeferredText? Normalisation { get; } = normalisation;

        private List<Estimate>? citations;

        internal void AddCitation(Estimate estimate) => (citations ??= []).Add(estimate);

        internal ReconciledInput ToInput(InputOutcome outcome) =>
            new(Entry.Estimate, Input.Origin, citations is null ? [] : [.. citations], Input.Value, Conversion, Normalisation, Entry.Interval, Entry.Grouping, outcome);
    }
}
