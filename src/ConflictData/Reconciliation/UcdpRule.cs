using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// <c>ucdp</c>: the UCDP GED's low, best and high — low is the lowest reliable low, high the highest reliable high, and
/// best comes from the most reliable source that states one. Inputs below a reliability cut-off are excluded, with the reason.
/// </summary>
/// <remarks>
/// <para><b>Reliable</b> means an Admiralty grade at or better than the cut-off on both axes (by default source C,
/// "fairly reliable", and information 3, "possibly true"), and no stated low confidence. Ungraded inputs are included by
/// default, ranked below every graded one; <c>includeUngraded: false</c> excludes them.</para>
/// <para><b>Bounds</b> are the envelope of the reliable inputs (open if any is open; no result and CD0011 if open on both
/// sides). <b>Best</b>: the best value of the most reliable input that has one (better source letter first, then
/// better information digit, then later reference time, then id); none if no reliable input has one.
/// <b>Vague values</b> count as their range.</para>
/// <para><b>Laws</b>: independent of input order; the result contains every reliable input.</para>
/// </remarks>
public sealed class UcdpRule : MergeRule
{
    private readonly SourceReliability worstSource;
    private readonly InformationCredibility worstInformation;
    private readonly bool includeUngraded;

    /// <summary>Creates the rule with a cut-off; <see cref="MergeRules.Ucdp"/> is the default.</summary>
    /// <param name="worstSource">The worst source reliability still included.</param>
    /// <param name="worstInformation">The worst information credibility still included.</param>
    /// <param name="includeUngraded">Whether inputs without a grade are included.</param>
    public UcdpRule(SourceReliability worstSource = SourceReliability.FairlyReliable,
        InformationCredibility worstInformation = InformationCredibility.PossiblyTrue, bool includeUngraded = true)
        : base("ucdp", "UCDP GED: low = lowest reliable low, high = highest reliable high, best from the most reliable source.")
    {
        this.worstSource = Preconditions.CheckDefined(worstSource, nameof(worstSource));
        this.worstInformation = Preconditions.CheckDefined(worstInformation, nameof(worstInformation));
        this.includeUngraded = includeUngraded;
    }

    /// <inheritdoc />
    public override string Settings =>
        $"cut-off {new ReliabilityGrade(worstSource, worstInformation)}, ungraded {(includeUngraded ? "included" : "excluded")}";

    /// <inheritdoc />
    protected override MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit)
    {
        var reliable = new List<MergeInput>();
        var outcomes = new Dictionary<string, InputOutcome>();
        foreach (var input in inputs)
        {
            string? reason = input switch
            {
                { IsLowConfidence: true } => "stated low confidence",
                { Reliability: null } when !includeUngraded => "ungraded, and ungraded inputs are excluded",
                { Reliability: { } g } when g.Source > worstSource || g.Information > worstInformation =>
                    $"graded {g}, below the cut-off {new ReliabilityGrade(worstSource, worstInformation)}",
                _ => null,
            };
            if (reason is null)
            {
                reliable.Add(input);
            }
            else
            {
                outcomes[input.Id] = new InputOutcome(input.Id, InputRole.Excluded, reason);
            }
        }
        if (reliable.Count == 0)
        {
            return Result(null, outcomes.Values, [Diagnostic.Create(ReconciliationDiagnostics.NoQualifyingInput, inputs.Select(i => i.Id), [],
                Name, string.Join("; ", outcomes.Values.Select(o => $"{o.Id} {o.Reason}")))]);
        }
        var (lower, upper) = RangeHull.Envelope(reliable, RangeHull.InputValue);
        var bestSource = reliable.Where(i => i.Value.Best is not null)
            .OrderBy(i => i.Reliability is null ? 1 : 0)
            .ThenBy(i => i.Reliability?.Source).ThenBy(i => i.Reliability?.Information)
            .ThenByDescending(i => i.ReferenceTime?.End).FirstOrDefault();
        decimal? best = bestSource?.Value.Best;
        foreach (var input in reliable)
        {
            var role = RangeHull.BoundRoles(input, lower, upper, null) | (input == bestSource ? InputRole.SuppliedBest : InputRole.None);
            outcomes[input.Id] = new InputOutcome(input.Id, role, input == bestSource ? "the most reliable input stating a best value" : null);
        }
        if (lower is null && upper is null)
        {
            return Result(null, outcomes.Values, [Diagnostic.Create(ReconciliationDiagnostics.OpenOnBothSides, reliable.Select(i => i.Id), [], Name, string.Join(", ", reliable))]);
        }
        return Result(new RangedValue(lower, upper, best), outcomes.Values, []);
    }
}
