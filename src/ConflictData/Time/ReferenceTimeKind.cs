namespace ConflictData;

/// <summary>How a figure relates to its <see cref="ReferenceTime.Anchor"/>.</summary>
public enum ReferenceTimeKind
{
    /// <summary>The figure is about that date or period: "in July 2018", "in February".</summary>
    During,

    /// <summary>The figure accumulates from the anchor to the time of reporting: "since 2014".</summary>
    Since,

    /// <summary>The figure is a running total or a state as it stood at the anchor: "as of October 2017".</summary>
    AsOf,
}
