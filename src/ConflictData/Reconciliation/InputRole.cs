using System;

namespace ConflictData.Reconciliation;

/// <summary>What an input did in a merge. Several can apply at once: one input can set both bounds and the best value.</summary>
[Flags]
public enum InputRole
{
    /// <summary>Considered; it decided nothing in the result.</summary>
    None = 0,

    /// <summary>Its lower bound is the result's lower bound (or left the result open below).</summary>
    SetLower = 1,

    /// <summary>Its upper bound is the result's upper bound (or left the result open above).</summary>
    SetUpper = 2,

    /// <summary>It supplied the result's best value.</summary>
    SuppliedBest = 4,

    /// <summary>It was weighed into the result without setting a bound on its own (the pooled rule).</summary>
    Contributed = 8,

    /// <summary>It was left out, with the reason.</summary>
    Excluded = 16,

    /// <summary>A later input supersedes it; it is kept and marked, never deleted.</summary>
    Superseded = 32,

    /// <summary>It reports the same estimate of the same origin as another input and was counted once with it.</summary>
    Duplicate = 64,

    /// <summary>It is a part, summed into a whole.</summary>
    Part = 128,
}
