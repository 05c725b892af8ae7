using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Reconciliation;
using ConflictData.Utility;
using NodaTime;

namespace ConflictData;

/// <summary>
/// LINQ operators over estimates: filter by what is measured (indicator, actor, place, noun, unit, dimension), by
/// who said it (origin, outlet) and by time (reference time, publication time), and order by time. Each is a plain
/// deferred LINQ step, so they compose with <c>Where</c>, <c>Select</c> and <c>GroupBy</c>, and work the same on
/// <see cref="SeedCorpus.Estimates"/> and on estimates read from a user's file.
/// </summary>
/// <remarks>Text comparisons ignore case, culture-invariantly. This class is stateless and thread-safe.</remarks>
/// <example>
/// <code>
/// var syria2019 = SeedCorpus.Estimates
///     .OfIndicator(Indicator.Fighters)
///     .InPlace(CountryCode.Syria)                          // matches estimates for {IQ, SY} too
///     .ReferringTo(new DateInterval(new LocalDate(2019, 1, 1), new LocalDate(2019, 12, 31)))
///     .OrderByReferenceTime();
/// </code>
/// </example>
public static class EstimateQueries
{
    /// <summary>The estimates of <paramref name="indicator"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    public static IEnumerable<Estimate> OfIndicator(this IEnumerable<Estimate> estimates, Indicator indicator) =>
        Check(estimates).Where(e => e.Measurand.Indicator == indicator);

