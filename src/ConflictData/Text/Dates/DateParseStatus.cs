namespace ConflictData.Text;

/// <summary>How a date phrase came out of <see cref="DateParser"/> or <see cref="DateScanner"/>.</summary>
public enum DateParseStatus
{
    /// <summary>The phrase resolved to one <see cref="ReferenceTime"/>.</summary>
    Resolved,

    /// <summary>
    /// The publication time is only known within bounds, and the phrase resolves differently at the earliest and the
    /// latest possible publication date ("on Friday" in an article from some day in October). The value is the envelope
    /// of the two, with <see cref="DatePrecision.Span"/> precision.
    /// </summary>
    AmbiguousWithinPublicationBounds,

    /// <summary>
    /// The phrase is a date expression, but there is nothing to resolve it against: it is relative and no publication
    /// time is given, or it refers back ("that year") to nothing. It is reported, never guessed.
    /// </summary>
    Unresolved,

    /// <summary>The text is not a date expression the parser reads (only <see cref="DateParser"/> reports this).</summary>
    NotADate,
}
