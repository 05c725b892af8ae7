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
    private readonly DefaultKeyInterner defaultKeyInterner = new();

    // Lists a group is built with, reused from group to group (see BuildGroup).
    private readonly List<int> scratchCandidates = [];
    private readonly List<int> scratchRepresentatives = [];
    private readonly List<int> scratchUsed = [];
    private readonly Dictionary<string, List<int>> scratchOrigins = new(StringComparer.Ordinal);
    private readonly Stack<List<int>> spareLists = [];
    private (string Id, int Index)[] scratchIds = new (string, int)[16];
    private Entry[] scratchEntries = new Entry[16];

    // The built-in rules, known exactly, allow indexed look-ups; a derived normaliser or relation may say anything, so
    // those are asked of every pair (see OriginNormalizer and PartWholeRelations, "Cost").
    private readonly bool defaultOrigins;
    private readonly bool defaultRelations;
    private readonly bool defaultKeys;

    // The run's entries, one per estimate that passed the filters, in time-point order (each point in id order once it is
    // built); groups address their inputs by index into this array, which they keep after the run.
    private Entry[] entries = [];

    // What the rules' shared bound arithmetic (generic over what holds a value) reads of a prepared entry, and the orders
    // a point's entries are sorted in: made once per run, over the entries' indexes.
    private readonly Func<int, RangedValue> valueOf;
    private readonly Comparison<int> collapseOrder;
    private readonly Comparison<int> idOrder;

    internal ReconciliationRun(ReconciliationOptions options)
    {
        this.options = options;
        defaultOrigins = options.Origins.GetType() == typeof(OriginNormalizer);
        defaultRelations = options.Relations.GetType() == typeof(PartWholeRelations);
        defaultKeys = options.KeySelector == (Func<Estimate, QuantityKey>)QuantityKey.From;
        valueOf = index => entries[index].Value!;
        collapseOrder = (a, b) => CollapseOrder(in entries[a], in entries[b]);
        idOrder = (a, b) => string.CompareOrdinal(entries[a].Id, entries[b].Id);
    }

    internal ReconciliationReport Run(IEnumerable<Estimate> estimates)
    {
        // A list is read as it is (twice, without copying it); anything else is enumerated once.
        var all = estimates as IReadOnlyList<Estimate> ?? estimates.ToList();
        var byId = new Dictionary<string, Estimate>(all.Count, StringComparer.Ordinal);
        foreach (var estimate in all)
        {
            Preconditions.CheckArgument(estimate is not null, nameof(estimates), "The estimates must not contain null.");
            Preconditions.CheckArgument(byId.TryAdd(estimate.Id, estimate), nameof(estimates), $"Two estimates have the id \"{estimate.Id}\"; ids must be unique.");
        }
        var filtered = new List<InputOutcome>();
        var given = new Entry[all.Count];
        int count = 0;
        foreach (var estimate in all)
        {
            given[count] = new Entry(estimate, ReferenceInterval(estimate), KeyOf(estimate));
            string? reason = FilterReason(ref given[count]);
            if (reason is null)
            {
                count++;
            }
            else
            {
                filtered.Add(new InputOutcome(estimate.Id, InputRole.Excluded, reason));
            }
        }
        // The slots of estimates filtered out are let go; the entries are the array's first count.
        Array.Clear(given, count, given.Length - count);
        var passed = given.AsSpan(0, count);
        ApplyPairings(passed);
        InTimePointOrder(passed, out var keys, out int[] keyStarts);
        entries = given;
        for (int k = 0; k < keys.Count; k++)
        {
            var groups = new List<GroupBuilder>();
            foreach (var (start, length) in TimePoints(entries, keyStarts[k], keyStarts[k + 1]))
            {
                SortById(start, length);
                groups.Add(BuildGroup(keys[k], start, length));
            }
            groupsByKey[keys[k]] = groups;
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

    /// <summary>The options' key of the estimate; with the default key function, one instance per distinct key of the run.</summary>
    private QuantityKey KeyOf(Estimate estimate) =>
        defaultKeys ? defaultKeyInterner.Of(estimate) : options.KeySelector(estimate);

    private string? FilterReason(ref Entry entry)
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

    private void ApplyPairings(Span<Entry> entries)
    {
        if (options.ForcedPairs.IsEmpty && options.ForbiddenPairs.IsEmpty)
        {
            return;
        }
        var byId = new Dictionary<string, int>(entries.Length, StringComparer.Ordinal);
        for (int i = 0; i < entries.Length; i++)
        {
            byId.Add(entries[i].Id, i);
        }
        foreach (var (first, second) in options.ForcedPairs)
        {
            if (byId.TryGetValue(first, out int a) && byId.TryGetValue(second, out int b) && !entries[a].Key.Equals(entries[b].Key))
            {
                ref var moved = ref entries[b];
                moved.Grouping = $"grouped with {entries[a].Id} by a forced pairing (its own key is {moved.Key})";
                moved.Key = entries[a].Key;
            }
        }
        foreach (var (first, second) in options.ForbiddenPairs)
        {
            if (byId.TryGetValue(first, out int a) && byId.TryGetValue(second, out int b) && entries[a].Key.Equals(entries[b].Key))
            {
                ref var apart = ref entries[b];
                apart.Key = apart.Key.WithSplit(apart.Id);
                apart.Grouping = $"set apart from {entries[a].Id} by a forbidden pairing";
            }
        }
    }

    /// <summary>
    /// Puts the entries in order, in place: by key (one instance per distinct key, numbered in order of first appearance),
    /// then by interval (undated last); <paramref name="keyStarts"/> gives where each key's entries begin, and one past the
    /// last.
    /// </summary>
    /// <remarks>One sort of small structs, then each entry moved once along the cycles of that permutation: the entries of a
    /// million estimates are neither copied into lists that grow nor into a second array. Entries with equal intervals are
    /// left in any order, since each time point is put in id order when it is built (in this workload most of a key's
    /// entries share a month).</remarks>
    private static void InTimePointOrder(Span<Entry> entries, out List<QuantityKey> keys, out int[] keyStarts)
    {
        var keyIndexes = new Dictionary<QuantityKey, int>();
        // Keys are mostly shared instances (see KeyOf), found by reference before they are hashed by value.
        var keyInstances = new Dictionary<QuantityKey, int>(ReferenceEqualityComparer.Instance);
        keys = [];
        var order = new TimeOrder[entries.Length];
        for (int i = 0; i < order.Length; i++)
        {
            ref var entry = ref entries[i];
            if (!keyInstances.TryGetValue(entry.Key, out int index))
            {
                if (keyIndexes.TryGetValue(entry.Key, out index))
                {
                    // One key instance per quantity: a derived selector may make one per estimate, and entries outlive the
                    // run (a group makes its inputs from them when read), so the equal copies are let go now.
                    entry.Key = keys[index];
                }
                else
                {
                    keyIndexes.Add(entry.Key, index = keys.Count);
                    keyInstances.Add(entry.Key, index);
                    keys.Add(entry.Key);
                }
            }
            order[i] = entry.Interval is { } interval ? new(index, false, interval.Start, interval.End, i) : new(index, true, default, default, i);
        }
        Array.Sort(order);
        keyStarts = new int[keys.Count + 1];
        var sources = new int[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            keyStarts[order[i].Key + 1] = i + 1;
            sources[i] = order[i].Entry;
        }
        Permutation.Apply(entries, sources);
    }

    /// <summary>The time points of one key's entries in <paramref name="ordered"/>[<paramref name="from"/>..<paramref name="to"/>), as (start, length): overlapping reference intervals chain into one point; undated last.</summary>
    private static IEnumerable<(int Start, int Length)> TimePoints(Entry[] ordered, int from, int to)
    {
        int first = from;
        LocalDate end = default;
        for (int i = from; i < to; i++)
        {
            if (ordered[i].Interval is not { } interval)
            {
                if (i > first)
                {
                    yield return (first, i - first);
                }
                yield return (i, to - i);
                yield break;
            }
            if (i > first && interval.Start > end)
            {
                yield return (first, i - first);
                first = i;
            }
            end = i == first || interval.End > end ? interval.End : end;
        }
        if (to > first)
        {
            yield return (first, to - first);
        }
    }

    /// <summary>Where an entry goes in <see cref="InTimePointOrder"/>: its key's number, then undated last, then its interval.</summary>
    private readonly record struct TimeOrder(int Key, bool Undated, LocalDate Start, LocalDate End, int Entry) : IComparable<TimeOrder>
    {
        public int CompareTo(TimeOrder other)
        {
            int c = Key.CompareTo(other.Key);
            if (c != 0 || (c = Undated.CompareTo(other.Undated)) != 0 || (c = Start.CompareTo(other.Start)) != 0)
            {
                return c;
            }
            return End.CompareTo(other.End);
        }
    }

    /// <summary>Puts the entries of one time point in id order: their ids and places are sorted, then each entry is moved once.</summary>
    /// <remarks>Sorting the entries themselves moved six references at each step of the sort; the pairs are two.</remarks>
    private void SortById(int start, int length)
    {
        if (scratchIds.Length < length)
        {
            scratchIds = new (string, int)[Math.Max(length, scratchIds.Length * 2)];
            scratchEntries = new Entry[scratchIds.Length];
        }
        var ids = scratchIds.AsSpan(0, length);
        bool inOrder = true;
        for (int i = 0; i < length; i++)
        {
            ids[i] = (entries[start + i].Id, i);
            inOrder &= i == 0 || string.CompareOrdinal(ids[i - 1].Id, ids[i].Id) < 0;
        }
        if (inOrder)
        {
            return;
        }
        ids.Sort(IdOrder);
        var point = entries.AsSpan(start, length);
        var held = scratchEntries.AsSpan(0, length);
        point.CopyTo(held);
        for (int i = 0; i < length; i++)
        {
            point[i] = held[ids[i].Index];
        }
    }

    // A delegate made once: sorting through an IComparer would wrap it in a new delegate for each time point.
    private static readonly Comparison<(string Id, int Index)> IdOrder = static (x, y) => string.CompareOrdinal(x.Id, y.Id);

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
    /// for the rule, the value merged and its origin's key (its <see cref="MergeInput"/> is made only when read), the
    /// conversion made, and its citations. Unchanged after the run, it
    /// is what a group's <see cref="ReconciledInput"/>s are made of when they are read.
    /// </summary>
    /// <remarks>A struct in the run's one array, changed only through a reference to its element: a run keeps one entry per
    /// estimate, and an object each was the largest share of what the collector copied from generation to generation.
    /// What few entries have is kept apart, made only for those (an object the entry's copies share).</remarks>
    private struct Entry(Estimate estimate, DateInterval? interval, QuantityKey key)
    {
        private Remarks? remarks;

        internal readonly Estimate Estimate { get; } = estimate;

        internal readonly string Id => Estimate.Id;

        internal readonly DateInterval? Interval { get; } = interval;

        internal QuantityKey Key { readonly get; set; } = key;

        /// <summary>The value the rule merges (converted, with counts' bounds made whole), or null until prepared and for an entry excluded then.</summary>
        internal RangedValue? Value { readonly get; private set; }

        /// <summary>The origin's key, recorded when the entry is prepared (null for an unsourced estimate).</summary>
        internal string? OriginKey { readonly get; private set; }

        internal string? Grouping
        {
            readonly get => remarks?.Grouping;
            set => Remark().Grouping = value;
        }

        internal readonly List<Diagnostic>? Pending => remarks?.Pending;

        internal readonly CurrencyConversion? Conversion => remarks?.Conversion;

        /// <summary>The value before counts' bounds were made whole: as converted, else as stated.</summary>
        internal readonly RangedValue Prepared => Conversion?.Converted.Value ?? Estimate.Quantity.Value;

        /// <summary>Whether the input's bounds were made whole: normalising makes a new value, and leaves a whole one as it is.</summary>
        internal readonly bool IsNormalised => Value is { } value && !ReferenceEquals(value, Prepared);

        /// <summary>Records the value the rule merges and the origin's key.</summary>
        internal void Prepare(RangedValue value, string? originKey) => (Value, OriginKey) = (value, originKey);

        /// <summary>The rule's input, made when a group's inputs or outcomes are read (see <see cref="EnvelopeRule.Merge{T}"/>).</summary>
        internal readonly MergeInput ToMergeInput() => new(Id, Value!, OriginKey, Interval, Estimate.Published?.Earliest, Estimate.Reliability,
            Estimate.Confidence?.Level == ConfidenceLevel.Low, (Estimate.Hedge.Kinds & HedgeKinds.Vague) != 0);

        internal void AddPending(Diagnostic diagnostic) => (Remark().Pending ??= []).Add(diagnostic);

        internal void AddCitation(Estimate estimate) => (Remark().Citations ??= []).Add(estimate);

        internal void Excluded(string? originKey) => OriginKey = originKey;

        internal void Converted(CurrencyConversion conversion) => Remark().Conversion = conversion;

        internal readonly ReconciledInput ToInput(InputOutcome outcome, Unit unit) =>
            new(Estimate, OriginKey, remarks?.Citations is { } citations ? [.. citations] : [], Value, Conversion,
                IsNormalised ? NormalisationText(unit) : null, Interval, remarks?.Grouping, outcome);

        /// <summary>The arguments of the normalisation's note and of its diagnostic (CD0012), which share them.</summary>
        internal readonly object?[] NormalisationArgs(Unit unit) => [Id, Prepared, Value, unit.Code];

        private readonly DeferredText NormalisationText(Unit unit) =>
            new("{1} normalised to {2}: a count of {3} is a whole number", NormalisationArgs(unit));

        private Remarks Remark() => remarks ??= new();

        private sealed class Remarks
        {
            internal string? Grouping { get; set; }

            internal List<Diagnostic>? Pending { get; set; }

            internal CurrencyConversion? Conversion { get; set; }

            internal List<Estimate>? Citations { get; set; }
        }
    }
}
