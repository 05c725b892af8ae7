namespace ConflictData.Text;

/// <summary>
/// What went wrong in a parse, as a stable code: names and numbers never change meaning, so callers may switch on
/// them, log them or count them across versions. New codes are only ever added.
/// </summary>
public enum ParseErrorCode
{
    /// <summary>The text was <c>null</c>.</summary>
    NullText = 1,

    /// <summary>The text was empty or only white space.</summary>
    EmptyText = 2,

    /// <summary>Nothing of the expected kind starts where the text does ("nonsense" is no quantity, no date).</summary>
    Unrecognized = 3,

    /// <summary>A whole phrase was read, but more text follows it ("March 2019 and then").</summary>
    TrailingText = 4,

    /// <summary>A relative phrase ("last August", "on Friday") needs a publication time and none was given.</summary>
    NeedsPublicationTime = 5,

    /// <summary>The phrase was read but names no day that exists or can be written: "February 30", "that year" with no
    /// year before it, a year outside 1–9999.</summary>
    Unresolvable = 6,
}
