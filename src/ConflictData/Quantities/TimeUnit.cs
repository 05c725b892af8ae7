namespace ConflictData;

/// <summary>A calendar unit of time, used by durations ("six to 12 months") and rates ("50 per month").</summary>
public enum TimeUnit
{
    /// <summary>A day.</summary>
    Day,

    /// <summary>A week.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar year.</summary>
    Year,

    /// <summary>An hour, for durations and rates ("for three hours", "per hour"). Dates are days at their finest, so the
    /// date grammar reads day, week, month and year, never hours.</summary>
    Hour,
}