    /// <summary>The estimates about <paramref name="actor"/> ("IS", "IS-K"), ignoring case.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Estimate> OfActor(this IEnumerable<Estimate> estimates, string actor)
    {
        Preconditions.CheckNotNull(actor, nameof(actor));
        return Check(estimates).Where(e => string.Equals(e.Measurand.Actor, actor, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The estimates whose places include <paramref name="place"/>: Syria matches a figure for Syria alone and one
    /// for Iraq and Syria together, because both say something about Syria.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    public static IEnumerable<Estimate> InPlace(this IEnumerable<Estimate> estimates, CountryCode place) =>
        Check(estimates).Where(e => e.Measurand.Places.Contains(place));

    /// <summary>The estimates whose counted noun contains <paramref name="word"/>, ignoring case ("fighters" matches "foreign fighters").</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="word"/> is blank.</exception>
    public static IEnumerable<Estimate> WithNoun(this IEnumerable<Estimate> estimates, string word)
    {
        Preconditions.CheckNotBlank(word, nameof(word));
        return Check(estimates).Where(e => e.Noun is { } noun && noun.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The estimates with a source chain whose origin — the last link, who first gave the figure — has the name or the
    /// organisation <paramref name="origin"/>, ignoring case ("United Nations" matches a UN report).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Estimate> FromOrigin(this IEnumerable<Estimate> estimates, string origin)
    {
        Preconditions.CheckNotNull(origin, nameof(origin));
        return Check(estimates).Where(e => e.Sources.Any(c => Named(c.Origin, origin)));
    }

    /// <summary>The estimates published by the outlet <paramref name="outlet"/> (the first link of a chain), ignoring case.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Estimate> FromOutlet(this IEnumerable<Estimate> estimates, string outlet)
    {
        Preconditions.CheckNotNull(outlet, nameof(outlet));
        return Check(estimates).Where(e => e.Sources.Any(c => string.Equals(c.Publisher.Name, outlet, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// The estimates whose reference time overlaps <paramref name="interval"/>; a "since" time runs on without end.
    /// Estimates without a reference time are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Estimate> ReferringTo(this IEnumerable<Estimate> estimates, DateInterval interval)
    {
        Preconditions.CheckNotNull(interval, nameof(interval));
        return Check(estimates).Where(e => e.ReferenceTime is { } t && t.From <= interval.End && (t.To is not { } to || to >= interval.Start));
    }

    /// <summary>The estimates whose reference time includes <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    public static IEnumerable<Estimate> ReferringTo(this IEnumerable<Estimate> estimates, LocalDate date) =>
        ReferringTo(estimates, new DateInterval(date, date));

    /// <summary>
    /// The estimates that may have been published within <paramref name="interval"/>: their publication bounds overlap
    /// it. Estimates without a publication time are left out.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Estimate> PublishedWithin(this IEnumerable<Estimate> estimates, DateInterval interval)
    {
        Preconditions.CheckNotNull(interval, nameof(interval));
        return Check(estimates).Where(e => e.Published is { } p && p.Earliest <= interval.End && p.Latest >= interval.Start);
    }

    /// <summary>
    /// The estimates certainly published on or before <paramref name="date"/> (their latest possible publication date is
    /// not after it): what was known on that day.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    public static IEnumerable<Estimate> KnownOn(this IEnumerable<Estimate> estimates, LocalDate date) =>
        Check(estimates).Where(e => e.Published is { } p && p.Latest <= date);

    /// <summary>The estimates in <paramref name="unit"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<Estimate> InUnit(this IEnumerable<Estimate> estimates, Unit unit)
    {
        Preconditions.CheckNotNull(unit, nameof(unit));
        return Check(estimates).Where(e => e.Quantity.Unit == unit);
    }

    /// <summary>The estimates of <paramref name="dimension"/>: every currency for <see cref="Dimension.Money"/>, every noun for <see cref="Dimension.Count"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    public static IEnumerable<Estimate> OfDimension(this IEnumerable<Estimate> estimates, Dimension dimension) =>
        Check(estimates).Where(e => e.Quantity.Unit.Dimension == dimension);

    /// <summary>
    /// The estimates ordered by the start of their reference time, then its end (a "since" time last), then the earliest
    /// publication date, then id; estimates without a reference time come last. The order is total and stable.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    public static IOrderedEnumerable<Estimate> OrderByReferenceTime(this IEnumerable<Estimate> estimates) =>
        Check(estimates)
            .OrderBy(e => e.ReferenceTime?.From ?? LocalDate.MaxIsoValue)
            .ThenBy(e => e.ReferenceTime is { } t ? t.To ?? LocalDate.MaxIsoValue : LocalDate.MaxIsoValue)
            .ThenBy(e => e.Published?.Earliest ?? LocalDate.MaxIsoValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>
    /// The estimates ordered by their earliest possible publication date, then the latest, then id; estimates without a
    /// publication time come last.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    public static IOrderedEnumerable<Estimate> OrderByPublicationTime(this IEnumerable<Estimate> estimates) =>
        Check(estimates)
            .OrderBy(e => e.Published?.Earliest ?? LocalDate.MaxIsoValue)
            .ThenBy(e => e.Published?.Latest ?? LocalDate.MaxIsoValue)
            .ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>
    /// The estimates grouped by the quantity they measure (<see cref="QuantityKey.From"/>: the measurand and the unit
    /// family, every currency counting as money), in order of first appearance — the groups reconciliation compares.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    /// <remarks>Each enumeration makes one key per distinct quantity (looked up by the measurand and unit family) rather
    /// than one per estimate.</remarks>
    public static IEnumerable<IGrouping<QuantityKey, Estimate>> GroupByQuantity(this IEnumerable<Estimate> estimates) =>
        GroupedByQuantity(Check(estimates));

    private static IEnumerable<IGrouping<QuantityKey, Estimate>> GroupedByQuantity(IEnumerable<Estimate> estimates)
    {
        var keys = new DefaultKeyInterner();
        foreach (var group in estimates.GroupBy(keys.Of))
        {
            yield return group;
        }
    }

    /// <summary>Reconciles the estimates in one call: <see cref="Reconciler.Reconcile"/> at the end of a query.</summary>
    /// <param name="estimates">The estimates; ids must be unique.</param>
    /// <param name="options">The options, or null for <see cref="ReconciliationOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    /// <exception cref="ArgumentException">Two estimates share an id.</exception>
    public static ReconciliationReport Reconcile(this IEnumerable<Estimate> estimates, ReconciliationOptions? options = null) =>
        Reconciler.Reconcile(Check(estimates), options);

    /// <summary>
    /// Each quantity over time in one call: the timelines of <see cref="Reconcile"/>, one per quantity, each point
    /// reconciled from the estimates about that time or summed from its parts.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null.</exception>
    /// <exception cref="ArgumentException">Two estimates share an id.</exception>
    public static ImmutableArray<Timeline> ToTimelines(this IEnumerable<Estimate> estimates, ReconciliationOptions? options = null) =>
        Reconcile(estimates, options).Timelines;

    private static bool Named(Source source, string name) =>
        string.Equals(source.Name, name, StringComparison.OrdinalIgnoreCase)
        || string.Equals(source.Organisation, name, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<Estimate> Check(IEnumerable<Estimate> estimates) => Preconditions.CheckNotNull(estimates, nameof(estimates));
}
