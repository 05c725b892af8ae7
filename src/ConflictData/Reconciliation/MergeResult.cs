using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// What a <see cref="MergeRule"/> concluded: the value (or none, with the reason as a diagnostic), what each input did,
/// the diagnostics raised, and a note on how to read the value.
/// </summary>
/// <remarks>Outcomes are in ordinal id order whatever the order of the inputs, so equal inputs in any order give an equal
/// result with the same <see cref="ToString"/>. This type is immutable and thread-safe.</remarks>
public sealed class MergeResult
{
    /// <summary>Creates a result.</summary>
    /// <exception cref="ArgumentException">A text is blank.</exception>
    public MergeResult(string rule, string settings, RangedValue? value, IEnumerable<InputOutcome> outcomes,
        IEnumerable<Diagnostic> diagnostics, string? note = null)
    {
        Rule = Preconditions.CheckNotBlank(rule, nameof(rule));
        Settings = Preconditions.CheckNotNull(settings, nameof(settings));
        Value = value;
        this.outcomes = new(InIdOrder(Preconditions.CheckNotNull(outcomes, nameof(outcomes))));
        Diagnostics = [.. Preconditions.CheckNotNull(diagnostics, nameof(diagnostics))];
        Note = note is null ? null : Preconditions.CheckNotBlank(note, nameof(note));
    }

    /// <summary>
    /// A result that keeps every input (each only set a bound, supplied the best value or was considered), whose outcomes,
    /// in id order, are made when first read: the reconciler merges every group of a million estimates, and few groups'
    /// outcomes are read.
    /// </summary>
    internal MergeResult(string rule, string settings, RangedValue? value, Func<ImmutableArray<InputOutcome>> outcomes, ImmutableArray<Diagnostic> diagnostics)
    {
        Rule = rule;
        Settings = settings;
        Value = value;
        this.outcomes = new(outcomes);
        Diagnostics = diagnostics;
        KeepsEveryInput = true;
    }

    private readonly DeferredArray<InputOutcome> outcomes;

    // Rules usually list outcomes in the id order their inputs arrive in; those are kept as they are.
    private static ImmutableArray<InputOutcome> InIdOrder(IEnumerable<InputOutcome> outcomes)
    {
        var array = outcomes.ToArray();
        for (int i = 1; i < array.Length; i++)
        {
            if (string.CompareOrdinal(array[i - 1].Id, array[i].Id) > 0)
            {
                return [.. array.OrderBy(o => o.Id, StringComparer.Ordinal)];
            }
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(array);
    }

    /// <summary>The rule's name.</summary>
    public string Rule { get; }

    /// <summary>The rule's settings in words, or empty when it has none.</summary>
    public string Settings { get; }

    /// <summary>The merged value, or null when the rule could not conclude (see <see cref="Diagnostics"/>).</summary>
    public RangedValue? Value { get; }

    /// <summary>Whether the rule concluded a value.</summary>
    public bool IsConclusive => Value is not null;

    /// <summary>What each input did, in ordinal id order.</summary>
    public ImmutableArray<InputOutcome> Outcomes => outcomes.Value;

    /// <summary>Whether no outcome leaves its input out, known without making the outcomes.</summary>
    internal bool KeepsEveryInput { get; }

    /// <summary>The diagnostics the rule raised.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>How to read the value, such as the direction of its error; null when nothing needs saying.</summary>
    public string? Note { get; }

    /// <summary>The outcome of the input with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No input has that id.</exception>
    public InputOutcome GetOutcome(string id)
    {
        // Outcomes are sorted by ordinal id (see the constructor), so a look-up is a binary search: the reconciler asks for
        // every input's outcome, and a linear search made that quadratic in the size of a group.
        int low = 0, high = Outcomes.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) / 2);
            int c = string.CompareOrdinal(Outcomes[middle].Id, id);
            if (c == 0)
            {
                while (middle > 0 && string.Equals(Outcomes[middle - 1].Id, id, StringComparison.Ordinal))
                {
                    middle--;
                }
                return Outcomes[middle];
            }
            (low, high) = c < 0 ? (middle + 1, high) : (low, middle - 1);
        }
        throw new ArgumentException($"No input of this {Rule} merge has the id \"{id}\".", nameof(id));
    }

    /// <summary>Everything in one culture-invariant text: rule, value, note, outcomes and diagnostics, one a line.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Rule);
        if (Settings.Length > 0)
        {
            text.Append(" (").Append(Settings).Append(')');
        }
        text.Append(": ").Append(Value?.ToString() ?? "no result");
        if (Note is not null)
        {
            text.Append(" — ").Append(Note);
        }
        foreach (var outcome in Outcomes)
        {
            text.Append('\n').Append("  ").Append(outcome);
        }
        foreach (var diagnostic in Diagnostics)
        {
            text.Append('\n').Append("  ").Append(diagnostic);
        }
        return text.ToString();
    }
}
