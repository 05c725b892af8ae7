namespace ConflictData.Text;

/// <summary>How a run of units stands to the day a phrase names: "the week to March 8", "the week beginning Monday",
/// "the week of March 3".</summary>
internal enum DayAnchor : byte
{
    /// <summary>The phrase is the day itself.</summary>
    None,

    /// <summary>The units end on the day: "the week to Friday", "the two weeks ending March 15", "the month to June 10".</summary>
    EndingOn,

    /// <summary>The units start on the day: "the week beginning March 3", "the fortnight starting Monday".</summary>
    StartingOn,

    /// <summary>The calendar week, Monday to Sunday, that holds the day: "the week of March 3".</summary>
    WeekOf,
}
