namespace ConflictData;

/// <summary>How much a <see cref="Diagnostic"/> matters, from hidden (kept as data, not shown) to error.</summary>
/// <remarks>The levels and their order are Roslyn's. A user raises or lowers them per id with <see cref="DiagnosticOptions"/>.</remarks>
public enum DiagnosticSeverity
{
    /// <summary>Recorded as data (in the explanation), not shown by default.</summary>
    Hidden,

    /// <summary>Worth knowing: a conversion made, a duplicate collapsed, an input superseded.</summary>
    Info,

    /// <summary>Something an analyst should look at: sources that disagree, parts that do not fit their whole.</summary>
    Warning,

    /// <summary>A result could not be formed as asked.</summary>
    Error,
}
