using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictData.Tests.Generators;

/// <summary>
/// The time model's arbitraries (dates, ranges, reference and publication times, zoned times in real tz zones),
/// registered with <c>[Property(Arbitrary = new[] { typeof(TimeArbitraries) })]</c>.
/// </summary>
public static class TimeArbitraries
{
    /// <summary>ISO dates from year 1 to 9999, mostly near the present.</summary>
    public static Arbitrary<LocalDate> LocalDate() => ModelGenerators.LocalDate.ToArbitrary();

    /// <summary>Date ranges of every precision.</summary>
    public static Arbitrary<DateRange> DateRange() => ModelGenerators.DateRange.ToArbitrary();

    /// <summary>Reference times of every kind.</summary>
    public static Arbitrary<ReferenceTime> ReferenceTime() => ModelGenerators.ReferenceTime.ToArbitrary();

    /// <summary>Times in real zones, in gaps and overlaps, with fractions of a second.</summary>
    public static Arbitrary<ZonedDateTime> ZonedDateTime() => ModelGenerators.ZonedDateTime.ToArbitrary();

    /// <summary>Publication times of every kind.</summary>
    public static Arbitrary<PublicationTime> PublicationTime() => ModelGenerators.PublicationTime.ToArbitrary();
}
