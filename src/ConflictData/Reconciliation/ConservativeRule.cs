using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// <c>conservative</c>: ACLED's rule — when reports differ, the lowest credible figure, because the direction of its
/// error is then known: the true value is at or above it.
/// </summary>
/// <remarks>
/// <para><b>Credible</b> inputs are those without stated low confidence; when every input has it, all are used.</para>
/// <para><b>Bounds.</b> An input's figure is its lower bound. The result is the lowest figure as a lower bound, open above
/// ([f, ), best f when the bound is inclusive), so the range itself says which way the error goes. Inputs that state only
/// a ceiling ("up to 3,000") give no lowest figure and are excluded; when every input is like that, the result is the
/// lowest ceiling ( , c], an upper bound the true value is at or below.</para>
/// <para><b>Best values</b> are not used: the rule picks figures, not likelihoods. <b>Vague values</b> give their lower
/// bound ("hundreds of" → 200), as ACLED fixes vague words to low numbers.</para>
/// <para><b>Laws</b>: independent of input order; the result's lower bound is the lowest credible lower bound.</para>
/// </remarks>
public sealed class ConservativeRule : MergeRule
{
    /// <summary>Creates the rule; <see cref="MergeRules.Conservative"/> is the shared instance.</summary>
    public ConservativeRule() : base("conservative", "ACLED's rule: the lowest credible figure, with the true value at or above it.")
    {
    }

    /// <inheritdoc />
    protected override MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit)
    {
        bool anyCredible = inputs.Any(i => !i.IsLowConfidence);
        var outcomes = new List<InputOutcome>(inputs.Length);
        MergeInput? lowest = null;
        foreach (var input in inputs)
        {
            if (anyCredible && input.IsLowConfidence)
            {
                outcomes.Add(new InputOutcome(input.Id, InputRole.Excluded, "stated low confidence, while other inputs are credible"));
            }
            else if (input.Value.Lower is null)
            {
                outcomes.Add(new InputOutcome(input.Id, InputRole.Excluded, "states only a ceiling, so it gives no lowest figure"));
            }
            else if (lowest is null || !RangedValue.LowerAtOrBelow(lowest.Value.Lower, input.Value.Lower))
            {
                lowest = input;
            }
        }
        if (lowest is { Value.Lower: { } floor })
        {
            foreach (var input in inputs.Where(i => outcomes.All(o => o.Id != i.Id)))
            {
                outcomes.Add(input == lowest
                    ? new InputOutcome(input.Id, InputRole.SetLower | (floor.IsInclusive ? InputRole.SuppliedBest : InputRole.None), "the lowest credible figure")
                    : new InputOutcome(input.Id, InputRole.None, "a higher figure than the lowest credible one"));
            }
            var value = new RangedValue(floor, null, floor.IsInclusive ? floor.Value : null);
            return Result(value, outcomes, [], $"an undercount by design: the true value is likely at or above {Invariant.Plain(floor.Value)}");
        }
        // Every usable input states only a ceiling: the lowest ceiling, with the error in the other direction.
        var candidates = inputs.Where(i => !anyCredible || !i.IsLowConfidence).ToList();
        var ceilingInput = candidates.Aggregate((a, b) => RangedValue.UpperAtOrAbove(b.Value.Upper, a.Value.Upper) ? a : b);
        var ceiling = ceilingInput.Value.Upper;
        outcomes.Clear();
        foreach (var input in inputs)
        {
            outcomes.Add(input == ceilingInput
                ? new InputOutcome(input.Id, InputRole.SetUpper, "the lowest ceiling; no input states a lower figure")
                : new InputOutcome(input.Id, anyCredible && input.IsLowConfidence ? InputRole.Excluded : InputRole.None,
                    anyCredible && input.IsLowConfidence ? "stated low confidence, while other inputs are credible" : "a higher ceiling"));
        }
        return Result(new RangedValue(null, ceiling), outcomes, [],
            $"only ceilings were stated: the true value is at or below {Invariant.Plain(ceiling!.Value.Value)}");
    }
}
