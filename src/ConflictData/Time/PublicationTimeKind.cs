namespace ConflictData;

/// <summary>How precisely a document's publication time is known.</summary>
public enum PublicationTimeKind
{
    /// <summary>To the minute, in its time zone: RNZ's "7:25 pm on 24 March 2019".</summary>
    Exact,

    /// <summary>To the day: Rudaw's "22-07-2017".</summary>
    Date,

    /// <summary>Only within bounds derived from the text, with the reasoning recorded.</summary>
    Bounded,
}
