using ConflictData.Utility;
using NodaTime;

namespace ConflictData.Text;

/// <summary>
/// Writes a <see cref="DateRange"/> or <see cref="ReferenceTime"/> as canonical English, the form
/// <see cref="DateParser"/> reads back to the same value.
/// </summary>
/// <remarks>
/// <para>Culture-invariant: "24 March 2019" (a day), "March 2019" (a month), "2019" (a year; four digits, so year 5 is
/// "0005"), and for a span "11-20 March 2019", "28 February-3 March 2019" or "28 December 2018-3 January 2019".
/// A reference time adds "since " or "as of " in front; "during" adds nothing.</para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class DateFormatter
{
    private static readonly string[] MonthNames =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>Formats <paramref name="range"/> as canonical English.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="range"/> is null.</exception>
    public static string Format(DateRange range)
    {
        Preconditions.CheckNotNull(range, nameof(range));
        LocalDate start = range.Start;
        LocalDate end = range.End;
        return range.Precision switch
        {
            DatePrecision.Day => DayMonthYear(start),
            DatePrecision.Month => MonthName(start) + " " + Year(start),
            DatePrecision.Year => Year(start),
            _ when start.Year != end.Year => DayMonthYear(start) + "-" + DayMonthYear(end),
            _ when start.Month != end.Month => Day(start) + " " + MonthName(start) + "-" + DayMonthYear(end),
            _ => Day(start) + "-" + DayMonthYear(end),
        };
    }

    /// <summary>Formats <paramref name="time"/> as canonical English: "24 March 2019", "since 2014", "as of October 2017".</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="time"/> is null.</exception>
    public static string Format(ReferenceTime time)
    {
        Preconditions.CheckNotNull(time, nameof(time));
        string anchor = Format(time.Anchor);
        return time.Kind switch
        {
            ReferenceTimeKind.Since => "since " + anchor,
            ReferenceTimeKind.AsOf => "as of " + anchor,
            _ => anchor,
        };
    }

    private static string DayMonthYear(LocalDate date) => Day(date) + " " + MonthName(date) + " " + Year(date);

    private static string Day(LocalDate date) => Invariant.Plain(date.Day);

    private static string MonthName(LocalDate date) => MonthNames[date.Month - 1];

    private static string Year(LocalDate date) => Invariant.Plain(date.Year).PadLeft(4, '0');
}
