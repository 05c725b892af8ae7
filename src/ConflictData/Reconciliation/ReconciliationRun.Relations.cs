using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using ConflictData.Utility;
using NodaTime;

namespace ConflictData.Reconciliation;

internal sealed partial class ReconciliationRun
{
    private const string SumOfParts = "sum-of-parts";

    // What two neighbouring points offer for comparison, reused from pair to pair (see CompareNeighbours).
    private readonly List<Comparand> scratchComparands = [];
    private readonly List<Comparand> scratchOtherComparands = [];

    /// <summary>Sums complete sets of parts, then links every part to its wholes at overlapping times and checks them.</summary>
    /// <remarks>Keys are related only within a bucket of one actor, unit family and split, and there only through indexes:
    /// place parts by everything but their places, and (with the default relations) wholes by indicator and region.</remarks>
    private void RelatePartsAndWholes(List<QuantityKey> keys)
    {
        var buckets = keys.GroupBy(k => (k.Measurand.Actor, k.UnitFamily, k.Split)).Select(b => b.ToList()).Where(b => b.Count > 1).ToList();
        foreach (var bucket in buckets)
        {
            var families = bucket.ToLookup(PlaceFamily);
            foreach (var whole in bucket)
            {
                var placeParts = families[PlaceFamily(whole)].Where(p => PartWholeRelations.IsPlacePart(p, whole)).ToList();
                if (options.Relations.IsCompleteSet(placeParts, whole))
                {
                    SumParts(placeParts, whole);
                }
            }
        }
        foreach (var bucket in buckets)
        {
            var wholesOf = WholeFinder(bucket);
            foreach (var part in bucket)
            {
                foreach (var whole in wholesOf(part))
                {
                    var wholeGroups = groupsByKey[whole];
                    int dated = DatedPoints(wholeGroups);
                    foreach (var p in groupsByKey[part])
                    {
                        if (p.Interval is not { } interval)
                        {
                            continue;
                        }
                        // The whole's points that overlap the part's, in the list's order: a window of its dated points,
                        // then any of the rest (the undated point and sums of parts). Derived relations ask every point, the
                        // reference the window must equal (see ReconcilerIndexPropertyTests).
                        for (int i = defaultRelations ? FirstEndingFrom(wholeGroups, dated, interval.Start) : 0; i < wholeGroups.Count; i++)
                        {
                            if (defaultRelations && i < dated && wholeGroups[i].Interval!.Start > interval.End)
                            {
                                i = dated - 1;
                            }
                            else if (Overlap(interval, wholeGroups[i].Interval))
                            {
                                Link(p, wholeGroups[i]);
                            }
                        }
                    }
                }
            }
        }
    }

    /// <summary>What a place part shares with its whole: everything of the key but its places (actor, unit and split are the bucket's).</summary>
    private static (string Indicator, string? Region, string Qualifiers) PlaceFamily(QuantityKey key) =>
        (key.Measurand.Indicator.Code, key.Measurand.Region, string.Join("\u0001", key.Measurand.Qualifiers));

    /// <summary>
    /// The wholes of a part within one bucket, in the bucket's order. The default relations need the whole's indicator to
    /// be the part's or its listed parent, and its region to be the part's or none, so only keys indexed under those four
    /// pairs are asked; derived relations are asked of every key.
    /// </summary>
    private Func<QuantityKey, IEnumerable<QuantityKey>> WholeFinder(List<QuantityKey> bucket)
    {
        if (!defaultRelations)
        {
            return part => bucket.Where(w => options.Relations.IsPartOf(part, w));
        }
        var position = new Dictionary<QuantityKey, int>(bucket.Count);
        var index = new Dictionary<(string, string?), List<QuantityKey>>();
        foreach (var key in bucket)
        {
            position[key] = position.Count;
            var at = (key.Measurand.Indicator.Code, key.Measurand.Region);
            if (!index.TryGetValue(at, out var list))
            {
                index.Add(at, list = []);
            }
            list.Add(key);
        }
        return part =>
        {
            var m = part.Measurand;
            string? parent = options.Relations.IndicatorParts.TryGetValue(m.Indicator.Code, out string? p) ? p : null;
            var found = new HashSet<QuantityKey>();
            foreach (string? indicator in new[] { m.Indicator.Code, parent })
            {
                foreach (string? region in new[] { m.Region, null })
                {
                    if (indicator is not null && index.TryGetValue((indicator, region), out var list))
                    {
                        found.UnionWith(list.Where(w => options.Relations.IsPartOf(part, w)));
                    }
                }
            }
            return found.OrderBy(w => position[w]);
        };
    }

