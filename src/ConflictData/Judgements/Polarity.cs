namespace ConflictData;

/// <summary>Whether a source's words affirm a proposition or deny it.</summary>
public enum Polarity
{
    /// <summary>"Baghdadi is definitely alive".</summary>
    Affirmed = 1,

    /// <summary>"reports that he had been killed" (of "Baghdadi is alive"); "We do not think battlefield losses alone will be sufficient".</summary>
    Denied,
}
