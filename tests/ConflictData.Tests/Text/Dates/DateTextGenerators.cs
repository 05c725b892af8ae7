using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictData.Tests.Text.Dates;

/// <summary>
/// FsCheck generators for the date grammar: text made of the words and numbers it reacts to, glued together in ways
/// that nearly make dates, plus arbitrary characters; publication times up to the calendar's limits; and date ranges of
/// every precision over the years 1 to 9999.
/// </summary>
internal static class DateTextGenerators
{
    private static readonly string[] Fragments =
    [
        "in", "In", "on", "On", "since", "as", "As", "of", "by", "over", "within", "during", "the", "The", "a", "an",
        "end", "beginning", "that", "this", "This", "past", "last", "next", "earlier", "later", "early", "mid", "late",
        "year", "years", "month", "week", "days", "ago", "and", "today", "yesterday", "two", "twelve",
        "January", "February", "March", "May", "may", "Mar", "Sept", "December", "Friday", "Wednesday", "friday",
        "0", "1", "07", "12", "22", "29", "31", "32", "99", "2014", "2019", "1799", "9999", "0001", "0000", "12345",
        "99999999999999999999", "st", "th", "-", "\u2013", ".", ",", "/", ":", "$", "%", "'", "\u2019",
        " ", "  ", "\u00A0", "\n", "\n\n", "\r\n", "\t",
    ];

    /// <summary>Text biased towards almost-dates: fragments joined with nothing, a space or a hyphen, with stray characters.</summary>
    internal static readonly Gen<string> DateLikeText =
        Gen.Frequency(
            (6, Gen.Frequency(
                        (8, Gen.Elements(Fragments)),
                        (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())))
                    .Zip(Gen.Frequency((6, Gen.Constant(" ")), (1, Gen.Elements("", "-", ", ", "  "))), (piece, glue) => piece + glue)
                    .ListOf()
                    .Select(string.Concat)),
            (2, ArbMap.Default.ArbFor<string>().Generator.Select(s => s ?? "")),
            (1, from count in Gen.Choose(1, 5000)
                from unit in Gen.Elements("1", "in ", " ", "-", "March ", "a", "late February and ")
                select string.Concat(Enumerable.Repeat(unit, count))));

    /// <summary>Publication times from none to the first and last days of the calendar, exact, dated and bounded.</summary>
    internal static readonly Gen<PublicationTime?> Published = Gen.Elements<PublicationTime?>(
        null,
        SeedArticles.Rudaw,
        SeedArticles.VoaUnIsReport,
        SeedArticles.VoaRaqqa,
        SeedArticles.Rnz,
        PublicationTime.OnDate(new LocalDate(1, 1, 1)),
        PublicationTime.OnDate(new LocalDate(2, 1, 1)),
        PublicationTime.OnDate(new LocalDate(9998, 12, 31)),
        PublicationTime.OnDate(new LocalDate(9999, 12, 31)),
        PublicationTime.OnDate(new LocalDate(2016, 2, 29)),
        PublicationTime.Within(new DateInterval(new LocalDate(1, 1, 1), new LocalDate(9999, 12, 31)), "The whole calendar."));

    /// <summary>Text with a shrinker that drops halves and single characters, so a failure shrinks to a few characters.</summary>
    internal static readonly Arbitrary<string> Text = Arb.From(DateLikeText, ShrinkText);

    /// <summary>ISO dates over the years 1 to 9999, biased towards month ends and the calendar's edges.</summary>
    internal static readonly Gen<LocalDate> Date =
        from year in Gen.Frequency((4, Gen.Choose(1, 9999)), (1, Gen.Elements(1, 2, 1999, 2000, 2019, 9998, 9999)))
        from month in Gen.Choose(1, 12)
        from day in Gen.Frequency((3, Gen.Choose(1, 28)), (1, Gen.Constant(31)))
        select new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));

    internal static readonly Gen<DateRange> DayRange = Date.Select(DateRange.Day);

    internal static readonly Gen<DateRange> MonthRange = Date.Select(d => DateRange.Month(d.Year, d.Month));

    internal static readonly Gen<DateRange> YearRange = Date.Select(d => DateRange.Year(d.Year));

    internal static readonly Gen<DateRange> SpanRange =
        from a in Date
        from b in Gen.Frequency((2, Date), (3, Gen.Choose(0, 40).Select(n => a.Year == 9999 && a.Month == 12 ? a : a.PlusDays(Math.Min(n, 31 - a.Day)))))
        select DateRange.Span(LocalDate.Min(a, b), LocalDate.Max(a, b));

    private static IEnumerable<string> ShrinkText(string text)
    {
        if (text.Length == 0)
        {
            yield break;
        }
        yield return text[..(text.Length / 2)];
        yield return text[(text.Length / 2)..];
        for (int i = 0; i < Math.Min(text.Length, 64); i++)
        {
            yield return text.Remove(i, 1);
        }
    }
}
