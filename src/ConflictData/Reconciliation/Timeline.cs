using System.Collections.Immutable;
using System.Linq;

namespace ConflictData.Reconciliation;

/// <summary>
/// One quantity over time: its reconciled groups in reference-time order (by the end, then the start of their time;
/// undated groups last), each point reconciled from the estimates about that time or summed from its parts.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class Timeline
{
    internal Timeline(QuantityKey key, ImmutableArray<ReconciledGroup> points)
    {
        Key = key;
        Points = points;
    }

    /// <summary>The quantity.</summary>
    public QuantityKey Key { get; }

    /// <summary>The points, oldest first.</summary>
    public ImmutableArray<ReconciledGroup> Points { get; }

    /// <summary>One line per point: time and value.</summary>
    public override string ToString() =>
        Key + ":" + string.Concat(Points.Select(p => $"\n  {p.Time?.ToString() ?? "undated"}: {p.Value?.Value.ToString() ?? "no result"}"));
}
