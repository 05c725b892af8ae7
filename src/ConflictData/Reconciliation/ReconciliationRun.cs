using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Reconciliation;

/// <summary>One reconciliation, step by step (see <see cref="Reconciler"/>): filters, keys and time points.</summary>
internal sealed partial class ReconciliationRun
{
    private readonly ReconciliationOptions options;
    private readonly Dictionary<QuantityKey, List<GroupBuilder>> groupsByKey = [];
    private readonly Dictionary<Source, string> originKeys = [];
    private readonly Dictionary<Source, string> originKeysByInstance = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<QuantityKey, string> keyNames = [];
    private readonly Dictionary<(LocalDate Start, LocalDate End), DateInterval> intervals = [];

    // The built-in rules, known exactly, allow indexed look-ups; a derived normaliser or relation may say anything, so
    // those are asked of every pair (see OriginNormalizer and PartWholeRelations, "Cost").
    private readonly bool defaultOrigins;
    private readonly bool defaultRelations;

    internal ReconciliationRun(ReconciliationOptions options)
    {
        this.options = options;
        defaultOrigins = options.Origins.GetType() == typeof(OriginNormalizer);
        defaultRelations = options.Relations.GetType() == typeof(PartWholeRelations);
    }

    internal ReconciliationReport Run(IEnumerable<Estimate> estimates)
    {
        var all = estimates.ToList();
        var byId = new Dictionary<string, Estimate>(all.Count, StringComparer.Ordinal);
        foreach (var estimate in all)
        {
            Preconditions.CheckArgument(estimate is not null, nameof(estimates), "The estimates must not contain null.");
            Preconditions.CheckArgument(byId.TryAdd(estimate.Id, estimate), nameof(estimates), $"Two estimates have the id \"{estimate.Id}\"; ids must be unique.");
        }
        var filtered = new List<InputOutcome>();
        var entries = new List<Entry>(all.Count);
        foreach (var estimate in all)
        {
            var entry = new Entry(estimate, ReferenceInterval(estimate), options.KeySelector(estimate));
            string? reason = FilterReason(entry);
            if (reason is null)
            {
                entries.Add(entry);
            }
            else
            {
                filtered.Add(new InputOutcome(estimate.Id, InputRole.Excluded, reason));
            }
        }
        ApplyPairings(entries);
        var entriesByKey = new Dictionary<QuantityKey, List<Entry>>();
        foreach (var entry in entries)
        {
            if (!entriesByKey.TryGetValue(entry.Key, out var ofKey))
            {
                entriesByKey.Add(entry.Key, ofKey = []);
            }
            else
            {
                // One key instance per quantity: the selector made one per estimate, and entries outlive the run (a group
                // makes its inputs from them when read), so the equal copies are let go now.
                entry.Key = ofKey[0].Key;
            }
            ofKey.Add(entry);
        }
        foreach (var (key, ofKey) in entriesByKey)
        {
            groupsByKey[key] = [.. TimePoints(ofKey).Select(point => BuildGroup(key, point))];
        }
        var orderedKeys = groupsByKey.Keys.OrderBy(KeyName, StringComparer.Ordinal).ToList();
        RelatePartsAndWholes(orderedKeys);
        foreach (var key in orderedKeys)
        {
            groupsByKey[key].Sort(CompareTime);
            CompareNeighbours(groupsByKey[key]);
        }
        Func<string, IEnumerable<Evidence>> locate = id =>
            byId.TryGetValue(id, out var e) && !e.Evidence.IsEmpty ? e.Evidence[..1] : Array.Empty<Evidence>();
        var timelines = orderedKeys
            .Select(key => new Timeline(key, [.. groupsByKey[key].Select(b => b.Build(options.Diagnostics, locate))]))
            .ToImmutableArray();
        return new ReconciliationReport(options.Rule.Name, [.. timelines.SelectMany(t => t.Points)], timelines,
            [.. filtered.OrderBy(f => f.Id, StringComparer.Ordinal)]);
    }

    /// <summary>The estimate's <see cref="Reconciler.ReferenceInterval"/>, one instance per distinct interval of the run.</summary>
    /// <remarks>Estimates share a few months and years, so equal intervals are made once rather than once per estimate.</remarks>
    private DateInterval? ReferenceInterval(Estimate estimate)
    {
        if (Reconciler.ReferenceBounds(estimate) is not { } bounds)
        {
            return null;
        }
        if (!intervals.TryGetValue(bounds, out var interval))
        {
            intervals.Add(bounds, interval = new DateInterval(bounds.Start, bounds.End));
        }
        return interval;
    }

    private string? FilterReason(Entry entry)
    {
        var iso = LocalDatePattern.Iso;
        if (options.ValidAt is { } validAt)
        {
            if (entry.Interval is null)
            {
                return $"its reference time is unknown, so it is not known to be valid at {iso.Format(validAt)}";
            }
            if (!entry.Interval.Contains(validAt))
            {
                return $"it refers to {RangeHull.Describe(entry.Interval)}, which does not cover {iso.Format(validAt)}";
            }
        }
        if (options.AsKnownOn is { } knownOn)
        {
            if (entry.Estimate.Published is not { } published)
            {
                return $"its publication time is unknown, so it is not known to have been known on {iso.Format(knownOn)}";
            }
            if (published.Earliest > knownOn)
            {
                return $"it was published {published}, after {iso.Format(knownOn)}";
            }
            if (published.Latest > knownOn)
            {
                entry.AddPending(Diagnostic.Create(ReconciliationDiagnostics.PossiblyKnown, [entry.Id], [],
                    entry.Id, iso.Format(published.Earliest), iso.Format(published.Latest), iso.Format(knownOn)));
            }
        }
        return null;
    }

