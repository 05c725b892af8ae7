namespace ConflictData.Text;

/// <summary>The words the date grammar knows; every other word is <see cref="None"/>.</summary>
internal enum DateWord : byte
{
    None,
    MonthName,
    WeekdayName,
    NumberWord,
    Article,
    The,
    In,
    On,
    During,
    Since,
    As,
    Of,
    By,
    Over,
    Within,
    And,
    Unit,
    This,
    That,
    Last,
    Past,
    Next,
    Earlier,
    Later,
    Early,
    Mid,
    Late,
    Ago,
    End,
    Beginning,
    Today,
    Yesterday,
    Tomorrow,
    OrdinalSuffix,
    Between,
    From,
    To,
    Until,
    For,
    Now,
    Recent,
    Coming,
    Decade,
    Half,
    Quarter,
    Ordinal,
    Fiscal,
    FiscalYearPrefix,

    /// <summary>"Q" of "Q3 2016" (value 4: quarters) and "H" of "H1 2024" (value 2: halves), glued to the part's number.</summary>
    PartPrefix,
    Season,
    NamedDayStart,

    /// <summary>"weekend": Saturday and Sunday.</summary>
    Weekend,

    /// <summary>"overnight": the night that ends on the publication day.</summary>
    Overnight,

    /// <summary>"fortnight", "fortnights": two weeks, as a count of weeks ("a fortnight ago", "the past fortnight").</summary>
    Fortnight,
}
