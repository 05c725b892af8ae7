using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using ConflictData.Utility;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Reconciliation;

internal sealed partial class ReconciliationRun
{
    /// <summary>One time point of one key: conversion, normalisation, same-origin collapse, the rule, and its diagnostics.</summary>
    /// <remarks>The entries of <paramref name="point"/> are in id order. The run's scratch lists are reused from group to
    /// group: nothing of them is kept.</remarks>
    private GroupBuilder BuildGroup(QuantityKey key, ReadOnlySpan<Entry> point)
    {
        var interval = HullOf(point);
        var first = point[0].Estimate.Quantity.Unit;
        var unit = first.Dimension == Dimension.Money ? Unit.Money(options.Currency) : first;
        var group = new GroupBuilder(GroupName(key, interval), key, interval, unit);
        group.Inputs.Capacity = point.Length;
        var candidates = scratchCandidates;
        candidates.Clear();
        foreach (var entry in point)
        {
            if (entry.Pending is { } pending)
            {
                group.AddDiagnostics(pending);
            }
            if (Prepare(entry, unit, interval, group))
            {
                candidates.Add(entry);
            }
        }
        var representatives = CollapseSameOrigin(candidates, group);
        if (representatives.Count == 0)
        {
            group.Rule = options.Rule.Name;
            return group;
        }
        // The rule's inputs are made only when the group's outcomes or inputs are read; the built-in envelope and consensus
        // merge the entries' values (the same code as over inputs), other rules are given the inputs now.
        var held = representatives.ToArray();
        var mergeInputs = new DeferredArray<MergeInput>(() => MergeInputsOf(held));
        var result = options.Rule switch
        {
            EnvelopeRule envelope => envelope.Merge(held, ValueOf, mergeInputs),
            ConsensusRule consensus => consensus.Merge(held, ValueOf, mergeInputs),
            var rule => rule.Merge(mergeInputs.Value, unit),
        };
        group.Rule = result.Rule;
        group.Merge = result;
        group.MergeInputs = mergeInputs;
        group.Value = result.Value is { } v && Quantity.TryCreate(v, unit, out var quantity, out _) ? quantity : null;
        group.Note = result.Note;
        var used = scratchUsed;
        used.Clear();
        for (int i = 0; i < representatives.Count; i++)
        {
            var candidate = representatives[i];
            if (result.KeepsEveryInput)
            {
                // The outcome is read from the result when the group's inputs are, without making it now.
                group.Inputs.Add(new(candidate, null));
                used.Add(candidate);
                continue;
            }
            var outcome = OutcomeOf(result, i, candidate.Id);
            group.Inputs.Add(new(candidate, outcome));
            if (!outcome.IsDropped)
            {
                used.Add(candidate);
            }
        }
        if (!result.Diagnostics.IsEmpty)
        {
            group.AddDiagnostics(result.Diagnostics);
        }
        AddInputDiagnostics(group, representatives, used, result);
        return group;
    }

    // What the rules' shared bound arithmetic (generic over what holds a value) reads of a prepared entry.
    private static readonly Func<Entry, RangedValue> ValueOf = static entry => entry.Value!;

