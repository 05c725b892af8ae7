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
}
