using System;
using NodaTime;

namespace ConflictData.Text;

/// <summary>
/// When each <see cref="NamedPeriod"/> falls in a given year, and which occurrence a phrase picks relative to a
/// publication date.
/// </summary>
/// <remarks>
/// <para>Seasons are meteorological and northern-hemisphere: spring is March to May, summer June to August, autumn
/// (or fall) September to November, and winter December to February, labelled by the year of its January, so
/// "winter 2018" runs from 1 December 2017 to 28 February 2018. News English from the southern hemisphere would need
/// these shifted by six months; that is not done.</para>
/// <para>Fixed days are Gregorian (New Year's Eve 31 December, Christmas 25 December, Boxing Day 26 December,
/// Armistice Day 11 November, Halloween 31 October, Valentine's Day 14 February); Easter is the Western (Gregorian)
/// Easter Sunday by the computus, Good Friday two days before it; Thanksgiving is the United States' fourth Thursday of
/// November.</para>
/// <para>Ramadan (the ninth Hijri month), Eid al-Fitr (1 Shawwal) and Eid al-Adha (10 Dhu al-Hijjah) are computed on
/// NodaTime's Umm al-Qura calendar, Saudi Arabia's official calendar, for the Hijri years it covers (about 1883 to
/// 2077). Countries that start the month on a local moon sighting may begin or end a day later, and even Saudi
/// Arabia's announced dates can differ from the tabulated calendar by a day (Eid al-Adha 2016: 11 September here,
/// observed on the 12th); a phrase outside those years is left unresolved rather than guessed.</para>
/// </remarks>
internal static class NamedPeriodCalendar
{
    private static readonly CalendarSystem Hijri = CalendarSystem.UmAlQura;

    /// <summary>The occurrences that start in Gregorian <paramref name="year"/> (two for a Hijri month that falls twice in one year).</summary>
    internal static (DateRange? First, DateRange? Second) Occurrences(NamedPeriod period, int year)
    {
        switch (period)
        {
            case NamedPeriod.Ramadan:
                return Hijri2(year, 9, 1, wholeMonth: true);
            case NamedPeriod.EidAlFitr:
                return Hijri2(year, 10, 1, wholeMonth: false);
            case NamedPeriod.EidAlAdha:
                return Hijri2(year, 12, 10, wholeMonth: false);
        }
        if (year is < 2 or > 9998)
        {
            return (null, null);
        }
        return (period switch
        {
            NamedPeriod.Spring => Months(year, 3, year, 5),
            NamedPeriod.Summer => Months(year, 6, year, 8),
            NamedPeriod.Autumn => Months(year, 9, year, 11),
            NamedPeriod.Winter => Months(year - 1, 12, year, 2),
            NamedPeriod.NewYearsEve => Day(year, 12, 31),
            NamedPeriod.NewYearsDay => Day(year, 1, 1),
            NamedPeriod.ChristmasEve => Day(year, 12, 24),
            NamedPeriod.Christmas => Day(year, 12, 25),
            NamedPeriod.BoxingDay => Day(year, 12, 26),
            NamedPeriod.ArmisticeDay => Day(year, 11, 11),
            NamedPeriod.Halloween => Day(year, 10, 31),
            NamedPeriod.ValentinesDay => Day(year, 2, 14),
            NamedPeriod.Easter => DateRange.Day(EasterSunday(year)),
            NamedPeriod.GoodFriday => DateRange.Day(EasterSunday(year).PlusDays(-2)),
            _ => DateRange.Day(new LocalDate(year, 11, 1).With(DateAdjusters.NextOrSame(IsoDayOfWeek.Thursday)).PlusWeeks(3)),
        }, null);
    }

    /// <summary>The occurrence that <paramref name="direction"/> picks relative to <paramref name="published"/>, or null outside the years computed.</summary>
    internal static DateRange? Pick(NamedPeriod period, LocalDate published, DateDirection direction)
    {
        DateRange? best = null;
        for (int year = published.Year - 2; year <= published.Year + 2; year++)
        {
            var (first, second) = Occurrences(period, year);
            best = Better(best, first, published, direction);
            best = Better(best, second, published, direction);
        }
        return best;
    }

    /// <summary>The first occurrence starting in <paramref name="year"/>.</summary>
    internal static DateRange? InYear(NamedPeriod period, int year) => Occurrences(period, year).First;

    private static DateRange? Better(DateRange? best, DateRange? candidate, LocalDate published, DateDirection direction)
    {
        if (candidate is null)
        {
            return best;
        }
        bool eligible = direction switch
        {
            DateDirection.OnOrBefore => candidate.Start <= published,
            DateDirection.Before => candidate.End < published,
            DateDirection.After => candidate.Start > published,
            DateDirection.OnOrAfter => candidate.End >= published,
            _ => true,
        };
        if (!eligible)
        {
            return best;
        }
        if (best is null)
        {
            return candidate;
        }
        return direction switch
        {
            DateDirection.OnOrBefore or DateDirection.Before => candidate.Start > best.Start ? candidate : best,
            DateDirection.After or DateDirection.OnOrAfter => candidate.Start < best.Start ? candidate : best,
            _ => Distance(candidate, published) < Distance(best, published) ? candidate : best,
        };
    }

    private static int Distance(DateRange range, LocalDate date) =>
        range.Contains(date) ? 0 : Math.Min(Math.Abs(Period.DaysBetween(date, range.Start)), Math.Abs(Period.DaysBetween(range.End, date)));

    private static DateRange Months(int fromYear, int fromMonth, int toYear, int toMonth) =>
        DateRange.Span(new LocalDate(fromYear, fromMonth, 1), new LocalDate(toYear, toMonth, CalendarSystem.Iso.GetDaysInMonth(toYear, toMonth)));

    private static DateRange Day(int year, int month, int day) => DateRange.Day(new LocalDate(year, month, day));

    /// <summary>Western Easter Sunday by the anonymous Gregorian computus.</summary>
    private static LocalDate EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7, m = (a + (11 * h) + (22 * l)) / 451;
        int n = h + l - (7 * m) + 114;
        return new LocalDate(year, n / 31, (n % 31) + 1);
    }

    private static (DateRange? First, DateRange? Second) Hijri2(int year, int month, int day, bool wholeMonth)
    {
        DateRange? first = null, second = null;
        int minIso = new LocalDate(Hijri.MinYear, 1, 1, Hijri).WithCalendar(CalendarSystem.Iso).Year + 1;
        int maxIso = new LocalDate(Hijri.MaxYear, 1, 1, Hijri).WithCalendar(CalendarSystem.Iso).Year - 1;
        if (year < minIso || year > maxIso)
        {
            return (null, null);
        }
        int hijriYear = new LocalDate(year, 1, 1).WithCalendar(Hijri).Year;
        for (int h = hijriYear; h <= hijriYear + 1; h++)
        {
            LocalDate start = new LocalDate(h, month, day, Hijri).WithCalendar(CalendarSystem.Iso);
            if (start.Year != year)
            {
                continue;
            }
            DateRange range = wholeMonth
                ? DateRange.Span(start, start.PlusDays(Hijri.GetDaysInMonth(h, month) - 1))
                : DateRange.Day(start);
            (first, second) = first is null ? (range, null) : (first, range);
        }
        return (first, second);
    }
}
