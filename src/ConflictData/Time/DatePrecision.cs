namespace ConflictData;

/// <summary>How precisely a <see cref="DateRange"/> is known, in the spirit of UCDP GED's date-precision codes.</summary>
public enum DatePrecision
{
    /// <summary>A single day: "24 March 2019".</summary>
    Day,

    /// <summary>A whole calendar month: "July 2018", "in February".</summary>
    Month,

    /// <summary>A whole calendar year: "in 2014".</summary>
    Year,

    /// <summary>Any other run of days: "mid-March", "late February and March", "earlier this year".</summary>
    Span,
}
