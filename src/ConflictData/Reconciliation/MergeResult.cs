using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        Outcomes = [.. Preconditions.CheckNotNull(outcomes, nameof(outcomes)).OrderBy(o => o.Id, StringComparer.Ordinal)];
        Diagnostics = [.. Preconditions.CheckNotNull(diagnostics, nameof(diagnostics))];
        Note = note is null ? null : Preconditions.CheckNotBlank(note, nameof(note));
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
    public ImmutableArray<InputOutcome> Outcomes { get; }

    /// <summary>The diagnostics the rule raised.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>How to read the value, such as the direction of its error; null when nothing needs saying.</summary>
    public string? Note { get; }

    /// <summary>The outcome of the input with <paramref name="id"/>.</summary>
    /// <exception cref="ArgumentException">No input has that id.</exception>
    public InputOutcome GetOutcome(string id) =>
        Outcomes.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal))
        ?? throw new ArgumentException($"No input of this {Rule} merge has the id \"{id}\".", nameof(id));

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
