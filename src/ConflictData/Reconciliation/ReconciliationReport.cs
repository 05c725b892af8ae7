using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// Everything <see cref="Reconciler.Reconcile"/> concluded: the reconciled groups, the timeline of each quantity, the
/// estimates the bitemporal filters left out (with the reason), and every diagnostic.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReconciliationReport
{
    internal ReconciliationReport(string rule, ImmutableArray<ReconciledGroup> groups, ImmutableArray<Timeline> timelines,
        ImmutableArray<InputOutcome> filtered)
    {
        Rule = rule;
        Groups = groups;
        Timelines = timelines;
        Filtered = filtered;
        diagnostics = new DeferredArray<Diagnostic>(() => DistinctDiagnostics(groups));
    }

    // Made when first read, as the groups' own diagnostics are.
    private readonly DeferredArray<Diagnostic> diagnostics;

    /// <summary>Every group's diagnostics, the first of equal ones kept: neighbours and parts share a conflict.</summary>
    private static ImmutableArray<Diagnostic> DistinctDiagnostics(ImmutableArray<ReconciledGroup> groups)
    {
        int count = 0;
        foreach (var group in groups)
        {
            count += group.Diagnostics.Length;
        }
        var seen = new HashSet<Diagnostic>(count);
        var distinct = ImmutableArray.CreateBuilder<Diagnostic>(count);
        foreach (var group in groups)
        {
            foreach (var diagnostic in group.Diagnostics)
            {
                if (seen.Add(diagnostic))
                {
                    distinct.Add(diagnostic);
                }
            }
        }
        return distinct.DrainToImmutable();
    }

    /// <summary>The rule's name.</summary>
    public string Rule { get; }

    /// <summary>Every group, ordered by quantity name (ordinal), then time.</summary>
    public ImmutableArray<ReconciledGroup> Groups { get; }

    /// <summary>Every quantity's timeline, ordered by quantity name (ordinal).</summary>
    public ImmutableArray<Timeline> Timelines { get; }

    /// <summary>The estimates the as-known-on and valid-at filters left out, each with the reason, in id order.</summary>
    public ImmutableArray<InputOutcome> Filtered { get; }

    /// <summary>Every diagnostic of every group, once each.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => diagnostics.Value;

    /// <summary>The group with exactly <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No group has that name.</exception>
    public ReconciledGroup GetGroup(string name) =>
        Groups.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"No reconciled group is named \"{name}\".", nameof(name));

    /// <summary>
    /// Finds a group by its name, ignoring case, or else by a piece of its name when exactly one group contains it.
    /// </summary>
    /// <param name="text">The name or a piece of it.</param>
    /// <param name="group">The group found.</param>
    /// <param name="candidates">When the piece is in several names, those names (ordinal order); otherwise empty.</param>
    public bool TryFindGroup(string? text, [NotNullWhen(true)] out ReconciledGroup? group, out ImmutableArray<string> candidates)
    {
        candidates = [];
        group = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        group = Groups.FirstOrDefault(g => string.Equals(g.Name, text, StringComparison.OrdinalIgnoreCase));
        if (group is not null)
        {
            return true;
        }
        var matches = Groups.Where(g => g.Name.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count == 1)
        {
            group = matches[0];
            return true;
        }
        candidates = [.. matches.Select(g => g.Name)];
        return false;
    }

    /// <summary>The timeline of <paramref name="key"/>, or null when no estimate has that key.</summary>
    public Timeline? GetTimeline(QuantityKey key) => Timelines.FirstOrDefault(t => t.Key.Equals(key));
}
