using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ConflictData.Text;
using ConflictData.Utility;
using NodaTime;
using LocalDatePattern = NodaTime.Text.LocalDatePattern;
using YearMonthPattern = NodaTime.Text.YearMonthPattern;

namespace ConflictData;

/// <summary>
/// A date known to a precision: a day, a calendar month, a calendar year, or a span of days, as an inclusive
/// interval of ISO calendar dates.
/// </summary>
/// <remarks>
/// <para>The precision is checked against the dates: a <see cref="DatePrecision.Month"/> range covers exactly one whole
/// month, and so on. Ranges have component-wise equality and deliberately no ordering.</para>
/// <para>Text form (culture-invariant, also used by JSON): "2019-03-24", "2019-03", "2019", "2019-03-11/2019-03-20".</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// DateRange.Month(2018, 7);                                            // July 2018
/// DateRange.Span(new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 20)); // mid-March 2019
/// DateRange.Parse("2017-10").Value.Precision;                              // DatePrecision.Month
/// </code>
/// </example>
public sealed class DateRange : IEquatable<DateRange>
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;
    private static readonly YearMonthPattern IsoMonth = YearMonthPattern.Iso;

    private DateRange(LocalDate start, LocalDate end, DatePrecision precision)
    {
        Start = start;
        End = end;
        Precision = precision;
    }

    /// <summary>The first day of the range.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the range (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>How precisely the date is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The range as a NodaTime <see cref="DateInterval"/>.</summary>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>A single day.</summary>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar, or its year is outside 1–9999.</exception>
    public static DateRange Day(LocalDate date) => new(CheckDate(date, nameof(date)), date, DatePrecision.Day);

    /// <summary>A whole calendar month.</summary>
    /// <exception cref="ArgumentException"><paramref name="month"/> is not in the ISO calendar, or its year is outside 1–9999.</exception>
    public static DateRange Month(YearMonth month)
    {
        var first = CheckDate(month.OnDayOfMonth(1), nameof(month));
        return new(first, first.With(DateAdjusters.EndOfMonth), DatePrecision.Month);
    }

    /// <summary>A whole calendar month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static DateRange Month(int year, int month)
    {
        CheckYear(year);
        Preconditions.CheckRange(month is >= 1 and <= 12, nameof(month), month, "A month must be from 1 to 12.");
        return Month(new YearMonth(year, month));
    }

    /// <summary>A whole calendar year.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999.</exception>
    public static DateRange Year(int year)
    {
        CheckYear(year);
        return new(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), DatePrecision.Year);
    }

    /// <summary>A run of days from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or a date is not ISO
    /// or has a year outside 1–9999.</exception>
    public static DateRange Span(LocalDate start, LocalDate end)
    {
        CheckDate(start, nameof(start));
        CheckDate(end, nameof(end));
        Preconditions.CheckArgument(end >= start, nameof(end),
            $"The end date {IsoDate.Format(end)} is before the start date {IsoDate.Format(start)}.");
        return new(start, end, DatePrecision.Span);
    }

    /// <summary>Whether <paramref name="date"/> lies in this range.</summary>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether every day of <paramref name="other"/> lies in this range.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Contains(DateRange other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return other.Start >= Start && other.End <= End;
    }

    /// <summary>Reads the text form: "2019-03-24", "2019-03", "2019" or "2019-03-11/2019-03-20".</summary>
    /// <returns>Whether it was read; <c>false</c> for null text.</returns>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DateRange? range) => Parse(text).TryGetValue(null!, out range);

    /// <summary>Reads the text form: "2019-03-24", "2019-03", "2019" or "2019-03-11/2019-03-20", with years 0001–9999.</summary>
    /// <returns>The range, or why not: <see cref="ParseErrorCode.NullText"/>, <see cref="ParseErrorCode.Unrecognized"/>
    /// (not one of the forms, or a year outside 0001–9999) or <see cref="ParseErrorCode.Unresolvable"/> (a span
    /// that ends before it starts).</returns>
    public static ParseResult<DateRange> Parse(string? text)
    {
        if (text is null)
        {
            return ParseResult<DateRange>.ForNullText(nameof(text));
        }
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            if (IsoDate.Parse(text[..slash]) is { Success: true } from && IsoDate.Parse(text[(slash + 1)..]) is { Success: true } to
                && HasWritableYear(from.Value) && HasWritableYear(to.Value))
            {
                return to.Value >= from.Value
                    ? ParseResult<DateRange>.ForValue(Span(from.Value, to.Value))
                    : ParseResult<DateRange>.ForError(ParseErrorCode.Unresolvable, $"\"{text}\" ends before it starts.", new TextSpan(0, text.Length));
            }
        }
        else if (text.Length == 10 && IsoDate.Parse(text) is { Success: true } day && HasWritableYear(day.Value))
        {
            return ParseResult<DateRange>.ForValue(Day(day.Value));
        }
        else if (text.Length == 7 && IsoMonth.Parse(text) is { Success: true } month && HasWritableYear(month.Value.OnDayOfMonth(1)))
        {
            return ParseResult<DateRange>.ForValue(Month(month.Value));
        }
        else if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year >= 1)
        {
            return ParseResult<DateRange>.ForValue(Year(year));
        }
        return ParseResult<DateRange>.ForError(ParseErrorCode.Unrecognized,
            $"\"{text}\" is not a date range; expected yyyy-MM-dd, yyyy-MM, yyyy or yyyy-MM-dd/yyyy-MM-dd with years 0001–9999.", new TextSpan(0, text.Length));
    }

    // Years 1-9999 are exactly those the text form writes as four digits and reads back.
    private static bool HasWritableYear(LocalDate date) => date.Year is >= 1 and <= 9999;

    private static LocalDate CheckDate(LocalDate date, string paramName)
    {
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, paramName, "Only ISO-calendar dates are supported.");
        Preconditions.CheckArgument(HasWritableYear(date), paramName,
            $"The year {Invariant.Plain(date.Year)} is outside 1–9999, the years a date range can be written in.");
        return date;
    }

    private static void CheckYear(int year) =>
        Preconditions.CheckRange(year is >= 1 and <= 9999, nameof(year), year, "A year must be from 1 to 9999.");

    /// <inheritdoc />
    public bool Equals(DateRange? other) =>
        other is not null && Start == other.Start && End == other.End && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateRange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End, Precision);

    /// <summary>Compares two ranges component-wise.</summary>
    public static bool operator ==(DateRange? left, DateRange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two ranges component-wise.</summary>
    public static bool operator !=(DateRange? left, DateRange? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>The text form: "2019-03-24", "2019-03", "2019" or "2019-03-11/2019-03-20".</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => IsoDate.Format(Start),
        DatePrecision.Month => IsoMonth.Format(new YearMonth(Start.Year, Start.Month)),
        DatePrecision.Year => Invariant.Plain(Start.Year).PadLeft(4, '0'),
        _ => IsoDate.Format(Start) + "/" + IsoDate.Format(End),
    };
}