    private void ApplyPairings(List<Entry> entries)
    {
        if (options.ForcedPairs.IsEmpty && options.ForbiddenPairs.IsEmpty)
        {
            return;
        }
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var (first, second) in options.ForcedPairs)
        {
            if (byId.TryGetValue(first, out var a) && byId.TryGetValue(second, out var b) && !a.Key.Equals(b.Key))
            {
                b.Grouping = $"grouped with {a.Id} by a forced pairing (its own key is {b.Key})";
                b.Key = a.Key;
            }
        }
        foreach (var (first, second) in options.ForbiddenPairs)
        {
            if (byId.TryGetValue(first, out var a) && byId.TryGetValue(second, out var b) && a.Key.Equals(b.Key))
            {
                b.Key = b.Key.WithSplit(b.Id);
                b.Grouping = $"set apart from {a.Id} by a forbidden pairing";
            }
        }
    }

    /// <summary>The estimates of one key in time points: overlapping reference intervals chain into one point; undated last.</summary>
    /// <remarks>Sorts <paramref name="entries"/> in place by interval (undated last) and cuts it into points. Which entries
    /// make a point depends only on their intervals, and each point is put in id order when it is built, so entries with
    /// equal intervals are left in any order here (in this workload most of a key's entries share a month).</remarks>
    private static IEnumerable<List<Entry>> TimePoints(List<Entry> entries)
    {
        entries.Sort(static (a, b) =>
        {
            if (a.Interval is null || b.Interval is null)
            {
                return (a.Interval is null ? 1 : 0) - (b.Interval is null ? 1 : 0);
            }
            if (ReferenceEquals(a.Interval, b.Interval))
            {
                return 0;
            }
            int c = a.Interval.Start.CompareTo(b.Interval.Start);
            return c != 0 ? c : a.Interval.End.CompareTo(b.Interval.End);
        });
        int first = 0;
        LocalDate end = default;
        for (int i = 0; i < entries.Count; i++)
        {
            if (entries[i].Interval is not { } interval)
            {
                if (i > first)
                {
                    yield return entries.GetRange(first, i - first);
                }
                yield return entries.GetRange(i, entries.Count - i);
                yield break;
            }
            if (i > first && interval.Start > end)
            {
                yield return entries.GetRange(first, i - first);
                first = i;
            }
            end = i == first || interval.End > end ? interval.End : end;
        }
        if (entries.Count > first)
        {
            yield return entries.GetRange(first, entries.Count - first);
        }
    }

    private static int CompareTime(GroupBuilder a, GroupBuilder b)
    {
        if (a.Interval is null || b.Interval is null)
        {
            return (a.Interval is null ? 1 : 0) - (b.Interval is null ? 1 : 0);
        }
        int c = a.Interval.End.CompareTo(b.Interval.End);
        return c != 0 ? c : a.Interval.Start.CompareTo(b.Interval.Start);
    }

    private string GroupName(QuantityKey key, DateInterval? interval) =>
        $"{KeyName(key)} @ {(interval is null ? "undated" : Reconciler.ToDateRange(interval).ToString())}";

    /// <summary>The key's readable name, made once per key: its groups' names and the order of keys use it.</summary>
    private string KeyName(QuantityKey key)
    {
        if (!keyNames.TryGetValue(key, out string? name))
        {
            keyNames.Add(key, name = key.ToString());
        }
        return name;
    }

    /// <summary>
    /// An estimate on its way through the run: its interval, its key and diagnostics waiting for its group; once prepared
    /// for the rule, its origin's key, its input, the conversion and normalisation made, and its citations. Unchanged
    /// after the run, it is what a group's <see cref="ReconciledInput"/>s are made of when they are read.
    /// </summary>
    private sealed class Entry(Estimate estimate, DateInterval? interval, QuantityKey key)
    {
        private List<Estimate>? citations;

        internal Estimate Estimate { get; } = estimate;

        internal string Id => Estimate.Id;

        internal DateInterval? Interval { get; } = interval;

        internal QuantityKey Key { get; set; } = key;

        internal string? Grouping { get; set; }

        internal List<Diagnostic>? Pending { get; private set; }

        internal string? OriginKey { get; set; }

        internal MergeInput? Input { get; set; }

        internal CurrencyConversion? Conversion { get; set; }

        internal DeferredText? Normalisation { get; set; }

        internal void AddPending(Diagnostic diagnostic) => (Pending ??= []).Add(diagnostic);

        internal void AddCitation(Estimate estimate) => (citations ??= []).Add(estimate);

        internal ReconciledInput ToInput(InputOutcome outcome) =>
            new(Estimate, OriginKey, citations is null ? [] : [.. citations], Input?.Value, Conversion, Normalisation, Interval, Grouping, outcome);
    }
}