    /// <summary>
    /// How many of a key's points, from the first, are dated points the run built: those are in time order and disjoint
    /// (see <see cref="TimePoints"/>), so both their starts and their ends increase; an undated point and sums of parts
    /// follow them.
    /// </summary>
    private static int DatedPoints(List<GroupBuilder> points)
    {
        int dated = 0;
        while (dated < points.Count && !points[dated].IsSumOfParts && points[dated].Interval is not null)
        {
            dated++;
        }
        return dated;
    }

    /// <summary>The first of the <paramref name="dated"/> first points that ends on or after <paramref name="start"/> (or <paramref name="dated"/>), by binary search.</summary>
    private static int FirstEndingFrom(List<GroupBuilder> points, int dated, LocalDate start)
    {
        int low = 0, high = dated;
        while (low < high)
        {
            int middle = low + ((high - low) / 2);
            (low, high) = points[middle].Interval!.End < start ? (middle + 1, high) : (low, middle);
        }
        return low;
    }

    private static bool Overlap(DateInterval? a, DateInterval? b) =>
        a is not null && b is not null && a.Start <= b.End && b.Start <= a.End;

    private static void Link(GroupBuilder part, GroupBuilder whole)
    {
        if (!part.AddWhole(whole.Name))
        {
            return;
        }
        whole.AddPart(part.Name);
        if (part.Value?.Value.Lower is { } low && whole.Value?.Value.Upper is { } high && low.Value > high.Value)
        {
            var diagnostic = PartsInconsistent(part.EstimateIds.Concat(whole.EstimateIds), part.Name, whole.Name,
                "the part is at least {0}, above the whole's upper bound {1}", low.Value, high.Value);
            part.AddDiagnostic(diagnostic);
            whole.AddDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// Parts that do not fit their whole (CD0005), made when a group's diagnostics are read: it names every estimate of
    /// the parts and the whole, and is raised for many groups whose diagnostics are never read.
    /// </summary>
    /// <remarks>The groups' inputs it names no longer change once the run has related the groups.</remarks>
    private static Func<Diagnostic> PartsInconsistent(IEnumerable<string> ids, string parts, string whole, string problem, decimal found, decimal bound) =>
        () => Diagnostic.Create(ReconciliationDiagnostics.PartsInconsistent, ids, [], parts, whole,
            string.Format(CultureInfo.InvariantCulture, problem, Invariant.Plain(found), Invariant.Plain(bound)));

    /// <summary>For each time where every part of a complete set has a value, their sum: checked against the whole, or a new point of it.</summary>
    private void SumParts(List<QuantityKey> parts, QuantityKey whole)
    {
        foreach (var anchor in groupsByKey[parts[0]].Where(g => g.Value is not null && g.Interval is not null).ToList())
        {
            var set = new List<GroupBuilder> { anchor };
            foreach (var other in parts.Skip(1))
            {
                var match = groupsByKey[other].FirstOrDefault(g => g.Value is not null && Overlap(g.Interval, anchor.Interval));
                if (match is null)
                {
                    break;
                }
                set.Add(match);
            }
            var values = set.Select(g => g.Value!.Value).ToList();
            if (set.Count < parts.Count || !(values.All(v => v.Lower is not null) || values.All(v => v.Upper is not null)))
            {
                continue;
            }
            var sum = values.Skip(1).Aggregate(values[0], (total, v) => total.Add(v));
            var interval = set.Aggregate((DateInterval?)null, (hull, g) => Hull(hull, g.Interval))!;
            // The parts' estimates are named only by a diagnostic or a new point, which few sums raise.
            IEnumerable<string> ids = set.SelectMany(g => g.EstimateIds);
            string partNames = string.Join(" + ", set.Select(g => g.Name));
            var wholes = groupsByKey[whole].Where(w => Overlap(w.Interval, interval)).ToList();
            foreach (var w in wholes.Where(w => w.Value is not null))
            {
                var diagnostic = (sum.Lower, w.Value!.Value.Upper) is ({ } sl, { } wu) && sl.Value > wu.Value
                    ? PartsInconsistent(ids.Concat(w.EstimateIds), partNames, w.Name, "the parts' lower bounds sum to {0}, above the whole's upper bound {1}", sl.Value, wu.Value)
                    : (sum.Upper, w.Value.Value.Lower) is ({ } su, { } wl) && su.Value < wl.Value
                        ? PartsInconsistent(ids.Concat(w.EstimateIds), partNames, w.Name, "together the parts are at most {0}, below the whole's lower bound {1}", su.Value, wl.Value)
                        : null;
                if (diagnostic is not null)
                {
                    w.AddDiagnostic(diagnostic);
                    set.ForEach(g => g.AddDiagnostic(diagnostic));
                }
            }
            if (wholes.Count > 0)
            {
                continue;
            }
            var derived = new GroupBuilder(entries, GroupName(whole, interval), whole, interval, set[0].Unit)
            {
                Rule = SumOfParts,
                IsSumOfParts = true,
                Value = new Quantity(sum, set[0].Unit),
                Note = $"the sum of {partNames}",
            };
            foreach (var part in set)
            {
                foreach (var input in part.Inputs)
                {
                    if (!input.IsDropped)
                    {
                        derived.Inputs.Add(GroupInput.Summed(input.Entry, part.Name));
                    }
                }
            }
            derived.Sum = new Comparand("the sum of its parts", sum, interval, [.. ids]);
            groupsByKey[whole].Add(derived);
        }
    }

    /// <summary>Compares each point of a key with the next: disjoint values within the window conflict, further apart they changed.</summary>
    private void CompareNeighbours(List<GroupBuilder> points)
    {
        // The comparands of the previous point, kept in one scratch list while the next point's fill the other.
        List<Comparand>? previous = null;
        for (int i = 1; i < points.Count; i++)
        {
            GroupBuilder a = points[i - 1], b = points[i];
            if (a.Interval is null || b.Interval is null)
            {
                previous = null;
                continue;
            }
            var xs = previous ?? a.Comparands(scratchComparands);
            var ys = b.Comparands(ReferenceEquals(xs, scratchComparands) ? scratchOtherComparands : scratchComparands);
            previous = ys;
            if (RangeHull.FirstDisjointPair(xs, ys, c => c.Value) is not var (x, y))
            {
                continue;
            }
            int days = Math.Max(0, Period.Between(a.Interval.End, b.Interval.Start, PeriodUnits.Days).Days);
            var diagnostic = NeighboursDisjoint(x, y, days, options.CompareWithinDays);
            if (days <= options.CompareWithinDays)
            {
                a.AddDiagnostic(diagnostic);
            }
            b.AddDiagnostic(diagnostic);
        }
    }

    /// <summary>
    /// Disjoint values of neighbouring points, made when a group's diagnostics are read: a conflict (CD0001) within
    /// <paramref name="within"/> days, else a change too far apart to compare (CD0009). Most neighbours of this kind are
    /// never read.
    /// </summary>
    private static Func<Diagnostic> NeighboursDisjoint(Comparand x, Comparand y, int days, int within) => () =>
    {
        var ids = x.Ids.Concat(y.Ids).ToList();
        return days <= within
            ? Diagnostic.Create(ReconciliationDiagnostics.Conflict, ids, [],
                x.Label, x.Value, y.Label, y.Value, RangeHull.Described(x.Interval), RangeHull.Described(y.Interval))
            : Diagnostic.Create(ReconciliationDiagnostics.TooFarApart, ids, [],
                x.Label, x.Value, y.Label, y.Value, RangeHull.Described(x.Interval), RangeHull.Described(y.Interval), days, within);
    };

    /// <summary>
    /// A value a point offers for comparison with its neighbours: an input of the rule (labelled with its id), or a sum of
    /// parts (with the parts' ids).
    /// </summary>
    private readonly record struct Comparand(string Label, RangedValue Value, DateInterval? Interval, ImmutableArray<string> SumIds = default)
    {
        /// <summary>The ids of the estimates behind the value.</summary>
        internal IEnumerable<string> Ids => SumIds.IsDefault ? [Label] : SumIds;
    }

    /// <summary>
    /// An estimate of a group (its index in the run's entries) and what the group did with it: the
    /// <see cref="ReconciledInput"/> it becomes when read. By what <see cref="How"/> and <see cref="Original"/> are, its
    /// outcome: an <see cref="InputOutcome"/> given; for an input of a merge that kept every input, none, the merge's next
    /// (the group lists them in the merge's order); the entry it was counted once with, as a citation (a duplicate); or the
    /// name of the part it was summed from.
    /// </summary>
    /// <remarks>Sixteen bytes: a run keeps one per estimate, and most outcomes are never read.</remarks>
    private readonly record struct GroupInput(int Entry, int Original, object? How)
    {
        internal static GroupInput Given(int entry, InputOutcome outcome) => new(entry, -1, outcome);

        internal static GroupInput Merged(int entry) => new(entry, -1, null);

        internal static GroupInput Duplicate(int entry, int original) => new(entry, original, null);

        internal static GroupInput Summed(int entry, string part) => new(entry, -1, part);

        internal bool IsDropped => How is InputOutcome given ? given.IsDropped : Original >= 0;

        /// <summary>The outcome; <paramref name="merged"/> counts the inputs of the merge read so far.</summary>
        internal InputOutcome OutcomeIn(Entry[] entries, MergeResult? merge, ref int merged)
        {
            ref readonly var entry = ref entries[Entry];
            return How switch
            {
                InputOutcome given => given,
                string part => new InputOutcome(entry.Id, InputRole.Part, new DeferredText("summed as a part, from {0}", [part])),
                _ when Original >= 0 => new InputOutcome(entry.Id, InputRole.Duplicate,
                    new DeferredText("the same estimate by {0} as {1}, counted once as its citation", [entry.Estimate.Sources[0].Origin.Name, entries[Original].Id])),
                _ => merge!.Outcomes[merged++],
            };
        }
    }

    /// <summary>
    /// A diagnostic a group raised, or the makings of one it makes when its diagnostics are read (most groups' are never
    /// read, and they are raised for a good part of the estimates). <see cref="Subject"/> is a <see cref="Diagnostic"/>
    /// already made, a function that makes one, or the descriptor of one made from the group's entries (indexes into the
    /// run's entries), inputs and merge: a conflict (CD0001) between <see cref="Entry"/>, the higher range, and
    /// <see cref="Other"/>; the entry <see cref="Other"/> counted once with <see cref="Entry"/> (CD0002, hidden); a
    /// conversion (CD0003), stated low confidence (CD0006), bounds normalised (CD0012, hidden), or a best value outside the
    /// result (CD0010), of <see cref="Entry"/>; or one origin behind the inputs the merge used (CD0007).
    /// </summary>
    /// <remarks>Sixteen bytes, not a kind and three references: a group keeps one per diagnostic until it is read.</remarks>
    private readonly record struct Raised(object Subject, int Entry = -1, int Other = -1)
    {
        internal Diagnostic Make(Entry[] entries, List<GroupInput> inputs, MergeResult? merge, Unit unit)
        {
            if (Subject is Diagnostic made)
            {
                return made;
            }
            if (Subject is Func<Diagnostic> make)
            {
                return make();
            }
            var descriptor = (DiagnosticDescriptor)Subject;
            if (descriptor == ReconciliationDiagnostics.SingleOrigin)
            {
                return SingleOriginOf(entries, inputs);
            }
            ref readonly var entry = ref entries[Entry];
            if (descriptor == ReconciliationDiagnostics.Conflict)
            {
                ref readonly var low = ref entries[Other];
                return RangeHull.ConflictBetween(entry.Id, entry.Value!, entry.Interval, low.Id, low.Value!, low.Interval);
            }
            if (descriptor == ReconciliationDiagnostics.SameOrigin)
            {
                var (same, candidate) = (entries[Other].Estimate, entry.Estimate);
                object hedges = string.Equals(same.Hedge.Text, candidate.Hedge.Text, StringComparison.Ordinal)
                    ? ""
                    : new DeferredText("; hedged differently (“{0}” and “{1}”), which is recorded, not a conflict", [same.Hedge.Text, candidate.Hedge.Text]);
                return Diagnostic.Create(descriptor, [same.Id, candidate.Id], [], same.Id, candidate.Id, candidate.Sources[0].Origin, hedges);
            }
            if (descriptor == ReconciliationDiagnostics.CurrencyConverted)
            {
                var (stated, rate) = (entry.Estimate.Quantity, entry.Conversion!.Rate);
                return Diagnostic.Create(descriptor, [entry.Id], [],
                    entry.Id, stated.Value, stated.Unit.Currency, entry.Conversion.Converted.Value, unit.Currency, Invariant.Plain(rate.Rate), rate.Period, rate.Source);
            }
            if (descriptor == ReconciliationDiagnostics.LowConfidence)
            {
                var confidence = entry.Estimate.Confidence!;
                string by = confidence.StatedBy is null ? "" : " by " + confidence.StatedBy;
                return Diagnostic.Create(descriptor, [entry.Id], [], entry.Id, by, confidence.Text);
            }
            if (descriptor == ReconciliationDiagnostics.BestOutsideResult)
            {
                return Diagnostic.Create(descriptor, [entry.Id], [], entry.Id, Invariant.Plain(entry.Value!.Best!.Value), merge!.Value);
            }
            return Diagnostic.Create(ReconciliationDiagnostics.BoundNormalised, [entry.Id], [], entry.NormalisationArgs(unit));
        }

        /// <summary>CD0007 over the inputs the merge used: those the group did not drop, in its (id) order.</summary>
        private static Diagnostic SingleOriginOf(Entry[] entries, List<GroupInput> inputs)
        {
            var ids = new List<string>(inputs.Count);
            Estimate? first = null;
            foreach (var input in inputs)
            {
                if (!input.IsDropped)
                {
                    first ??= entries[input.Entry].Estimate;
                    ids.Add(entries[input.Entry].Id);
                }
            }
            return Diagnostic.Create(ReconciliationDiagnostics.SingleOrigin, ids, [],
                first!.Sources.IsEmpty ? "an unsourced report" : first.Sources[0].Origin.ToString());
        }
    }

    /// <summary>
    /// A group under construction; parts, wholes and diagnostics are added as the run relates groups. The group it builds
    /// makes its inputs and diagnostics from this builder when they are first read, after the run.
    /// </summary>
    private sealed class GroupBuilder(Entry[] entries, string name, QuantityKey key, DateInterval? interval, Unit unit)
    {
        // The inputs of a group no rule merged: a sum of parts, or a point whose every estimate was excluded.
        private static readonly DeferredArray<MergeInput> NoMergeInputs = new([]);

        internal string Name { get; } = name;

        internal QuantityKey Key { get; } = key;

        internal DateInterval? Interval { get; } = interval;

        internal Unit Unit { get; } = unit;

        internal string Rule { get; set; } = "";

        internal bool IsSumOfParts { get; init; }

        internal Quantity? Value { get; set; }

        internal string? Note { get; set; }

        internal MergeResult? Merge { get; set; }

        internal DeferredArray<MergeInput> MergeInputs { get; set; } = NoMergeInputs;

        internal List<GroupInput> Inputs { get; } = [];

        /// <summary>The sum of parts a summed group offers for comparison; null for a merged group, which offers its inputs.</summary>
        internal Comparand? Sum { get; set; }

        // Made when first needed: most groups have no parts or wholes, many no diagnostics.
        private List<string>? parts;
        private List<string>? wholes;
        private List<Raised>? diagnostics;

        internal void AddPart(string name) => (parts ??= []).Add(name);

        /// <summary>Adds a whole unless it is already there; false when it was.</summary>
        internal bool AddWhole(string name)
        {
            if (wholes?.Contains(name) == true)
            {
                return false;
            }
            (wholes ??= []).Add(name);
            return true;
        }

        internal void AddDiagnostic(Diagnostic diagnostic) => (diagnostics ??= []).Add(new(diagnostic));

        /// <summary>Adds a diagnostic made when the group's diagnostics are read (by each group it is added to, equal each time).</summary>
        internal void AddDiagnostic(Func<Diagnostic> make) => (diagnostics ??= []).Add(new(make));

        /// <summary>Adds a diagnostic made from the group's entry (an index into the run's entries), inputs and merge when read (see <see cref="Raised"/>).</summary>
        internal void AddDiagnostic(DiagnosticDescriptor descriptor, int entry = -1) => (diagnostics ??= []).Add(new(descriptor, entry));

        /// <summary>Adds the conflict (CD0001) between the two inputs of the group whose ranges are furthest apart.</summary>
        internal void AddConflict(int high, int low) => (diagnostics ??= []).Add(new(ReconciliationDiagnostics.Conflict, high, low));

        /// <summary>Adds <paramref name="candidate"/> as a citation counted once with <paramref name="same"/>, and its diagnostic.</summary>
        internal void AddDuplicate(int candidate, int same)
        {
            (diagnostics ??= []).Add(new(ReconciliationDiagnostics.SameOrigin, candidate, same));
            Inputs.Add(GroupInput.Duplicate(candidate, same));
        }

        /// <summary>What the group offers for comparison with its neighbours, in <paramref name="scratch"/>: its sum, or the inputs the rule used, in id order.</summary>
        internal List<Comparand> Comparands(List<Comparand> scratch)
        {
            scratch.Clear();
            if (Sum is { } sum)
            {
                scratch.Add(sum);
                return scratch;
            }
            foreach (var input in Inputs)
            {
                if (!input.IsDropped)
                {
                    ref readonly var entry = ref entries[input.Entry];
                    scratch.Add(new Comparand(entry.Id, entry.Value!, entry.Interval));
                }
            }
            return scratch;
        }

        internal void AddDiagnostics(IReadOnlyList<Diagnostic> added)
        {
            for (int i = 0; i < added.Count; i++)
            {
                AddDiagnostic(added[i]);
            }
        }

        internal IEnumerable<string> EstimateIds => Inputs.Where(i => !i.IsDropped).Select(i => entries[i.Entry].Id);

        /// <summary>The group; its inputs and diagnostics are made from this builder's lists (not the builder) when first read.</summary>
        internal ReconciledGroup Build(DiagnosticOptions severities, Func<string, IEnumerable<Evidence>> locate)
        {
            var (all, inputs, unit, merge) = (entries, Inputs, Unit, Merge);
            return new(Name, Key, Interval is null ? null : Reconciler.ToDateRange(Interval), Unit, Rule, Value, Note,
                new DeferredArray<ReconciledInput>(() => BuildInputs(all, inputs, unit, merge)), MergeInputs, Merge, IsSumOfParts, DistinctNames(parts), DistinctNames(wholes),
                diagnostics is { } raised ? new DeferredArray<Diagnostic>(() => BuildDiagnostics(all, raised, inputs, merge, unit, severities, locate)) : new DeferredArray<Diagnostic>([]));
        }

        /// <summary>The inputs in id order (ids are unique within a group). Reads the list without changing it, so threads may race.</summary>
        private static ImmutableArray<ReconciledInput> BuildInputs(Entry[] entries, List<GroupInput> inputs, Unit unit, MergeResult? merge)
        {
            var built = new ReconciledInput[inputs.Count];
            int merged = 0;
            for (int i = 0; i < built.Length; i++)
            {
                built[i] = entries[inputs[i].Entry].ToInput(inputs[i].OutcomeIn(entries, merge, ref merged), unit);
            }
            Array.Sort(built, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
            return ImmutableCollectionsMarshal.AsImmutableArray(built);
        }

        private static ImmutableArray<string> DistinctNames(List<string>? names)
        {
            if (names is null)
            {
                return [];
            }
            var sorted = names.ToArray();
            Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a, b));
            int kept = 0;
            foreach (string name in sorted)
            {
                if (kept == 0 || !string.Equals(sorted[kept - 1], name, StringComparison.Ordinal))
                {
                    sorted[kept++] = name;
                }
            }
            return ImmutableArray.Create(sorted, 0, kept);
        }

        /// <summary>The diagnostics once each (the first of equal ones), at the options' severities, with their locations.</summary>
        private static ImmutableArray<Diagnostic> BuildDiagnostics(Entry[] entries, List<Raised> raised, List<GroupInput> inputs, MergeResult? merge,
            Unit unit, DiagnosticOptions severities, Func<string, IEnumerable<Evidence>> locate)
        {
            var made = raised.ConvertAll(r => r.Make(entries, inputs, merge, unit));
            var built = ImmutableArray.CreateBuilder<Diagnostic>(made.Count);
            // A group raises a few diagnostics, compared with each other directly; a hash set pays off only for many.
            var seen = made.Count > 16 ? new HashSet<Diagnostic>() : null;
            for (int i = 0; i < made.Count; i++)
            {
                var diagnostic = made[i];
                bool repeated = seen is null ? IsRepeated(made, i) : !seen.Add(diagnostic);
                if (!repeated && severities.Apply(diagnostic) is { } kept)
                {
                    built.Add(kept.WithLocations(locate));
                }
            }
            return built.DrainToImmutable();
        }

        private static bool IsRepeated(List<Diagnostic> raised, int index)
        {
            for (int i = 0; i < index; i++)
            {
                if (raised[i].Equals(raised[index]))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
