using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;
using NodaTime;

namespace ConflictData.Reconciliation;

/// <summary>
/// Combines competing judgements of one proposition with the same named merge rules as figures: each judgement's
/// likelihood range becomes a <see cref="MergeInput"/> (its origin the last link of its first source chain, its time
/// its reference time, its publication date the earliest it can have), so <c>envelope</c> gives the span of the
/// sources' views, <c>consensus</c> what they all allow, <c>latest</c> the newest view and <c>preferred</c> a user's
/// ranking — one mechanism for numbers and for probabilities.
/// </summary>
/// <remarks>
/// <para>Judgements are grouped by <see cref="Proposition.Statement"/>, ordinally; a denied judgement's likelihood is
/// already that of the statement, so it joins the same inputs. Judgements without a likelihood (a report, a
/// comparative) give no input but take part in the diagnostics: a judgement at 95 % or more against a denial without a
/// likelihood (a report of death against "definitely alive") raises
/// <see cref="ReconciliationDiagnostics.JudgementContradicted"/> with both quotes as locations.</para>
/// <para>This class is stateless and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// foreach (JudgementGroup group in JudgementReconciler.Combine(SeedCorpus.Judgements, MergeRules.Consensus))
/// {
///     Console.WriteLine(group); // Abu Bakr al-Baghdadi is alive: 5 judgements, consensus [0.99, 0.99] ...
/// }
/// </code>
/// </example>
public static class JudgementReconciler
{
    /// <summary>The lowest likelihood that counts as holding a proposition near-certain (ICD 203's "almost certain").</summary>
    public const decimal NearCertain = 0.95m;

    /// <summary>Groups <paramref name="judgements"/> by statement and merges each group's likelihoods under <paramref name="rule"/>.</summary>
    /// <param name="judgements">The judgements; groups come out in the order of their first judgement.</param>
    /// <param name="rule">A merge rule, such as <see cref="MergeRules.Envelope"/>.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null or <paramref name="judgements"/> holds a null.</exception>
    public static ImmutableArray<JudgementGroup> Combine(IEnumerable<Judgement> judgements, MergeRule rule)
    {
        var all = Preconditions.CheckNoNulls(Preconditions.CheckNotNull(judgements, nameof(judgements)), nameof(judgements));
        Preconditions.CheckNotNull(rule, nameof(rule));
        return [.. all.GroupBy(j => j.Proposition.Statement, System.StringComparer.Ordinal)
            .Select(group => Combine(group.Key, [.. group], rule))];
    }

    private static JudgementGroup Combine(string statement, ImmutableArray<Judgement> group, MergeRule rule)
    {
        var inputs = group.Where(j => j.Likelihood is not null).Select(ToInput).ToList();
        var likelihood = inputs.Count == 0 ? null : rule.Merge(inputs);
        return new JudgementGroup(statement, group, likelihood, Contradictions(group));
    }

    private static MergeInput ToInput(Judgement judgement)
    {
        var time = judgement.ReferenceTime is { } t ? new DateInterval(t.From, t.To ?? t.From) : null;
        return new MergeInput(judgement.Id, judgement.Likelihood!.ToRange(),
            judgement.Sources.IsEmpty ? null : judgement.Sources[0].Origin.Name, time, judgement.Published?.Earliest);
    }

    private static ImmutableArray<Diagnostic> Contradictions(ImmutableArray<Judgement> group)
    {
        var reports = group.Where(j => j.Polarity == Polarity.Denied && j.Likelihood is null).ToList();
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (var certain in group.Where(j => j.Likelihood is { Low: >= NearCertain }))
        {
            foreach (var report in reports)
            {
                diagnostics.Add(Diagnostic.Create(ReconciliationDiagnostics.JudgementContradicted, [certain.Id, report.Id],
                    [.. certain.Evidence.Take(1), .. report.Evidence.Take(1)],
                    certain.Id, certain.Proposition.Statement, certain.Likelihood!.ToString(), report.Id));
            }
        }
        return diagnostics.ToImmutable();
    }
}
