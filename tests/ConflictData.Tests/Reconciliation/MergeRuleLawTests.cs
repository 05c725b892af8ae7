using System.Collections.Immutable;
using System.Linq;
using ConflictData.Reconciliation;
using ConflictData.Tests.Generators;
using FsCheck.Xunit;

namespace ConflictData.Tests.Reconciliation;

/// <summary>The algebraic laws of the merge rules, over generated inputs that shrink to small counterexamples.</summary>
[Properties(Arbitrary = new[] { typeof(MergeArbitraries) }, MaxTest = 300)]
public class MergeRuleLawTests
{
    private static RangedValue Envelope(params MergeInput[] inputs) => MergeRules.Envelope.Merge(inputs).Value!;

    private static MergeInput As(string id, RangedValue value) => new(id, value);

    [Property]
    public bool Envelope_ContainsEveryInput(BoundedInputSet set)
    {
        var result = MergeRules.Envelope.Merge(set.Inputs).Value!;
        return set.Inputs.All(i => result.Contains(i.Value));
    }

    [Property]
    public bool Envelope_IsCommutative(BoundedInputSet set)
    {
        var a = set.Inputs[0];
        var b = set.Inputs[^1];
        return Envelope(As("a", a.Value), As("b", b.Value)).Equals(Envelope(As("a", b.Value), As("b", a.Value)));
    }

    [Property]
    public bool Envelope_IsAssociative(BoundedInputSet set)
    {
        var (a, b, c) = (set.Inputs[0].Value, set.Inputs[set.Inputs.Length / 2].Value, set.Inputs[^1].Value);
        var left = Envelope(As("ab", Envelope(As("a", a), As("b", b))), As("c", c));
        var right = Envelope(As("a", a), As("bc", Envelope(As("b", b), As("c", c))));
        return left.Equals(right);
    }

    [Property]
    public bool Envelope_IsIdempotent(BoundedInputSet set)
    {
        var value = MergeRules.Envelope.Merge(set.Inputs).Value!;
        return Envelope(As("x", value), As("y", value)).Equals(value)
            && Envelope([.. set.Inputs, As("again", value)]).Equals(value);
    }

    [Property]
    public bool Envelope_IsMonotone_AddingAnInputNeverNarrowsIt(BoundedInputSet set)
    {
        if (set.Inputs.Length == 1)
        {
            return true;
        }
        var without = MergeRules.Envelope.Merge(set.Inputs.RemoveAt(set.Inputs.Length - 1)).Value;
        var with = MergeRules.Envelope.Merge(set.Inputs).Value!;
        return with.Contains(without!);
    }

    [Property]
    public bool Envelope_OpenOnBothSides_IsADiagnosticNotAFailure(InputSet set)
    {
        var result = MergeRules.Envelope.Merge(set.Inputs);
        bool open = set.Inputs.Any(i => i.Value.Lower is null) && set.Inputs.Any(i => i.Value.Upper is null);
        return open
            ? result.Value is null && result.Diagnostics.Single().Descriptor == ReconciliationDiagnostics.OpenOnBothSides
            : result.Value is not null && result.Diagnostics.IsEmpty;
    }

    [Property]
    public bool Consensus_IsContainedInEveryInput_OrReportsAConflict(InputSet set)
    {
        var result = MergeRules.Consensus.Merge(set.Inputs);
        return result.Value is { } value
            ? set.Inputs.All(i => i.Value.Contains(value))
            : result.Diagnostics.Single().Descriptor == ReconciliationDiagnostics.Conflict
              && result.Diagnostics[0].EstimateIds.Length == 2
              && !set.Inputs.Single(i => i.Id == result.Diagnostics[0].EstimateIds[0]).Value
                  .Overlaps(set.Inputs.Single(i => i.Id == result.Diagnostics[0].EstimateIds[1]).Value);
    }

    [Property]
    public bool Consensus_NeverWidens_WhenAnInputIsAdded(InputSet set)
    {
        if (set.Inputs.Length == 1)
        {
            return true;
        }
        var without = MergeRules.Consensus.Merge(set.Inputs.RemoveAt(set.Inputs.Length - 1)).Value;
        var with = MergeRules.Consensus.Merge(set.Inputs).Value;
        return with is null || (without is not null && without.Contains(with));
    }

    [Property]
    public bool EveryRule_IsIndependentOfInputOrder_ByteForByte(Permuted p) =>
        MergeRules.All.All(rule => rule.Merge(p.Inputs).ToString() == rule.Merge(p.Reordered).ToString());

    [Property]
    public bool Latest_IsTheInputWithTheGreatestReferenceThenPublicationKey(Permuted p)
    {
        var greatest = p.Inputs.Aggregate((a, b) => LatestRule.CompareKeys(a, b) >= 0 ? a : b)!;
        var result = MergeRules.Latest.Merge(p.Reordered);
        return ReferenceEquals(result.Value, greatest.Value)
            && result.Outcomes.Count(o => o.Role == InputRole.Superseded) == p.Inputs.Length - 1
            && result.Diagnostics.Length == p.Inputs.Length - 1;
    }

    [Property]
    public bool Latest_AddingAnEarlierInput_NeverChangesTheResult(InputSet set)
    {
        if (set.Inputs.Length == 1)
        {
            return true;
        }
        var all = MergeRules.Latest.Merge(set.Inputs).Value;
        var withoutTheLeast = set.Inputs.Remove(set.Inputs.Aggregate((a, b) => LatestRule.CompareKeys(a, b) <= 0 ? a : b)!);
        return ReferenceEquals(MergeRules.Latest.Merge(withoutTheLeast).Value, all);
    }

    [Property]
    public bool Conservative_LowerBound_IsTheLowestCredibleLowerBound(InputSet set)
    {
        var result = MergeRules.Conservative.Merge(set.Inputs).Value!;
        var credible = set.Inputs.Any(i => !i.IsLowConfidence) ? set.Inputs.Where(i => !i.IsLowConfidence).ToList() : [.. set.Inputs];
        var floors = credible.Where(i => i.Value.Lower is not null).ToList();
        return floors.Count == 0
            ? result.Lower is null && result.Upper == credible.Select(i => i.Value.Upper).Aggregate((a, b) => RangedValue.UpperAtOrAbove(a, b) ? b : a)
            : result.Upper is null && floors.All(i => RangedValue.LowerAtOrBelow(result.Lower, i.Value.Lower));
    }

    [Property]
    public bool Ucdp_ContainsEveryReliableInput(InputSet set)
    {
        var result = MergeRules.Ucdp.Merge(set.Inputs);
        var reliable = result.Outcomes.Where(o => o.Role != InputRole.Excluded).Select(o => set.Inputs.Single(i => i.Id == o.Id)).ToList();
        return result.Value is null || reliable.All(i => result.Value.Contains(i.Value));
    }

    [Property]
    public bool Pooled_LiesWithinTheHullOfItsBoundedInputs(InputSet set)
    {
        var result = MergeRules.Pooled.Merge(set.Inputs);
        var bounded = set.Inputs.Where(i => i.Value.IsBounded).ToImmutableArray();
        if (bounded.IsEmpty)
        {
            return result.Value is null;
        }
        var hull = MergeRules.Envelope.Merge(bounded).Value!;
        var whole = RangedValue.Between(hull.Lower!.Value.Value - 0.0001m, hull.Upper!.Value.Value + 0.0001m);
        return whole.Contains(result.Value!) && result.Value!.Best is not null;
    }
}
