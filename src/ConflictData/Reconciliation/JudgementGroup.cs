using System.Collections.Immutable;

namespace ConflictData.Reconciliation;

/// <summary>
/// The judgements of one proposition (one <see cref="Proposition.Statement"/>), their likelihood ranges combined by a
/// merge rule, and the diagnostics raised between them.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Equality is by reference: a group is a result, not a value.</remarks>
public sealed class JudgementGroup
{
    internal JudgementGroup(string statement, ImmutableArray<Judgement> judgements, MergeResult? likelihood, ImmutableArray<Diagnostic> diagnostics)
    {
        Statement = statement;
        Judgements = judgements;
        Likelihood = likelihood;
        Diagnostics = diagnostics;
    }

    /// <summary>The normalised statement the judgements share.</summary>
    public string Statement { get; }

    /// <summary>The judgements, in the order given.</summary>
    public ImmutableArray<Judgement> Judgements { get; }

    /// <summary>
    /// The likelihood ranges (probabilities from 0 to 1) of the judgements that give one, merged by the rule; each input's
    /// id is its judgement's id. <c>null</c> when no judgement of the group gives a likelihood (only reports or comparatives).
    /// </summary>
    public MergeResult? Likelihood { get; }

    /// <summary>What the judgements say against each other (<see cref="ReconciliationDiagnostics.JudgementContradicted"/>).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>"Abu Bakr al-Baghdadi is alive: 5 judgements, consensus [0.99, 0.99]".</summary>
    public override string ToString() =>
        $"{Statement}: {Judgements.Length} judgements" + (Likelihood is { } l ? $", {l.Rule} {l.Value?.ToString() ?? "no result"}" : "");
}
