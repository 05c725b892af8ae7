using System;

namespace ConflictData.Text.Scanning;

/// <summary>How a word is written and inflected, beside what it means: what the date grammar needs to tell "year"
/// from "years", "Mar" from "March", and "year's", "mid-March" or "FY2018" from the words inside them.</summary>
[Flags]
internal enum WordForm : byte
{
    /// <summary>The word as listed.</summary>
    None = 0,

    /// <summary>A plural unit word ("years"), which only a count other than one may precede ("two years ago").</summary>
    Plural = 1,

    /// <summary>An abbreviated month ("Mar"), which is a month only next to a day or a year.</summary>
    Abbreviated = 2,

    /// <summary>The meaning is that of the word before a possessive "'s" ("year's"), which ends any phrase it is in.</summary>
    Possessive = 4,

    /// <summary>The meaning is that of the part before a hyphen ("mid" in "mid-March"); the part after is another word.</summary>
    Hyphenated = 8,

    /// <summary>The meaning is that of the letters before the digits written against them ("FY" in "FY2018", "Q" in "Q3").</summary>
    GluedDigits = 16,
}
