using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;

namespace ConflictData.Reconciliation;

/// <summary>The built-in merge rules, by stable name: envelope, consensus, conservative, ucdp, latest, preferred, pooled.</summary>
/// <remarks>Each is a shared, immutable, thread-safe instance with default settings; construct a rule to change them.</remarks>
/// <example>
/// <code>
/// if (MergeRules.TryGet("consensus", out var rule)) { var result = rule.Merge(inputs); }
/// </code>
/// </example>
public static class MergeRules
{
    /// <summary>The hull of all ranges (<see cref="EnvelopeRule"/>).</summary>
    public static EnvelopeRule Envelope { get; } = new();

    /// <summary>The intersection; empty means conflict (<see cref="ConsensusRule"/>).</summary>
    public static ConsensusRule Consensus { get; } = new();

    /// <summary>ACLED's lowest credible figure (<see cref="ConservativeRule"/>).</summary>
    public static ConservativeRule Conservative { get; } = new();

    /// <summary>UCDP GED's low, best, high with the default cut-off (<see cref="UcdpRule"/>).</summary>
    public static UcdpRule Ucdp { get; } = new();

    /// <summary>The latest reference time supersedes (<see cref="LatestRule"/>).</summary>
    public static LatestRule Latest { get; } = new();

    /// <summary>Ranked by grade, Wikidata style (<see cref="PreferredRule"/>).</summary>
    public static PreferredRule Preferred { get; } = new();

    /// <summary>A weighted linear pool, 5th–95th percentile (<see cref="PooledRule"/>).</summary>
    public static PooledRule Pooled { get; } = new();

    /// <summary>Every built-in rule, in the order above.</summary>
    public static ImmutableArray<MergeRule> All { get; } = [Envelope, Consensus, Conservative, Ucdp, Latest, Preferred, Pooled];

    /// <summary>The names of the built-in rules, in the order of <see cref="All"/>.</summary>
    public static ImmutableArray<string> Names { get; } = [.. All.Select(r => r.Name)];

    /// <summary>Finds a built-in rule by its name (exact, lower case).</summary>
    public static bool TryGet(string? name, [NotNullWhen(true)] out MergeRule? rule)
    {
        rule = All.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
        return rule is not null;
    }
}
