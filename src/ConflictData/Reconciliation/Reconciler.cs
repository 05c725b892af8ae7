using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;
using NodaTime;

namespace ConflictData.Reconciliation;

/// <summary>
/// Reconciles estimates: filters them by what was known when and what was valid when, groups those that measure one
/// quantity, splits each group by reference time, converts currencies, counts one origin once, merges each time's
/// estimates with a named rule, relates parts to wholes, compares neighbouring times, and explains every result.
/// </summary>
/// <remarks>
/// <para><b>Steps.</b> (1) The bitemporal filters of the options (<see cref="ReconciliationOptions.AsKnownOn"/>,
/// <see cref="ReconciliationOptions.ValidAt"/>). (2) Keys (<see cref="QuantityKey"/>, or the options' key function), then
/// forced and forbidden pairings. (3) Per key, estimates whose reference intervals (<see cref="ReferenceInterval"/>)
/// overlap form one time point. (4) Per point: money converted into the options' currency at the rate for the day it was
/// published (CD0003, or CD0004 and left out); counts' exclusive bounds made whole (CD0012); estimates of one origin with
/// the same figures within the rounding the figures imply counted once (CD0002); the rule applied; stated low confidence
/// (CD0007), a single origin (CD0008), a best value outside the result (CD0010) and disjoint inputs (CD0001) reported.
/// (5) Complete sets of parts summed into points of their whole where the whole has none, and checked against it where it
/// has (CD0005); every part linked to its wholes at overlapping times and checked. (6) Neighbouring points of one
/// quantity compared: disjoint within <see cref="ReconciliationOptions.CompareWithinDays"/> is a conflict (CD0001),
/// further apart a change over time (CD0009).</para>
/// <para><b>Cost.</b> O(N log N) for N estimates with the default <see cref="OriginNormalizer"/> and
/// <see cref="PartWholeRelations"/>: each origin's key is computed once, a citation is compared for same origin only with
/// the estimates of its own origin key in its time point, a part's wholes are looked up by indicator and region, and
/// neighbouring time points are compared in linear time. Still pairwise: the estimates of one origin key in one time point
/// that all state different figures; the time points of a part and of its whole (a few per quantity in practice); and
/// every pair, when a derived normaliser or relation is given, since it may relate anything.</para>
/// <para>The result depends only on the set of estimates and the options, not on their order. This type is thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var report = Reconciler.Reconcile(SeedCorpus.Estimates);
/// foreach (var group in report.Groups.Where(g => g.HasConflict)) Console.WriteLine(group.Explain());
/// </code>
/// </example>
public static class Reconciler
{
    /// <summary>Reconciles <paramref name="estimates"/> as the remarks describe.</summary>
    /// <param name="estimates">The estimates; ids must be unique.</param>
    /// <param name="options">The options, or null for <see cref="ReconciliationOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">Two estimates share an id, or the comparison window is negative.</exception>
    public static ReconciliationReport Reconcile(IEnumerable<Estimate> estimates, ReconciliationOptions? options = null)
    {
        Preconditions.CheckNotNull(estimates, nameof(estimates));
        options ??= ReconciliationOptions.Default;
        Preconditions.CheckRange(options.CompareWithinDays >= 0, nameof(options), options.CompareWithinDays, "The comparison window must not be negative.");
        return new ReconciliationRun(options).Run(estimates);
    }

    /// <summary>
    /// The dates an estimate's figure is about, as reconciliation compares them: a "during" or "as of" reference time's
    /// anchor; for "since", from the anchor's start to the latest publication day (the figure counts up to the time of
    /// writing); without a reference time, the publication bounds; null when neither is known.
    /// </summary>
    public static DateInterval? ReferenceInterval(Estimate estimate)
    {
        Preconditions.CheckNotNull(estimate, nameof(estimate));
        return estimate.ReferenceTime is null ? estimate.Published?.Bounds
            : ReferenceBounds(estimate) is (var start, var end) ? new DateInterval(start, end) : null;
    }

    /// <summary>The first and last day of <see cref="ReferenceInterval"/>, without making an interval; null when it is null.</summary>
    internal static (LocalDate Start, LocalDate End)? ReferenceBounds(Estimate estimate) => estimate.ReferenceTime switch
    {
        null => estimate.Published is { } published ? (published.Earliest, published.Latest) : null,
        { Kind: ReferenceTimeKind.Since } r => (r.Anchor.Start,
            estimate.Published is { } p && p.Latest > r.Anchor.End ? p.Latest : r.Anchor.End),
        { } r => (r.Anchor.Start, r.Anchor.End),
    };

    /// <summary>The interval as the date range it is: a day, a whole month, a whole year, or a span.</summary>
    internal static DateRange ToDateRange(DateInterval interval)
    {
        LocalDate start = interval.Start, end = interval.End;
        if (start == end)
        {
            return DateRange.Day(start);
        }
        if (start.Day == 1 && end == start.With(DateAdjusters.EndOfMonth))
        {
            return DateRange.Month(start.Year, start.Month);
        }
        if (start.Month == 1 && start.Day == 1 && end.Month == 12 && end.Day == 31 && start.Year == end.Year)
        {
            return DateRange.Year(start.Year);
        }
        return DateRange.Span(start, end);
    }
}
