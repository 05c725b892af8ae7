namespace ConflictData.Text;

/// <summary>The part of a month or year a phrase narrows to: "early", "mid-", "late", "the beginning of", "the end of",
/// and of a year "the first half of", "Q3".</summary>
internal enum DatePart : byte
{
    Whole,
    Early,
    Mid,
    Late,
    Beginning,
    End,
    FirstHalf,
    SecondHalf,
    FirstQuarter,
    SecondQuarter,
    ThirdQuarter,
    FourthQuarter,

    /// <summary>Days 1-7 of a month or year: "the first week of March".</summary>
    FirstWeek,

    /// <summary>Days 8-14.</summary>
    SecondWeek,

    /// <summary>Days 15-21.</summary>
    ThirdWeek,

    /// <summary>Days 22-28.</summary>
    FourthWeek,

    /// <summary>The last seven days: "the last week of June".</summary>
    LastWeek,

    /// <summary>The first <see cref="DateRule.PartCount"/> units from the start: "the first three months of 2019".</summary>
    FirstUnits,

    /// <summary>The last <see cref="DateRule.PartCount"/> units to the end: "the last ten days of March".</summary>
    LastUnits,
}
