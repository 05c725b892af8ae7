using System;
using System.ComponentModel;
using ConflictData.Utility;
using NodaTime;
using NodaTime.Text;

namespace ConflictData;

/// <summary>
/// When a document was published: an exact local time in its time zone, a calendar date, or (for undated articles)
/// an inclusive range of dates bounded by what the text says, with that reasoning kept.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with component-wise equality and no ordering.</remarks>
/// <example>
/// <code>
/// var rnz = PublicationTime.Exact(new LocalDateTime(2019, 3, 24, 19, 25).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]));
/// var rudaw = PublicationTime.OnDate(new LocalDate(2017, 7, 22));
/// var voa = PublicationTime.Within(new DateInterval(new LocalDate(2019, 6, 1), new LocalDate(2019, 8, 31)),
///     "Baghuz fell \"this past March\" (2019) and the UN report is \"newly released\".");
/// </code>
/// </example>
public sealed class PublicationTime : IEquatable<PublicationTime>
{
    private PublicationTime(PublicationTimeKind kind, ZonedDateTime? exact, DateInterval bounds, string? reasoning)
    {
        Kind = kind;
        ExactTime = exact;
        Bounds = bounds;
        Reasoning = reasoning;
    }

    /// <summary>How precisely the time is known.</summary>
    public PublicationTimeKind Kind { get; }

    /// <summary>The exact time with its zone, for <see cref="PublicationTimeKind.Exact"/>; otherwise <c>null</c>.</summary>
    public ZonedDateTime? ExactTime { get; }

    /// <summary>The local calendar dates the document may have been published on (one day unless <see cref="PublicationTimeKind.Bounded"/>).</summary>
    public DateInterval Bounds { get; }

    /// <summary>Why the bounds are what they are, for <see cref="PublicationTimeKind.Bounded"/>; otherwise <c>null</c>.</summary>
    public string? Reasoning { get; }

    /// <summary>The earliest possible local publication date.</summary>
    public LocalDate Earliest => Bounds.Start;

    /// <summary>The latest possible local publication date.</summary>
    public LocalDate Latest => Bounds.End;

    /// <summary>The local publication date when it is known to the day; otherwise <c>null</c>.</summary>
    public LocalDate? Date => Kind == PublicationTimeKind.Bounded ? null : Bounds.Start;

    /// <summary>Published at an exact time in a time zone.</summary>
    /// <exception cref="ArgumentException">The calendar is not ISO.</exception>
    public static PublicationTime Exact(ZonedDateTime time)
    {
        Preconditions.CheckArgument(time.Calendar == CalendarSystem.Iso, nameof(time), "Only ISO-calendar times are supported.");
        return new(PublicationTimeKind.Exact, time, new DateInterval(time.Date, time.Date), null);
    }

    /// <summary>Published on a known calendar date, time unknown.</summary>
    /// <exception cref="ArgumentException">The calendar is not ISO.</exception>
    public static PublicationTime OnDate(LocalDate date)
    {
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "Only ISO-calendar dates are supported.");
        return new(PublicationTimeKind.Date, null, new DateInterval(date, date), null);
    }

    /// <summary>Published on an unknown day within <paramref name="bounds"/>, for the stated <paramref name="reasoning"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The reasoning is blank, or the calendar is not ISO.</exception>
    public static PublicationTime Within(DateInterval bounds, string reasoning)
    {
        Preconditions.CheckNotNull(bounds, nameof(bounds));
        Preconditions.CheckArgument(bounds.Calendar == CalendarSystem.Iso, nameof(bounds), "Only ISO-calendar dates are supported.");
        Preconditions.CheckText(reasoning, nameof(reasoning));
        return new(PublicationTimeKind.Bounded, null, bounds, reasoning);
    }

    /// <inheritdoc />
    public bool Equals(PublicationTime? other) =>
        other is not null && Kind == other.Kind && Nullable.Equals(ExactTime, other.ExactTime)
        && Bounds.Equals(other.Bounds) && string.Equals(Reasoning, other.Reasoning, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PublicationTime);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, ExactTime, Bounds, Reasoning is null ? 0 : StringComparer.Ordinal.GetHashCode(Reasoning));

    /// <summary>Compares two publication times component-wise.</summary>
    public static bool operator ==(PublicationTime? left, PublicationTime? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two publication times component-wise.</summary>
    public static bool operator !=(PublicationTime? left, PublicationTime? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>"2019-03-24T19:25:00 Pacific/Auckland (+13)", "2017-07-22", or "between 2019-06-01 and 2019-08-31".</summary>
    public override string ToString() => Kind switch
    {
        PublicationTimeKind.Exact => ZonedDateTimePattern.GeneralFormatOnlyIso.Format(ExactTime!.Value),
        PublicationTimeKind.Date => LocalDatePattern.Iso.Format(Bounds.Start),
        _ => $"between {LocalDatePattern.Iso.Format(Bounds.Start)} and {LocalDatePattern.Iso.Format(Bounds.End)}",
    };
}
