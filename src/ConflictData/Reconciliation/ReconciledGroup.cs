using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// The estimates of one quantity about one time, reconciled: the value a rule concluded (or the sum of a complete set
/// of parts), every input with its role, the parts and wholes at that time, and the diagnostics raised.
/// </summary>
/// <remarks>
/// <para>The group carries its explanation as data (<see cref="Inputs"/>, <see cref="Diagnostics"/>,
/// <see cref="Merge"/>) and in English (<see cref="Explain"/>). <see cref="CompareRules"/> puts the same inputs under
/// every rule side by side; <see cref="LeaveOneOriginOut"/> shows how the result moves without each origin.</para>
/// <para>This type is immutable and thread-safe. <see cref="Inputs"/> and <see cref="Diagnostics"/> are built from the
/// reconciliation's own data when first read (most callers read a few groups of many), and are the same whenever they are.</para>
/// </remarks>
public sealed partial class ReconciledGroup
{
    private readonly DeferredArray<MergeInput> mergeInputs;
    private readonly DeferredArray<ReconciledInput> inputs;
    private readonly DeferredArray<Diagnostic> diagnostics;

    internal ReconciledGroup(string name, QuantityKey key, DateRange? time, Unit unit, string rule, Quantity? value, string? note,
        DeferredArray<ReconciledInput> inputs, DeferredArray<MergeInput> mergeInputs, MergeResult? merge, bool isSumOfParts,
        ImmutableArray<string> parts, ImmutableArray<string> wholes, DeferredArray<Diagnostic> diagnostics)
    {
        IsSumOfParts = isSumOfParts;
        Name = name;
        Key = key;
        Time = time;
        Unit = unit;
        Rule = rule;
        Value = value;
        Note = note;
        this.inputs = inputs;
        this.mergeInputs = mergeInputs;
        Merge = merge;
        Parts = parts;
        Wholes = wholes;
        this.diagnostics = diagnostics;
    }

    /// <summary>A readable, unique name: the quantity and the time, such as "fighters of IS in IQ+SY (person) @ 2019-02".</summary>
    public string Name { get; }

    /// <summary>The quantity.</summary>
    public QuantityKey Key { get; }

    /// <summary>The dates the group is about (the hull of its inputs' reference times), or null for undated estimates.</summary>
    public DateRange? Time { get; }

    /// <summary>The unit values are compared in (money in the options' currency).</summary>
    public Unit Unit { get; }

    /// <summary>The rule's name, or "sum-of-parts" for a value summed from a complete set of parts.</summary>
    public string Rule { get; }

    /// <summary>The reconciled value, or null when the rule could not conclude (see <see cref="Diagnostics"/>).</summary>
    public Quantity? Value { get; }

    /// <summary>How to read the value (such as the direction of its error), or null.</summary>
    public string? Note { get; }

    /// <summary>Every estimate of the group with its role, in id order; a summed group lists the parts' inputs.</summary>
    public ImmutableArray<ReconciledInput> Inputs => inputs.Value;

    /// <summary>The rule's own result, or null for a summed group or when no input reached the rule.</summary>
    public MergeResult? Merge { get; }

    /// <summary>Whether the value is the sum of a complete set of parts rather than a merge of estimates of the whole.</summary>
    public bool IsSumOfParts { get; }

    /// <summary>The names of the groups that are parts of this one at a compatible time.</summary>
    public ImmutableArray<string> Parts { get; }

    /// <summary>The names of the groups this one is a part of at a compatible time.</summary>
    public ImmutableArray<string> Wholes { get; }

    /// <summary>Every diagnostic about this group, at the severities the options gave, with locations.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => diagnostics.Value;

    /// <summary>Whether the group has a conflict (CD0001) or parts that do not fit (CD0005) at warning or above.</summary>
    public bool HasConflict => Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning
        && (d.Descriptor == ReconciliationDiagnostics.Conflict || d.Descriptor == ReconciliationDiagnostics.PartsInconsistent));

    /// <summary>The inputs left out of the result (excluded, superseded, duplicates), with their reasons.</summary>
    public IEnumerable<ReconciledInput> Dropped => Inputs.Where(i => i.IsDropped);

    /// <summary>The same inputs under each of <paramref name="rules"/> (by default every built-in rule), side by side.</summary>
    public ImmutableArray<MergeResult> CompareRules(IEnumerable<MergeRule>? rules = null) =>
        mergeInputs.Value is { IsEmpty: false } given ? [.. (rules ?? MergeRules.All).Select(r => r.Merge(given, Unit))] : [];

    /// <summary>
    /// How the result moves when each origin is left out: for each distinct origin of the inputs, in ordinal order, the
    /// group's rule over the other inputs (null when no input would be left).
    /// </summary>
    public ImmutableArray<(string Origin, MergeResult? Result)> LeaveOneOriginOut()
    {
        if (Merge is null)
        {
            return [];
        }
        var rule = MergeRules.All.FirstOrDefault(r => r.Name == Rule);
        if (rule is null)
        {
            return [];
        }
        var given = mergeInputs.Value;
        return [.. given.Select(OriginOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(origin => (origin, given.Where(i => OriginOf(i) != origin).ToList() is { Count: > 0 } rest ? rule.Merge(rest, Unit) : null))];
    }

    private static string OriginOf(MergeInput input) => input.Origin ?? "(no origin: " + input.Id + ")";

    /// <summary>The name, the value and the number of inputs.</summary>
    public override string ToString() => $"{Name}: {Value?.Value.ToString() ?? "no result"} ({Inputs.Length} inputs)";
}
