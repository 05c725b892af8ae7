namespace ConflictData.Reconciliation;

/// <summary>Wikidata's statement ranks, as a user's ranking of origins or grades for the <see cref="PreferredRule"/>.</summary>
public enum PreferenceRank
{
    /// <summary>Used before every other rank.</summary>
    Preferred,

    /// <summary>Used when no input is preferred.</summary>
    Normal,

    /// <summary>Never used, but kept and shown (outdated or discredited).</summary>
    Deprecated,
}
