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
    /// <remarks>The point's entries, <see cref="entries"/>[<paramref name="start"/>..+<paramref name="length"/>], are in id
    /// order. The run's scratch lists are reused from group to group: nothing of them is kept.</remarks>
    private GroupBuilder BuildGroup(QuantityKey key, int start, int length)
    {
        var interval = HullOf(entries.AsSpan(start, length));
        var first = entries[start].Estimate.Quantity.Unit;
        var unit = first.Dimension == Dimension.Money ? Unit.Money(options.Currency) : first;
        var group = new GroupBuilder(entries, GroupName(key, interval), key, interval, unit);
        group.Inputs.Capacity = length;
        var candidates = scratchCandidates;
        candidates.Clear();
        for (int index = start; index < start + length; index++)
        {
            ref var entry = ref entries[index];
            if (entry.Pending is { } pending)
            {
                group.AddDiagnostics(pending);
            }
            if (Prepare(ref entry, index, unit, interval, group))
            {
                candidates.Add(index);
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
        var all = entries;
        var mergeInputs = new DeferredArray<MergeInput>(() => MergeInputsOf(all, held));
        var result = options.Rule switch
        {
            EnvelopeRule envelope => envelope.Merge(held, valueOf, mergeInputs),
            ConsensusRule consensus => consensus.Merge(held, valueOf, mergeInputs),
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
                group.Inputs.Add(GroupInput.Merged(candidate));
                used.Add(candidate);
                continue;
            }
            var outcome = OutcomeOf(result, i, entries[candidate].Id);
            group.Inputs.Add(GroupInput.Given(candidate, outcome));
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

    /// <summary>The rule's inputs of a group's merged entries (indexes into <paramref name="entries"/>), in their (id) order: made when the group's outcomes, rules compared or inputs left out are read.</summary>
    private static ImmutableArray<MergeInput> MergeInputsOf(Entry[] entries, int[] merged)
    {
        var inputs = new MergeInput[merged.Length];
        for (int i = 0; i < inputs.Length; i++)
        {
            inputs[i] = entries[merged[i]].ToMergeInput();
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
    private bool Prepare(ref Entry entry, int index, Unit unit, DateInterval? interval, GroupBuilder group)
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
                group.Inputs.Add(GroupInput.Given(index, new InputOutcome(entry.Id, InputRole.Excluded, $"no {from}/{options.Currency} exchange rate for {when}")));
                entry.Excluded(originKey);
                return false;
            }
            var conversion = new CurrencyConversion(estimate.Quantity, rate);
            entry.Converted(conversion);
            value = conversion.Converted.Value;
            group.AddDiagnostic(ReconciliationDiagnostics.CurrencyConverted, index);
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
            group.AddDiagnostic(ReconciliationDiagnostics.BoundNormalised, index);
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
    private List<int> CollapseSameOrigin(List<int> candidates, GroupBuilder group)
    {
        candidates.Sort(collapseOrder);
        var representatives = scratchRepresentatives;
        representatives.Clear();
        // Small groups scan their few representatives (comparing keys first); large ones index them by origin key, in an
        // index and lists reused from group to group.
        var byOrigin = defaultOrigins && candidates.Count > 16 ? scratchOrigins : null;
        foreach (var candidate in candidates)
        {
            int same = FindSameEstimate(candidate, byOrigin is null ? representatives : PeersOf(byOrigin, entries[candidate].OriginKey));
            if (same < 0)
            {
                representatives.Add(candidate);
                if (byOrigin is not null && entries[candidate].OriginKey is { } key)
                {
                    if (!byOrigin.TryGetValue(key, out var peers))
                    {
                        byOrigin.Add(key, peers = spareLists.TryPop(out var spare) ? spare : []);
                    }
                    peers.Add(candidate);
                }
                continue;
            }
            entries[same].AddCitation(entries[candidate].Estimate);
            // The diagnostic (CD0002, hidden by default) and the outcome's words are made when read.
            group.AddDuplicate(candidate, same);
        }
        if (byOrigin is not null)
        {
            // Removed key by key: clearing would clear buckets sized for the largest group so far.
            foreach (var candidate in representatives)
            {
                if (entries[candidate].OriginKey is { } key && byOrigin.Remove(key, out var peers))
                {
                    peers.Clear();
                    spareLists.Push(peers);
                }
            }
        }
        representatives.Sort(idOrder);
        return representatives;
    }

    private static List<int> PeersOf(Dictionary<string, List<int>> byOrigin, string? key) =>
        key is not null && byOrigin.TryGetValue(key, out var peers) ? peers : NoPeers;

    // Never added to: the peers of an origin not yet indexed.
    private static readonly List<int> NoPeers = [];

    /// <summary>The representative <paramref name="candidate"/> is the same estimate as, or -1.</summary>
    private int FindSameEstimate(int candidate, List<int> representatives)
    {
        foreach (int representative in representatives)
        {
            if (IsSameEstimate(in entries[representative], in entries[candidate]))
            {
                return representative;
            }
        }
        return -1;
    }

    /// <summary>Stated in the group's currency first, then published first (unknown last), then by ordinal id.</summary>
    private static int CollapseOrder(in Entry a, in Entry b)
    {
        int c = (a.Conversion is null ? 0 : 1) - (b.Conversion is null ? 0 : 1);
        if (c != 0)
        {
            return c;
        }
        c = (a.Estimate.Published?.Earliest ?? LocalDate.MaxIsoValue).CompareTo(b.Estimate.Published?.Earliest ?? LocalDate.MaxIsoValue);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    private bool IsSameEstimate(in Entry a, in Entry b)
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
    private bool SameOrigin(in Entry a, in Entry b)
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
    /// <remarks>All but the disjoint pair's are made when the group's diagnostics are read, from its entries and inputs.</remarks>
    private void AddInputDiagnostics(GroupBuilder group, List<int> representatives, List<int> used, MergeResult result)
    {
        foreach (int candidate in representatives)
        {
            if (entries[candidate].Estimate.Confidence is { Level: ConfidenceLevel.Low })
            {
                group.AddDiagnostic(ReconciliationDiagnostics.LowConfidence, candidate);
            }
        }
        if (used.Count > 1 && !HasConflict(result))
        {
            var (high, low) = RangeHull.ExtremePair(used, valueOf);
            if (!entries[used[high]].Value!.Overlaps(entries[used[low]].Value!))
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
            group.AddDiagnostic(ReconciliationDiagnostics.SingleOrigin);
        }
        foreach (int candidate in used)
        {
            if (entries[candidate].Value!.Best is { } best && !value.Contains(best))
            {
                group.AddDiagnostic(ReconciliationDiagnostics.BestOutsideResult, candidate);
            }
        }
    }

    /// <summary>Whether the inputs have one origin between them: a single input, or inputs that all name the same origin (an unsourced input is its own).</summary>
    private bool HaveOneOrigin(List<int> used)
    {
        if (used.Count == 0)
        {
            return false;
        }
        string? first = entries[used[0]].OriginKey;
        for (int i = 1; i < used.Count; i++)
        {
            if (first is null || !string.Equals(entries[used[i]].OriginKey, first, StringComparison.Ordinal))
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
