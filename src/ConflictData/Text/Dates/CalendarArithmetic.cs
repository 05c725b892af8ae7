using NodaTime;
using NodaTime.Text;

namespace ConflictData.Text;

/// <summary>
/// The calendar arithmetic behind relative dates, on ISO dates whose year is strictly between <see cref="FirstYear"/>
/// and <see cref="LastYear"/>, so a step of a day or a week from the publication date stays in range. Every result that
/// could leave the years 1 to 9999 is checked and refused with <see cref="OutOfRange"/> instead.
/// </summary>
internal static class CalendarArithmetic
{
    internal const int FirstYear = 1;

    internal const int LastYear = 9999;

    internal const string OutOfRange = "falls outside the years 1 to 9999 that a date can have";

    private static readonly LocalDate FirstDay = new(FirstYear, 1, 1);

    private static readonly LocalDate LastDay = new(LastYear, 12, 31);

    /// <summary>The latest <paramref name="month"/>/<paramref name="day"/> on or before <paramref name="published"/> (up to eight years back, for 29 February).</summary>
    internal static DateRange? LatestDayOfMonth(LocalDate published, int month, int day, out string? reason)
    {
        reason = null;
        for (int year = published.Year; year >= published.Year - 8 && year >= FirstYear; year--)
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(year, month) && new LocalDate(year, month, day) <= published)
            {
                return DateRange.Day(new LocalDate(year, month, day));
            }
        }
        reason = "names no day that exists on or before the publication date within eight years";
        return null;
    }

    /// <summary>The latest day <paramref name="day"/> of any month on or before <paramref name="published"/>: "on the 5th".
    /// Every day up to the 31st falls within three months back.</summary>
    internal static DateRange? LatestDayOfAnyMonth(LocalDate published, int day, out string? reason)
    {
        reason = null;
        var month = new LocalDate(published.Year, published.Month, 1);
        for (int back = 0; back < 3 && month.Year >= FirstYear; back++, month = month.PlusMonths(-1))
        {
            if (day <= CalendarSystem.Iso.GetDaysInMonth(month.Year, month.Month) && new LocalDate(month.Year, month.Month, day) <= published)
            {
                return DateRange.Day(new LocalDate(month.Year, month.Month, day));
            }
        }
        reason = "names no day that exists on or before the publication date within three months";
        return null;
    }

    /// <summary>The year of the occurrence of <paramref name="month"/> that <paramref name="direction"/> picks, counting from <paramref name="published"/>'s month.</summary>
    internal static int NamedMonthYear(LocalDate published, int month, DateDirection direction) => direction switch
    {
        DateDirection.OnOrBefore => month <= published.Month ? published.Year : published.Year - 1,
        DateDirection.Before => month < published.Month ? published.Year : published.Year - 1,
        DateDirection.OnOrAfter => month >= published.Month ? published.Year : published.Year + 1,
        _ => month > published.Month ? published.Year : published.Year + 1,
    };

    /// <summary>The occurrence of <paramref name="weekday"/> that <paramref name="direction"/> picks, counting from <paramref name="published"/>.</summary>
    internal static LocalDate Weekday(LocalDate published, IsoDayOfWeek weekday, DateDirection direction) => direction switch
    {
        DateDirection.OnOrBefore => published.DayOfWeek == weekday ? published : published.Previous(weekday),
        DateDirection.Before => published.Previous(weekday),
        _ => published.Next(weekday),
    };

    /// <summary>
    /// The days from <paramref name="first"/> to <paramref name="last"/> ("from Monday to Wednesday"), ending on the latest
    /// <paramref name="last"/> on or before <paramref name="published"/>, as a lone weekday is read.
    /// </summary>
    internal static DateRange WeekdayRun(LocalDate published, IsoDayOfWeek first, IsoDayOfWeek last)
    {
        LocalDate end = Weekday(published, last, DateDirection.OnOrBefore);
        return DateRange.Span(end.PlusDays(-(((int)last - (int)first + 7) % 7)), end);
    }

    /// <summary>
    /// <paramref name="count"/> units that end with month <paramref name="month"/> of <paramref name="year"/>: "the year
    /// to March 2019" is April 2018 to March 2019, "the 12 months to June" July to June.
    /// </summary>
    internal static DateRange? UnitsToMonth(int year, int month, TimeUnit unit, long count, out string? reason)
    {
        // The units are counted back from the first day after the month, which the calendar must still hold.
        bool pastCalendar = year == LastYear && month == 12;
        LocalDate after = pastCalendar ? default : new LocalDate(year, month, 1).PlusMonths(1);
        if (pastCalendar || !TryShift(after, unit, -count, out LocalDate start))
        {
            reason = OutOfRange;
            return null;
        }
        reason = null;
        return DateRange.Span(start, after.PlusDays(-1));
    }

    /// <summary>
    /// The weekend <paramref name="direction"/> picks, counting from <paramref name="published"/>: on or before it ("the
    /// weekend": the one under way on a Saturday or Sunday, else the last), wholly before it ("last weekend"), on or
    /// after it ("this weekend": the one under way, else the coming one), or after it ("next weekend").
    /// </summary>
    internal static DateRange Weekend(LocalDate published, DateDirection direction)
    {
        LocalDate saturday = published.DayOfWeek == IsoDayOfWeek.Saturday ? published : published.Previous(IsoDayOfWeek.Saturday);
        bool underWay = published.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;
        if (direction == DateDirection.Before && underWay)
        {
            saturday = saturday.PlusDays(-7);
        }
        else if (direction == DateDirection.After || (direction == DateDirection.OnOrAfter && !underWay))
        {
            saturday = published.Next(IsoDayOfWeek.Saturday);
        }
        return DateRange.Span(saturday, saturday.PlusDays(1));
    }

    /// <summary>The whole unit <paramref name="count"/> units away from the one containing <paramref name="published"/>.</summary>
    internal static DateRange? Offset(LocalDate published, TimeUnit unit, long count, out string? reason)
    {
        if (!TryShift(published, unit, count, out LocalDate shifted))
        {
            reason = OutOfRange;
            return null;
        }
        reason = null;
        return unit switch
        {
            TimeUnit.Day => DateRange.Day(shifted),
            TimeUnit.Month => DateRange.Month(shifted.Year, shifted.Month),
            TimeUnit.Year => DateRange.Year(shifted.Year),
            _ => WeekOf(shifted, out reason),
        };
    }

    /// <summary>From the start of the unit containing <paramref name="published"/> to the day before it.</summary>
    internal static DateRange? EarlierThis(LocalDate published, TimeUnit unit, out string? reason)
    {
        LocalDate start = StartOf(unit, published);
        reason = start == published ? $"has no earlier day: the publication date {LocalDatePattern.Iso.Format(published)} is the first day of its {Name(unit)}" : null;
        return reason is null ? DateRange.Span(start, published.PlusDays(-1)) : null;
    }

    /// <summary>From the day after <paramref name="published"/> to the end of its unit.</summary>
    internal static DateRange? LaterThis(LocalDate published, TimeUnit unit, out string? reason)
    {
        LocalDate end = EndOf(unit, published);
        reason = end == published ? $"has no later day: the publication date {LocalDatePattern.Iso.Format(published)} is the last day of its {Name(unit)}" : null;
        return reason is null ? DateRange.Span(published.PlusDays(1), end) : null;
    }

    /// <summary>The <paramref name="count"/> units that end on <paramref name="published"/>: "the past year" is the 365 or 366 days up to it.</summary>
    internal static DateRange? PastUnits(LocalDate published, TimeUnit unit, long count, out string? reason)
    {
        if (count < 1 || !TryShift(published, unit, -count, out LocalDate shifted))
        {
            reason = count < 1 ? "counts no units" : OutOfRange;
            return null;
        }
        reason = null;
        return DateRange.Span(shifted.PlusDays(1), published);
    }

    /// <summary>The <paramref name="count"/> units that start the day after <paramref name="published"/>: "the coming months".</summary>
    internal static DateRange? ComingUnits(LocalDate published, TimeUnit unit, long count, out string? reason)
    {
        if (count < 1 || !TryShift(published, unit, count, out LocalDate shifted))
        {
            reason = count < 1 ? "counts no units" : OutOfRange;
            return null;
        }
        reason = null;
        return DateRange.Span(published.PlusDays(1), shifted);
    }

    /// <summary>
    /// The United States federal fiscal year <paramref name="offset"/> years from the one containing
    /// <paramref name="published"/>: fiscal year N runs from 1 October of N - 1 to 30 September of N.
    /// </summary>
    internal static DateRange? FiscalYear(LocalDate published, long offset, out string? reason)
    {
        long year = (published.Month >= 10 ? published.Year + 1 : published.Year) + offset;
        reason = year is > FirstYear and <= LastYear ? null : OutOfRange;
        return reason is null ? FiscalYear((int)year) : null;
    }

    /// <summary>Fiscal year <paramref name="year"/>: 1 October of the year before to 30 September.</summary>
    internal static DateRange FiscalYear(int year) => DateRange.Span(new LocalDate(year - 1, 10, 1), new LocalDate(year, 9, 30));

    /// <summary>From <paramref name="published"/> to the end of its unit.</summary>
    internal static DateRange WithinThe(LocalDate published, TimeUnit unit) => DateRange.Span(published, EndOf(unit, published));

    /// <summary>
    /// The <paramref name="count"/> units that end or start on <paramref name="day"/> ("the week to Friday" is the seven
    /// days ending that Friday, "the month to June 10" May 11 to June 10), or the Monday-to-Sunday week that holds it.
    /// </summary>
    internal static DateRange? AroundDay(LocalDate day, DayAnchor anchor, TimeUnit unit, long count, out string? reason)
    {
        if (anchor == DayAnchor.WeekOf)
        {
            return WeekOf(day, out reason);
        }
        bool ending = anchor == DayAnchor.EndingOn;
        if (count < 1 || !TryShift(day, unit, ending ? -count : count, out LocalDate other))
        {
            reason = count < 1 ? "counts no units" : OutOfRange;
            return null;
        }
        reason = null;
        return ending ? DateRange.Span(other.PlusDays(1), day) : DateRange.Span(day, other.PlusDays(-1));
    }

    /// <summary>The ISO week (Monday to Sunday) containing <paramref name="date"/>, unless it runs past the calendar's first or last day.</summary>
    private static DateRange? WeekOf(LocalDate date, out string? reason)
    {
        int fromMonday = (int)date.DayOfWeek - 1;
        int toSunday = 6 - fromMonday;
        bool inRange = fromMonday <= Period.DaysBetween(FirstDay, date) && toSunday <= Period.DaysBetween(date, LastDay);
        reason = inRange ? null : OutOfRange;
        return inRange ? DateRange.Span(date.PlusDays(-fromMonday), date.PlusDays(toSunday)) : null;
    }

    private static bool TryShift(LocalDate date, TimeUnit unit, long count, out LocalDate shifted)
    {
        shifted = date;
        switch (unit)
        {
            case TimeUnit.Year:
                long year = date.Year + count;
                if (year is < FirstYear or > LastYear)
                {
                    return false;
                }
                shifted = date.PlusYears((int)count);
                return true;
            case TimeUnit.Month:
                long month = (date.Year * 12L) + date.Month - 1 + count;
                if (month < FirstYear * 12L || month > (LastYear * 12L) + 11)
                {
                    return false;
                }
                shifted = date.PlusMonths((int)count);
                return true;
            default:
                long days = unit == TimeUnit.Week ? count * 7 : count;
                if (count is < -10_000_000 or > 10_000_000 || days > Period.DaysBetween(date, LastDay) || -days > Period.DaysBetween(FirstDay, date))
                {
                    return false;
                }
                shifted = date.PlusDays((int)days);
                return true;
        }
    }

    private static LocalDate StartOf(TimeUnit unit, LocalDate date) => unit switch
    {
        TimeUnit.Day => date,
        TimeUnit.Week => date.DayOfWeek == IsoDayOfWeek.Monday ? date : date.Previous(IsoDayOfWeek.Monday),
        TimeUnit.Month => new LocalDate(date.Year, date.Month, 1),
        _ => new LocalDate(date.Year, 1, 1),
    };

    private static LocalDate EndOf(TimeUnit unit, LocalDate date) => unit switch
    {
        TimeUnit.Day => date,
        TimeUnit.Week => StartOf(TimeUnit.Week, date).PlusDays(6),
        TimeUnit.Month => new LocalDate(date.Year, date.Month, CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month)),
        _ => new LocalDate(date.Year, 12, 31),
    };

    private static string Name(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => "day",
        TimeUnit.Week => "week",
        TimeUnit.Month => "month",
        _ => "year",
    };
}
