using System;
using System.Collections.Immutable;
using NodaTime;

namespace ConflictData.Reconciliation;

/// <summary>
/// How <see cref="Reconciler"/> works: the merge rule, the grouping (key function, forced and forbidden pairings), origin
/// normalisation, part/whole relations, currency conversion, the time window for comparing estimates, the bitemporal
/// filters and diagnostic severities.
/// </summary>
/// <remarks>Every property has a documented default; set only what you need with an object initializer. Instances are
/// immutable once built and safe to share between threads.</remarks>
/// <example>
/// <code>
/// var options = new ReconciliationOptions { Rule = MergeRules.Consensus, AsKnownOn = new LocalDate(2019, 3, 31) };
/// var report = Reconciler.Reconcile(SeedCorpus.Estimates, options);
/// </code>
/// </example>
public sealed class ReconciliationOptions
{
    /// <summary>The defaults: envelope, default keys, seed exchange rates into US dollars, a 31-day comparison window.</summary>
    public static ReconciliationOptions Default { get; } = new();

    /// <summary>The merge rule. Default: <see cref="MergeRules.Envelope"/>.</summary>
    public MergeRule Rule { get; init; } = MergeRules.Envelope;

    /// <summary>The key function that says which estimates measure one quantity. Default: <see cref="QuantityKey.From"/>.</summary>
    public Func<Estimate, QuantityKey> KeySelector { get; init; } = QuantityKey.From;

    /// <summary>Pairs of estimate ids that must be grouped together whatever their keys: the second takes the first's key.</summary>
    public ImmutableArray<(string First, string Second)> ForcedPairs { get; init; } = [];

    /// <summary>Pairs of estimate ids that must never be grouped together: the second is set apart in a group of its own.</summary>
    public ImmutableArray<(string First, string Second)> ForbiddenPairs { get; init; } = [];

    /// <summary>How origins are compared. Default: <see cref="OriginNormalizer.Default"/>.</summary>
    public OriginNormalizer Origins { get; init; } = OriginNormalizer.Default;

    /// <summary>Which quantities are parts of which. Default: <see cref="PartWholeRelations.Default"/>.</summary>
    public PartWholeRelations Relations { get; init; } = PartWholeRelations.Default;

    /// <summary>The exchange rates for converting money. Default: <see cref="ExchangeRates.Seed"/>.</summary>
    public ExchangeRates ExchangeRates { get; init; } = ExchangeRates.Seed;

    /// <summary>The currency money is compared in. Default: US dollars.</summary>
    public Currency Currency { get; init; } = Currency.UsDollar;

    /// <summary>
    /// Estimates whose reference times are at most this many days apart are compared: disjoint ranges are then a conflict
    /// (CD0001); further apart they are a change over time (CD0009). Default: 31.
    /// </summary>
    public int CompareWithinDays { get; init; } = 31;

    /// <summary>"As known on": only estimates published by this day; those whose publication bounds straddle it are
    /// included and marked possibly known (CD0013). Default: null, no filter.</summary>
    public LocalDate? AsKnownOn { get; init; }

    /// <summary>"Valid at": only estimates whose reference time covers this day. Default: null, no filter.</summary>
    public LocalDate? ValidAt { get; init; }

    /// <summary>Per-id severities. Default: every diagnostic at its default severity.</summary>
    public DiagnosticOptions Diagnostics { get; init; } = DiagnosticOptions.Default;
}
