namespace ConflictData;

/// <summary>What kind of thing a <see cref="Unit"/> measures. Only quantities of equal units combine.</summary>
public enum Dimension
{
    /// <summary>A count of something: people, countries, attacks.</summary>
    Count,

    /// <summary>An amount of money in one currency.</summary>
    Money,

    /// <summary>An area.</summary>
    Area,

    /// <summary>A percentage (which, alone among units, may be negative: "down 9 percent").</summary>
    Percent,

    /// <summary>A count per period: "50 per month".</summary>
    Rate,

    /// <summary>A length of time: "six to 12 months".</summary>
    Duration,

    /// <summary>A length: "30 kilometres", "40 miles".</summary>
    Length,

    /// <summary>A fraction or multiple of a reference: "a third of the population", "almost tripled".</summary>
    Ratio,
}