    /// <summary>The rule's inputs of a group's merged entries, in their (id) order: made when the group's outcomes, rules compared or inputs left out are read.</summary>
    private static ImmutableArray<MergeInput> MergeInputsOf(Entry[] entries)
    {
        var inputs = new MergeInput[entries.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            inputs[i] = entries[i].ToMergeInput();
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(inputs);
    }

    /// <summary>The outcome of the <paramref name="index"/>th input (in id order): at that index when the rule gave one outcome per input, as the built-in rules do.</summary>
    private static InputOutcome OutcomeOf(MergeResult result, int index, string id) =>
        index < result.Outcomes.Length && string.Equals(result.Outcomes[index].Id, id, StringComparison.Ordinal)
            ? result.Outcomes[index]
            : result.GetOutcome(id);

    private static DateInterval? Hull(DateInterval? hull, DateInterval? next) =>
        next is null ? hull : hull is null ? next
            : new DateInterval(LocalDate.Min(hull.Start, next.Start), LocalDate.Max(hull.End, next.End));

    /// <summary>The hull of the entries' intervals, built once rather than one interval per entry.</summary>
    private static DateInterval? HullOf(ReadOnlySpan<Entry> point)
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

    /// <summary>Converts money and normalises counts into the entry's input; false (with the input recorded as excluded) when no rate is found.</summary>
    private bool Prepare(Entry entry, Unit unit, DateInterval? interval, GroupBuilder group)
    {
        var estimate = entry.Estimate;
        var value = estimate.Quantity.Value;
        string? originKey = OriginKey(estimate);
        if (estimate.Quantity.Unit.Currency is { } from && from != options.Currency)
        {
            LocalDate? on = estimate.Published?.Earliest ?? entry.Interval?.End ?? interval?.End;
            if (on is null || !options.ExchangeRates.TryGetRate(from, options.Currency, on.Value, out var rate))
            {
                string when = on is null ? "an unknown date" : LocalDatePattern.Iso.Format(on.Value);
                group.AddDiagnostic(Diagnostic.Create(ReconciliationDiagnostics.MissingExchangeRate, [entry.Id], [], entry.Id, from, options.Currency, when));
                group.Inputs.Add(new(entry, new InputOutcome(entry.Id, InputRole.Excluded, $"no {from}/{options.Currency} exchange rate for {when}")));
                entry.Excluded(originKey);
                return false;
            }
            var conversion = new CurrencyConversion(estimate.Quantity, rate);
            entry.Converted(conversion);
            value = conversion.Converted.Value;
            group.AddDiagnostic(Diagnostic.Create(ReconciliationDiagnostics.CurrencyConverted, [entry.Id], [],
                entry.Id, estimate.Quantity.Value, from, value, options.Currency, Invariant.Plain(rate.Rate), rate.Period, rate.Source));
        }
        bool normalised = false;
        if (unit.Dimension == Dimension.Count)
        {
            var whole = IntegralBounds.Normalize(value);
            normalised = !ReferenceEquals(whole, value);
            value = whole;
        }
        entry.Prepare(value, originKey);
        if (normalised)
        {
            // A third of counts are normalised, and the diagnostic (CD0012) is hidden by default: it is made when read.
            group.AddNormalised(entry);
        }
        return true;
    }

    /// <summary>The normalised key of the estimate's origin, computed once per distinct origin of the run.</summary>
    /// <remarks>Estimates often share one <see cref="Source"/> instance, which is looked up by reference before its value
    /// (hashing a source's value hashes its texts).</remarks>
    private string? OriginKey(Estimate estimate)
    {
        if (estimate.Sources.IsEmpty)
        {
            return null;
        }
        var origin = estimate.Sources[0].Origin;
        if (!originKeysByInstance.TryGetValue(origin, out string? key))
        {
            if (!originKeys.TryGetValue(origin, out key))
            {
                key = options.Origins.Key(origin);
                originKeys.Add(origin, key);
            }
            originKeysByInstance.Add(origin, key);
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
    private List<Entry> CollapseSameOrigin(List<Entry> candidates, GroupBuilder group)
    {
        candidates.Sort(CollapseOrder);
        var representatives = scratchRepresentatives;
        representatives.Clear();
        // Small groups scan their few representatives (comparing keys first); large ones index them by origin key, in an
        // index and lists reused from group to group.
        var byOrigin = defaultOrigins && candidates.Count > 16 ? scratchOrigins : null;
        foreach (var candidate in candidates)
        {
            var same = FindSameEstimate(candidate, byOrigin is null ? representatives : PeersOf(byOrigin, candidate.OriginKey));
            if (same is null)
            {
                representatives.Add(candidate);
                if (byOrigin is not null && candidate.OriginKey is { } key)
                {
                    if (!byOrigin.TryGetValue(key, out var peers))
                    {
                        byOrigin.Add(key, peers = spareLists.TryPop(out var spare) ? spare : []);
                    }
                    peers.Add(candidate);
                }
                continue;
            }
            same.AddCitation(candidate.Estimate);
            // The diagnostic (CD0002, hidden by default) and the outcome's words are made when read.
            group.AddDuplicate(candidate, same);
        }
        if (byOrigin is not null)
        {
            // Removed key by key: clearing would clear buckets sized for the largest group so far.
            foreach (var candidate in representatives)
            {
                if (candidate.OriginKey is { } key && byOrigin.Remove(key, out var peers))
                {
                    peers.Clear();
                    spareLists.Push(peers);
                }
            }
        }
        representatives.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return representatives;
    }

    private static List<Entry> PeersOf(Dictionary<string, List<Entry>> byOrigin, string? key) =>
        key is not null && byOrigin.TryGetValue(key, out var peers) ? peers : NoPeers;

    // Never added to: the peers of an origin not yet indexed.
    private static readonly List<Entry> NoPeers = [];

    private Entry? FindSameEstimate(Entry candidate, List<Entry> representatives)
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
    private static int CollapseOrder(Entry a, Entry b)
    {
        int c = (a.Conversion is null ? 0 : 1) - (b.Conversion is null ? 0 : 1);
        if (c != 0)
        {
            return c;
        }
        c = (a.Estimate.Published?.Earliest ?? LocalDate.MaxIsoValue).CompareTo(b.Estimate.Published?.Earliest ?? LocalDate.MaxIsoValue);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    private bool IsSameEstimate(Entry a, Entry b)
    {
        Estimate x = a.Estimate, y = b.Estimate;
        if (x.Sources.IsEmpty || y.Sources.IsEmpty || !SameOrigin(a, b)
            || a.Interval is not { } i || b.Interval is not { } j || i.Start > j.End || j.Start > i.End)
        {
            return false;
        }
        RangedValue fx = x.Quantity.Value, fy = y.Quantity.Value;
        int count = FigureCount(fx);
        if (count != FigureCount(fy))
        {
            return false;
        }
        decimal fa = a.Conversion?.Rate.Rate ?? 1, fb = b.Conversion?.Rate.Rate ?? 1;
        for (int k = 0; k < count; k++)
        {
            decimal vx = Figure(fx, k), vy = Figure(fy, k);
            decimal tolerance = Math.Max(HalfUnit(vx) * fa, HalfUnit(vy) * fb);
            if (Math.Abs((vx * fa) - (vy * fb)) > tolerance)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether two sourced candidates share an origin: by the default rule on their keys, computed once; else by the options' normaliser.</summary>
    private bool SameOrigin(Entry a, Entry b)
    {
        Source x = a.Estimate.Sources[0].Origin, y = b.Estimate.Sources[0].Origin;
        return defaultOrigins
            ? string.Equals(a.OriginKey, b.OriginKey, StringComparison.Ordinal) && OriginNormalizer.DatesOverlap(x, y)
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

    /// <summary>Stated low confidence of any input; disjoint, single-origin and best-outside diagnostics of the <paramref name="used"/> ones.</summary>
    private static void AddInputDiagnostics(GroupBuilder group, List<Entry> representatives, List<Entry> used, MergeResult result)
    {
        foreach (var candidate in representatives)
        {
            if (candidate.Estimate.Confidence is { Level: ConfidenceLevel.Low } confidence)
            {
                string by = confidence.StatedBy is null ? "" : " by " + confidence.StatedBy;
                group.AddDiagnostic(Diagnostic.Create(ReconciliationDiagnostics.LowConfidence, [candidate.Id], [], candidate.Id, by, confidence.Text));
            }
        }
        if (used.Count > 1 && !HasConflict(result))
        {
            var (high, low) = RangeHull.ExtremePair(used, ValueOf);
            if (!used[high].Value!.Overlaps(used[low].Value!))
            {
                group.AddConflict(used[high], used[low]);
            }
        }
        if (result.Value is not { } value)
        {
            return;
        }
        if (HaveOneOrigin(used))
        {
            var estimate = used[0].Estimate;
            group.AddDiagnostic(Diagnostic.Create(ReconciliationDiagnostics.SingleOrigin, used.ConvertAll(c => c.Id), [],
                estimate.Sources.IsEmpty ? "an unsourced report" : estimate.Sources[0].Origin.ToString()));
        }
        foreach (var candidate in used)
        {
            if (candidate.Value!.Best is { } best && !value.Contains(best))
            {
                group.AddDiagnostic(Diagnostic.Create(ReconciliationDiagnostics.BestOutsideResult, [candidate.Id], [], candidate.Id, Invariant.Plain(best), value));
            }
        }
    }

    /// <summary>Whether the inputs have one origin between them: a single input, or inputs that all name the same origin (an unsourced input is its own).</summary>
    private static bool HaveOneOrigin(List<Entry> used)
    {
        if (used.Count == 0)
        {
            return false;
        }
        string? first = used[0].OriginKey;
        for (int i = 1; i < used.Count; i++)
        {
            if (first is null || !string.Equals(used[i].OriginKey, first, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HasConflict(MergeResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Descriptor == ReconciliationDiagnostics.Conflict)
            {
                return true;
            }
        }
        return false;
    }
}
