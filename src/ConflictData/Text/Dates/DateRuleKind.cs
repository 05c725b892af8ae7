namespace ConflictData.Text;

/// <summary>The shape of a recognised date phrase, before it is resolved against a publication date.</summary>
internal enum DateRuleKind : byte
{
    /// <summary>A calendar day: "24 March 2019", "2019-05-02".</summary>
    Day,

    /// <summary>A calendar month: "July 2018".</summary>
    Month,

    /// <summary>A calendar year: "in 2014".</summary>
    Year,

    /// <summary>A run of named days: "11-20 March 2019".</summary>
    DaySpan,

    /// <summary>A day and month without a year: "March 12".</summary>
    DayOfMonth,

    /// <summary>A month without a year: "in September", "last August".</summary>
    NamedMonth,

    /// <summary>A weekday: "on Friday", "last Tuesday".</summary>
    Weekday,

    /// <summary>A unit offset from the publication date's: "this week", "last year", "two years ago", "yesterday".</summary>
    UnitOffset,

    /// <summary>From the start of the publication date's unit to the day before it: "earlier this month".</summary>
    EarlierThis,

    /// <summary>From the day after the publication date to the end of its unit: "later this year".</summary>
    LaterThis,

    /// <summary>The units up to and including the publication date: "over the past year".</summary>
    PastUnits,

    /// <summary>From the publication date to the end of its unit: "within the year".</summary>
    WithinThe,

    /// <summary>A year named earlier in the text: "that year".</summary>
    ThatYear,

    /// <summary>A season or named day, in a named year or relative to the publication date: "spring 2018", "last summer", "during Ramadan".</summary>
    NamedPeriod,

    /// <summary>The units from the day after the publication date: "in the coming months".</summary>
    ComingUnits,

    /// <summary>A fiscal year counted from the publication date's: "next fiscal year".</summary>
    FiscalYearOffset,

    /// <summary>A weekend (Saturday and Sunday) counted from the publication date in <see cref="DateRule.Direction"/>: "the weekend", "last weekend".</summary>
    Weekend,

    /// <summary>
    /// <see cref="DateRule.Count"/> units ending with a named month, of <see cref="DateRule.Year"/> or else the latest by
    /// the publication date: "the year to March", "the 12 months to June 2024".
    /// </summary>
    UnitsToMonth,
}
