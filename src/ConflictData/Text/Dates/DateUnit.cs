namespace ConflictData.Text;

/// <summary>A calendar unit named in a relative date: "this week", "two years ago".</summary>
internal enum DateUnit : byte
{
    Day,
    Week,
    Month,
    Year,
}
