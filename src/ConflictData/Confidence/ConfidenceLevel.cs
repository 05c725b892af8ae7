namespace ConflictData;

/// <summary>A coarse reading of a stated confidence, for filtering and ranking.</summary>
public enum ConfidenceLevel
{
    /// <summary>"did not have a lot of confidence in those figures".</summary>
    Low,

    /// <summary>"likely", "we believe".</summary>
    Moderate,

    /// <summary>"most likely", "99 percent", "definitely".</summary>
    High,
}
