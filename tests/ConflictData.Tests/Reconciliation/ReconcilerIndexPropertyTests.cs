using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ConflictData.Reconciliation;
using ConflictData.Tests.Generators;
using FsCheck.Xunit;

namespace ConflictData.Tests.Reconciliation;

/// <summary>
/// The reconciler's indexed paths (origins by key, wholes by indicator and region, the window of a whole's points a part
/// is linked to, the linear search for a disjoint pair, default keys shared per quantity, envelope and consensus over the
/// run's entries) give exactly what the plain pairwise comparisons, a key function and the rules' public input path give.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ReconciliationArbitraries) }, MaxTest = 300)]
public class ReconcilerIndexPropertyTests
{
    // Derived without overrides, so they decide as the defaults do, but the reconciler can no longer assume it and asks
    // them of every pair: the reference the indexed path must equal.
    private sealed class PairwiseOrigins : OriginNormalizer;

    private sealed class PairwiseRelations() : PartWholeRelations(PartWholeRelations.Default.IndicatorParts);

    private static readonly ReconciliationOptions Reference = new() { Origins = new PairwiseOrigins(), Relations = new PairwiseRelations() };

    [Property]
    public bool IndexedReconciliation_EqualsPairwise(EstimateSet set) =>
        Render(Reconciler.Reconcile(set.Estimates)) == Render(Reconciler.Reconcile(set.Estimates, Reference));

    // The default key function's keys are shared per quantity by the run; a lambda around it is asked of every estimate.
    private static readonly ReconciliationOptions DerivedKeys = new() { KeySelector = e => QuantityKey.From(e) };

    [Property]
    public bool SharedDefaultKeys_EqualKeysOfAKeyFunction(EstimateSet set) =>
        Render(Reconciler.Reconcile(set.Estimates)) == Render(Reconciler.Reconcile(set.Estimates, DerivedKeys));

    // Envelope and consensus give outcomes made when read, which the group's inputs read by position.
    [Property]
    public bool EveryInputOfTheRule_HasTheRulesOutcome(EstimateSet set) =>
        MergeRules.All.All(rule => Reconciler.Reconcile(set.Estimates, new ReconciliationOptions { Rule = rule }).Groups
            .Where(g => g.Merge is not null)
            .All(g => g.Merge!.Outcomes.All(o => g.Inputs.Single(i => i.Id == o.Id).Outcome.Equals(o))));

    // A rule the reconciler does not know, merging through the built-in rule's public MergeInput path: the reference for
    // envelope and consensus, which the reconciler runs over its entries' values, making inputs only when read.
    private sealed class ThroughInputs(MergeRule rule) : MergeRule(rule.Name, rule.Summary)
    {
        public override string Settings => rule.Settings;

        protected override MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit) => rule.Merge(inputs, unit);
    }

    [Property]
    public bool EveryBuiltInRule_MergesTheRunsEntriesAsItsInputs(EstimateSet set) =>
        MergeRules.All.All(rule => Render(Reconciler.Reconcile(set.Estimates, new ReconciliationOptions { Rule = rule }))
            == Render(Reconciler.Reconcile(set.Estimates, new ReconciliationOptions { Rule = new ThroughInputs(rule) })));

    [Property]
    public bool FirstDisjointPair_IsTheFirstOfAllPairs(RangeLists lists)
    {
        var naive = lists.First.SelectMany(x => lists.Second.Select(y => (x, y))).Where(p => !p.x.Overlaps(p.y)).Select(p => ((RangedValue, RangedValue)?)p).FirstOrDefault();
        var found = RangeHull.FirstDisjointPair(lists.First, lists.Second, v => v);
        return found is null ? naive is null : naive is { } n && ReferenceEquals(n.Item1, found.Value.X) && ReferenceEquals(n.Item2, found.Value.Y);
    }

    [Property]
    public bool Overlaps_IsAnIntersection(RangeLists lists) =>
        lists.First.All(x => lists.Second.All(y => x.Overlaps(y) == (x.Intersection(y) is not null)));

    private static string Render(ReconciliationReport report)
    {
        var text = new StringBuilder();
        foreach (var group in report.Groups)
        {
            text.Append(group.Explain()).Append('\n').Append(group.Merge).Append('\n').AppendJoin(", ", group.Parts).Append(" | ").AppendJoin(", ", group.Wholes).Append('\n');
            text.AppendJoin("\n", group.Diagnostics.Select(d => d.ToString() + " [" + string.Join(",", d.EstimateIds) + "]")).Append('\n');
        }
        return text.AppendJoin("\n", report.Diagnostics).AppendJoin("\n", report.Filtered).ToString();
    }
}
