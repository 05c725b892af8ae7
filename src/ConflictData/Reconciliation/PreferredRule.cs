using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// <c>preferred</c>: a user's ranking of origins or grades, as Wikidata ranks statements preferred, normal or
/// deprecated. The result is the envelope of the best-ranked inputs; the others are excluded with their rank as reason.
/// </summary>
/// <remarks>
/// <para><b>Ranking.</b> By default (<see cref="MergeRules.Preferred"/>) by Admiralty grade: sources graded A or B are
/// preferred, E (unreliable) deprecated, everything else — C, D, F and ungraded — normal. Pass origin ranks
/// (<see cref="PreferredRule(IReadOnlyDictionary{string, PreferenceRank})"/>) or any function of the input instead.</para>
/// <para><b>Bounds, best values and vague values</b> as <see cref="EnvelopeRule"/>, over the best-ranked inputs.
/// <b>Stated low confidence</b> does not change the rank; rank such inputs deprecated if you distrust them.
/// When every input is deprecated there is no result (CD0014).</para>
/// <para><b>Laws</b>: independent of input order; with every input ranked equally it is the envelope.</para>
/// </remarks>
public sealed class PreferredRule : MergeRule
{
    private readonly Func<MergeInput, PreferenceRank> rank;
    private readonly string settings;

    /// <summary>Ranks by Admiralty grade: A and B preferred, E deprecated, the rest normal.</summary>
    public PreferredRule() : this(ByGrade, "by grade: A and B preferred, E deprecated, others normal")
    {
    }

    /// <summary>Ranks by origin key (see <see cref="OriginNormalizer"/>); origins not listed are normal.</summary>
    public PreferredRule(IReadOnlyDictionary<string, PreferenceRank> originRanks)
        : this(ByOrigin(Preconditions.CheckNotNull(originRanks, nameof(originRanks))),
            "by origin: " + string.Join(", ", originRanks.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.ToString().ToLowerInvariant()}")))
    {
    }

    /// <summary>Ranks by any function of the input, described in words for the explanation.</summary>
    public PreferredRule(Func<MergeInput, PreferenceRank> rank, string description)
        : base("preferred", "A user's ranking (preferred, normal, deprecated): the envelope of the best-ranked inputs.")
    {
        this.rank = Preconditions.CheckNotNull(rank, nameof(rank));
        settings = Preconditions.CheckNotBlank(description, nameof(description));
    }

    /// <inheritdoc />
    public override string Settings => settings;

    private static PreferenceRank ByGrade(MergeInput input) => input.Reliability?.Source switch
    {
        SourceReliability.CompletelyReliable or SourceReliability.UsuallyReliable => PreferenceRank.Preferred,
        SourceReliability.Unreliable => PreferenceRank.Deprecated,
        _ => PreferenceRank.Normal,
    };

    private static Func<MergeInput, PreferenceRank> ByOrigin(IReadOnlyDictionary<string, PreferenceRank> ranks)
    {
        var copy = ranks.ToImmutableDictionary(StringComparer.Ordinal);
        return input => input.Origin is { } origin && copy.TryGetValue(origin, out var r) ? r : PreferenceRank.Normal;
    }

    /// <inheritdoc />
    protected override MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit)
    {
        var ranks = inputs.Select(i => (Input: i, Rank: Preconditions.CheckDefined(rank(i), "rank"))).ToList();
        var top = ranks.Min(r => r.Rank);
        if (top == PreferenceRank.Deprecated)
        {
            return Result(null, inputs.Select(i => new InputOutcome(i.Id, InputRole.Excluded, "deprecated")),
                [Diagnostic.Create(ReconciliationDiagnostics.NoQualifyingInput, inputs.Select(i => i.Id), [], Name, "every input is deprecated")]);
        }
        var chosen = ranks.Where(r => r.Rank == top).Select(r => r.Input).ToList();
        var (lower, upper) = RangeHull.Envelope(chosen, RangeHull.InputValue);
        decimal? best = RangeHull.AgreedBest(chosen, RangeHull.InputValue);
        var outcomes = ranks.Select(r => r.Rank == top
            ? new InputOutcome(r.Input.Id, RangeHull.BoundRoles(r.Input, lower, upper, best), top == PreferenceRank.Preferred ? "preferred" : null)
            : new InputOutcome(r.Input.Id, InputRole.Excluded, r.Rank == PreferenceRank.Deprecated ? "deprecated" : $"ranked {r.Rank.ToString().ToLowerInvariant()}, below {top.ToString().ToLowerInvariant()} inputs"));
        if (lower is null && upper is null)
        {
            return Result(null, outcomes, [Diagnostic.Create(ReconciliationDiagnostics.OpenOnBothSides, chosen.Select(i => i.Id), [], Name, string.Join(", ", chosen))]);
        }
        return Result(new RangedValue(lower, upper, best), outcomes, []);
    }
}
