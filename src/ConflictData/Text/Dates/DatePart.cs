namespace ConflictData.Text;

/// <summary>The part of a month or year a phrase narrows to: "early", "mid-", "late", "the beginning of", "the end of".</summary>
internal enum DatePart : byte
{
    Whole,
    Early,
    Mid,
    Late,
    Beginning,
    End,
}
