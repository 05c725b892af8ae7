using System.Collections.Generic;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// <see cref="QuantityKey.From"/> with one key instance per distinct quantity: the key is looked up by its parts (the
/// measurand and the unit's family) rather than made once per estimate.
/// </summary>
/// <remarks>Estimates share few quantities, so a million estimates make a few thousand keys, and the keys a grouping
/// compares are mostly the same instance (equal at once by reference). Not thread-safe: one instance per run or per
/// enumeration.</remarks>
internal sealed class DefaultKeyInterner
{
    private readonly Dictionary<(Measurand Measurand, string UnitFamily), QuantityKey> keysByParts = [];

    /// <summary>The default key of <paramref name="estimate"/>, equal to <see cref="QuantityKey.From"/>'s.</summary>
    internal QuantityKey Of(Estimate estimate)
    {
        Preconditions.CheckNotNull(estimate, nameof(estimate));
        var parts = (estimate.Measurand, QuantityKey.FamilyOf(estimate.Quantity.Unit));
        if (!keysByParts.TryGetValue(parts, out var key))
        {
            keysByParts.Add(parts, key = new QuantityKey(parts.Measurand, parts.Item2));
        }
        return key;
    }
}
