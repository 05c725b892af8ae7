using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// A named, documented way to combine competing values of one quantity into one range, saying what each input did.
/// The built-in rules are in <see cref="MergeRules"/>; derive from this class to add your own.
/// </summary>
/// <remarks>
/// <para><see cref="Merge"/> sorts the inputs by ordinal id before the rule sees them, so every rule's result is
/// independent of input order — byte for byte, by construction — and checks that ids are unique.</para>
/// <para>Rules see values as they are given. The reconciler normalises exclusive bounds of counts ("more than 45,000"
/// people is at least 45,001) and converts currencies before building inputs, and records both in the explanation.</para>
/// <para>Implementations must be immutable and thread-safe, as the built-in ones are.</para>
/// </remarks>
public abstract class MergeRule
{
    /// <summary>Creates a rule with a stable name.</summary>
    /// <param name="name">A stable lower-case name, such as "envelope"; the command line selects rules by it.</param>
    /// <param name="summary">One sentence on what the rule does.</param>
    /// <exception cref="ArgumentException">The name is not lower-case kebab-case, or the summary is blank.</exception>
    protected MergeRule(string name, string summary)
    {
        Preconditions.CheckArgument(CodeSyntax.IsKebabCase(name, 100), nameof(name), $"\"{name}\" is not a rule name; use lower-case kebab-case such as envelope.");
        Name = name;
        Summary = Preconditions.CheckNotBlank(summary, nameof(summary));
    }

    /// <summary>The stable name, such as "envelope".</summary>
    public string Name { get; }

    /// <summary>One sentence on what the rule does.</summary>
    public string Summary { get; }

    /// <summary>The rule's settings in words, or empty when it has none.</summary>
    public virtual string Settings => "";

    /// <summary>Merges <paramref name="inputs"/>.</summary>
    /// <param name="inputs">At least one input; ids must be unique.</param>
    /// <param name="unit">The unit of the values, if known; rules that compute new numbers round counts to whole numbers.</param>
    /// <exception cref="ArgumentException"><paramref name="inputs"/> is empty or two inputs share an id.</exception>
    public MergeResult Merge(IEnumerable<MergeInput> inputs, Unit? unit = null)
    {
        Preconditions.CheckNotNull(inputs, nameof(inputs));
        // An immutable array cannot change under the rule, so one already in order is used as it is (the reconciler's are).
        var sorted = inputs is ImmutableArray<MergeInput> { IsDefault: false } given && InIdOrder(given.AsSpan()) ? ImmutableCollectionsMarshal.AsArray(given)! : inputs.ToArray();
        Preconditions.CheckArgument(sorted.Length > 0, nameof(inputs), $"The {Name} rule needs at least one input.");
        Preconditions.CheckArgument(Array.TrueForAll(sorted, static i => i is not null), nameof(inputs), "The inputs must not contain null.");
        if (!InIdOrder(sorted))
        {
            Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        }
        for (int i = 1; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(!string.Equals(sorted[i - 1].Id, sorted[i].Id, StringComparison.Ordinal), nameof(inputs),
                $"Two inputs have the id \"{sorted[i].Id}\"; ids must be unique so the result can say what each input did.");
        }
        return MergeCore(ImmutableCollectionsMarshal.AsImmutableArray(sorted), unit);
    }

    // The reconciler gives its inputs in id order already; a null input is not in order (the caller checks it).
    private static bool InIdOrder(ReadOnlySpan<MergeInput> inputs)
    {
        for (int i = 0; i < inputs.Length; i++)
        {
            if (inputs[i] is null || (i > 0 && string.CompareOrdinal(inputs[i - 1].Id, inputs[i].Id) > 0))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The rule itself, over inputs sorted by ordinal id with unique ids.</summary>
    protected abstract MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit);

    /// <summary>A result of this rule, with its name and settings.</summary>
    protected MergeResult Result(RangedValue? value, IEnumerable<InputOutcome> outcomes, IEnumerable<Diagnostic> diagnostics, string? note = null) =>
        new(Name, Settings, value, outcomes, diagnostics, note);

    /// <summary>
    /// A result of this rule in which each input's outcome is the bounds and best value it set (see
    /// <see cref="RangeHull.BoundRoles"/>), made when first read.
    /// </summary>
    private protected MergeResult BoundResult(RangedValue? value, DeferredArray<MergeInput> inputs, Bound? lower, Bound? upper, decimal? best, ImmutableArray<Diagnostic> diagnostics) =>
        new(Name, Settings, value, () => ImmutableCollectionsMarshal.AsImmutableArray(RangeHull.BoundOutcomes(inputs.Value, lower, upper, best)), diagnostics);

    /// <summary>The name and summary.</summary>
    public override string ToString() => $"{Name}: {Summary}";
}
