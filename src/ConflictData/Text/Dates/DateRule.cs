using System;
using NodaTime;

namespace ConflictData.Text;

/// <summary>
/// A recognised date phrase in a form that can be resolved: which shape it has and the numbers it named, plus an
/// optional narrowing to part of the month or year and an optional later month it runs on to ("late February and March").
/// </summary>
/// <remarks>
/// Every rule is monotone in the publication date: a later publication date never gives an earlier start or end.
/// That is what lets <see cref="DateResolver"/> resolve a bounded publication time at its two ends only.
/// </remarks>
internal readonly record struct DateRule
{
    internal DateRuleKind Kind { get; init; }

    /// <summary>The day of a <see cref="DateRuleKind.Day"/>, or the first day of a <see cref="DateRuleKind.DaySpan"/>.</summary>
    internal LocalDate Date { get; init; }

    /// <summary>The last day of a <see cref="DateRuleKind.DaySpan"/>.</summary>
    internal LocalDate EndDate { get; init; }

    internal int Year { get; init; }

    internal int Month { get; init; }

    internal int Day { get; init; }

    /// <summary>The signed offset of a <see cref="DateRuleKind.UnitOffset"/>, or the count of a <see cref="DateRuleKind.PastUnits"/>.</summary>
    internal long Count { get; init; }

    internal IsoDayOfWeek Weekday { get; init; }

    /// <summary>For a weekday: the weekday a run of days ends on ("from Monday to Wednesday"), or none.</summary>
    internal IsoDayOfWeek ThroughWeekday { get; init; }

    internal TimeUnit Unit { get; init; }

    internal DateDirection Direction { get; init; }

    internal DatePart Part { get; init; }

    /// <summary>How many of <see cref="PartUnit"/> a <see cref="DatePart.FirstUnits"/> or <see cref="DatePart.LastUnits"/> part
    /// holds ("the first three months of 2019": 3 months).</summary>
    internal int PartCount { get; init; }

    internal TimeUnit PartUnit { get; init; }

    /// <summary>The month a phrase runs on to ("... and March"), or 0.</summary>
    internal int ThroughMonth { get; init; }

    /// <summary>The year of <see cref="ThroughMonth"/> when the text names it, or 0 for the first such month from the start.</summary>
    internal int ThroughYear { get; init; }

    /// <summary>The last day of a <see cref="DateRuleKind.DayOfMonth"/> that runs over several days of its month ("March 14-15"), or 0.</summary>
    internal int ThroughDay { get; init; }

    /// <summary>The season or named day of a <see cref="DateRuleKind.NamedPeriod"/>; its <see cref="Year"/> is 0 when the text names none.</summary>
    internal NamedPeriod Period { get; init; }

    /// <summary>For a month, day of a month or named day without a year: the year it falls in, counted from the publication year ("last year" −1).</summary>
    internal int? YearOffset { get; init; }

    /// <summary>
    /// For a day (<see cref="DateRuleKind.Day"/>, <see cref="DateRuleKind.DayOfMonth"/>, <see cref="DateRuleKind.Weekday"/>):
    /// the run of <see cref="Count"/> <see cref="Unit"/>s it ends or starts, or the week that holds it; none for the day alone.
    /// A day's rule has no other use for its unit and count.
    /// </summary>
    internal DayAnchor Anchor { get; init; }

    /// <summary>Whether resolving needs the publication date.</summary>
    internal bool NeedsPublicationDate => Kind switch
    {
        DateRuleKind.Day or DateRuleKind.Month or DateRuleKind.Year or DateRuleKind.DaySpan or DateRuleKind.ThatYear => false,
        DateRuleKind.NamedPeriod or DateRuleKind.UnitsToMonth => Year == 0,
        _ => true,
    };

    /// <summary>The year the text names outright, which a later "that year" refers back to.</summary>
    internal int? ExplicitYear => Kind switch
    {
        DateRuleKind.Day => Date.Year,
        DateRuleKind.DaySpan => EndDate.Year,
        DateRuleKind.Month or DateRuleKind.Year => Year,
        DateRuleKind.NamedPeriod when Year != 0 => Year,
        _ => null,
    };

    internal static DateRule ForDay(LocalDate date) => new() { Kind = DateRuleKind.Day, Date = date };

    internal static DateRule ForMonth(int year, int month) => new() { Kind = DateRuleKind.Month, Year = year, Month = month };

    internal static DateRule ForYear(int year) => new() { Kind = DateRuleKind.Year, Year = year };

    internal static DateRule ForDaySpan(LocalDate start, LocalDate end) => new() { Kind = DateRuleKind.DaySpan, Date = start, EndDate = end };

    /// <summary>A day of a named month, or with <paramref name="month"/> 0 of the latest month that has it ("on the 5th").</summary>
    internal static DateRule ForDayOfMonth(int month, int day) => new() { Kind = DateRuleKind.DayOfMonth, Month = month, Day = day };

    internal static DateRule ForNamedMonth(int month, DateDirection direction) =>
        new() { Kind = DateRuleKind.NamedMonth, Month = month, Direction = direction };

    internal static DateRule ForWeekday(IsoDayOfWeek weekday, DateDirection direction) =>
        new() { Kind = DateRuleKind.Weekday, Weekday = weekday, Direction = direction };

    internal static DateRule ForUnitsToMonth(TimeUnit unit, long count, int month, int year) =>
        new() { Kind = DateRuleKind.UnitsToMonth, Unit = unit, Count = count, Month = month, Year = year };

    internal static DateRule ForWeekend(DateDirection direction) => new() { Kind = DateRuleKind.Weekend, Direction = direction };

    internal static DateRule ForPeriod(NamedPeriod period, int year, DateDirection direction) =>
        new() { Kind = DateRuleKind.NamedPeriod, Period = period, Year = year, Direction = direction };

    internal static DateRule ForUnit(DateRuleKind kind, TimeUnit unit, long count) => new() { Kind = kind, Unit = unit, Count = count };

    /// <summary>Replaces "that year" with the year named last before it, when there is one.</summary>
    internal DateRule WithAntecedent(int? lastYear) =>
        Kind == DateRuleKind.ThatYear && lastYear is int year ? this with { Kind = DateRuleKind.Year, Year = year } : this;

    /// <summary>
    /// Resolves the rule against <paramref name="published"/> (which only rules that <see cref="NeedsPublicationDate"/> read).
    /// Returns <c>null</c> and a reason (a phrase to follow the quoted text) when it cannot be resolved.
    /// </summary>
    internal DateRange? Resolve(LocalDate published, out string? reason)
    {
        DateRange? whole = ResolveBase(published, out reason);
        if (whole is null)
        {
            return null;
        }
        DateRange narrowed = Narrow(whole);
        if (Anchor != DayAnchor.None)
        {
            return CalendarArithmetic.AroundDay(narrowed.Start, Anchor, Unit, Count, out reason);
        }
        return ThroughMonth == 0 ? narrowed : RunOn(narrowed, out reason);
    }

    private DateRange? ResolveBase(LocalDate published, out string? reason)
    {
        reason = null;
        switch (Kind)
        {
            case DateRuleKind.Day:
                return DateRange.Day(Date);
            case DateRuleKind.Month:
                return DateRange.Month(Year, Month);
            case DateRuleKind.Year:
                return DateRange.Year(Year);
            case DateRuleKind.DaySpan:
                return DateRange.Span(Date, EndDate);
            case DateRuleKind.ThatYear:
                reason = "refers back to a year named earlier in the text, and none is named before it";
                return null;
            case DateRuleKind.NamedPeriod when Year != 0:
                return NamedPeriodCalendar.InYear(Period, Year) ?? Uncomputed(out reason);
            case DateRuleKind.UnitsToMonth when Year != 0:
                return CalendarArithmetic.UnitsToMonth(Year, Month, Unit, Count, out reason);
        }
        if (published.Year <= CalendarArithmetic.FirstYear || published.Year >= CalendarArithmetic.LastYear)
        {
            reason = $"is relative, and the publication year {published.Year} is too close to the limits of the calendar (years 1 to 9999) to count from";
            return null;
        }
        if (YearOffset is int offset)
        {
            return ResolveInYear(published.Year + offset, out reason);
        }
        return Kind switch
        {
            DateRuleKind.DayOfMonth => (Month == 0 ? CalendarArithmetic.LatestDayOfAnyMonth(published, Day, out reason)
                : CalendarArithmetic.LatestDayOfMonth(published, Month, Day, out reason)) is { } first ? DaysFrom(first.Start) : null,
            DateRuleKind.NamedPeriod => NamedPeriodCalendar.Pick(Period, published, Direction) ?? Uncomputed(out reason),
            DateRuleKind.ComingUnits => CalendarArithmetic.ComingUnits(published, Unit, Count, out reason),
            DateRuleKind.FiscalYearOffset => CalendarArithmetic.FiscalYear(published, Count, out reason),
            DateRuleKind.NamedMonth => DateRange.Month(CalendarArithmetic.NamedMonthYear(published, Month, Direction), Month),
            DateRuleKind.Weekday when ThroughWeekday != IsoDayOfWeek.None => CalendarArithmetic.WeekdayRun(published, Weekday, ThroughWeekday),
            DateRuleKind.Weekday => DateRange.Day(CalendarArithmetic.Weekday(published, Weekday, Direction)),
            DateRuleKind.Weekend => CalendarArithmetic.Weekend(published, Direction),
            DateRuleKind.UnitsToMonth => CalendarArithmetic.UnitsToMonth(CalendarArithmetic.NamedMonthYear(published, Month, DateDirection.OnOrBefore), Month, Unit, Count, out reason),
            DateRuleKind.UnitOffset => CalendarArithmetic.Offset(published, Unit, Count, out reason),
            DateRuleKind.EarlierThis => CalendarArithmetic.EarlierThis(published, Unit, out reason),
            DateRuleKind.LaterThis => CalendarArithmetic.LaterThis(published, Unit, out reason),
            DateRuleKind.PastUnits => CalendarArithmetic.PastUnits(published, Unit, Count, out reason),
            _ => CalendarArithmetic.WithinThe(published, Unit),
        };
    }

    /// <summary>A month, day of a month or named day in the year <paramref name="year"/>.</summary>
    private DateRange? ResolveInYear(int year, out string? reason)
    {
        reason = null;
        switch (Kind)
        {
            case DateRuleKind.NamedMonth:
                return DateRange.Month(year, Month);
            case DateRuleKind.NamedPeriod:
                return NamedPeriodCalendar.InYear(Period, year) ?? Uncomputed(out reason);
        }
        if (Day > CalendarSystem.Iso.GetDaysInMonth(year, Month))
        {
            reason = $"names day {Day} of month {Month}, which {year} does not have";
            return null;
        }
        return DaysFrom(new LocalDate(year, Month, Day));
    }

    /// <summary>A day of a month, or the run of days from it through <see cref="ThroughDay"/> ("7-8 March").</summary>
    private DateRange DaysFrom(LocalDate first) => ThroughDay == 0 ? DateRange.Day(first) : DateRange.Span(first, first.PlusDays(ThroughDay - Day));

    private static DateRange? Uncomputed(out string? reason)
    {
        reason = "names a holiday in a year whose date is not computed here (Hijri dates cover about 1883 to 2077)";
        return null;
    }

    /// <summary>Narrows a month or year to the part the text names: early (1st-10th, or January-April), mid (11th-20th, or May-August), late (20th to the end, or September-December), its first or last day, a half or quarter of a year, its first to fourth or last week (days 1-7 to 22-28, or its last seven days), or its first or last so many months, weeks or days.</summary>
    private DateRange Narrow(DateRange whole)
    {
        switch (Part)
        {
            case DatePart.Beginning:
                return DateRange.Day(whole.Start);
            case DatePart.End:
                return DateRange.Day(whole.End);
            case DatePart.Whole:
                return whole;
        }
        LocalDate start = whole.Start;
        if (Part is DatePart.FirstUnits or DatePart.LastUnits)
        {
            // The units are whole calendar units counted from the start or back from the end, and never run past the other end.
            return Part == DatePart.FirstUnits
                ? DateRange.Span(start, Min(Plus(start, PartCount).PlusDays(-1), whole.End))
                : DateRange.Span(Max(Plus(whole.End.PlusDays(1), -PartCount), start), whole.End);
        }
        if (Part == DatePart.LastWeek)
        {
            return DateRange.Span(whole.End.PlusDays(-6), whole.End);
        }
        if (Part >= DatePart.FirstWeek)
        {
            LocalDate first = start.PlusDays(7 * (Part - DatePart.FirstWeek));
            return DateRange.Span(first, first.PlusDays(6));
        }
        if (Part >= DatePart.FirstHalf)
        {
            (int first, int months) = Part switch
            {
                DatePart.FirstHalf => (1, 6),
                DatePart.SecondHalf => (7, 6),
                DatePart.FirstQuarter => (1, 3),
                DatePart.SecondQuarter => (4, 3),
                DatePart.ThirdQuarter => (7, 3),
                _ => (10, 3),
            };
            var from = new LocalDate(start.Year, first, 1);
            return DateRange.Span(from, from.PlusMonths(months).PlusDays(-1));
        }
        if (whole.Precision == DatePrecision.Year)
        {
            int firstMonth = Part switch { DatePart.Early => 1, DatePart.Mid => 5, _ => 9 };
            int lastMonth = firstMonth + 3;
            return DateRange.Span(new LocalDate(start.Year, firstMonth, 1),
                new LocalDate(start.Year, lastMonth, CalendarSystem.Iso.GetDaysInMonth(start.Year, lastMonth)));
        }
        return Part switch
        {
            DatePart.Early => DateRange.Span(start, start.PlusDays(9)),
            DatePart.Mid => DateRange.Span(start.PlusDays(10), start.PlusDays(19)),
            _ => DateRange.Span(start.PlusDays(19), whole.End),
        };
    }

    private LocalDate Plus(LocalDate date, int units) => PartUnit switch
    {
        TimeUnit.Month => date.PlusMonths(units),
        TimeUnit.Week => date.PlusWeeks(units),
        _ => date.PlusDays(units),
    };

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private DateRange? RunOn(DateRange from, out string? reason)
    {
        reason = null;
        int year = ThroughYear != 0 ? ThroughYear : ThroughMonth >= from.Start.Month ? from.Start.Year : from.Start.Year + 1;
        if (year > CalendarArithmetic.LastYear)
        {
            reason = CalendarArithmetic.OutOfRange;
            return null;
        }
        DateRange through = DateRange.Month(year, ThroughMonth);
        if (through.End < from.Start)
        {
            reason = "ends before it starts";
            return null;
        }
        return DateRange.Span(from.Start, through.End);
    }
}
