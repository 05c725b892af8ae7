using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace ConflictData.Tests.Time;

[Properties(Arbitrary = new[] { typeof(TimeArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class DateRangeInvariantTests
{
    /// <summary>Start at or before end, ISO calendar, the precision matching the dates, and text that parses back.</summary>
    internal static bool Holds(DateRange r) =>
        r.Start <= r.End && r.Start.Calendar == CalendarSystem.Iso
        && r.Precision switch
        {
            DatePrecision.Day => r.Start == r.End,
            DatePrecision.Month => r.Start.Day == 1 && r.End.Year == r.Start.Year && r.End.Month == r.Start.Month
                && r.End.Day == CalendarSystem.Iso.GetDaysInMonth(r.End.Year, r.End.Month),
            DatePrecision.Year => r.Start == new LocalDate(r.Start.Year, 1, 1) && r.End == new LocalDate(r.Start.Year, 12, 31),
            DatePrecision.Span => true,
            _ => false,
        }
        && DateRange.Parse(r.ToString()).Value.Equals(r)
        && r.Contains(r.Start) && r.Contains(r.End) && r.ToDateInterval().Length == Period.Between(r.Start, r.End, PeriodUnits.Days).Days + 1;

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(DateRange value) => Holds(value);

    [Property]
    public bool Span_RandomDates_IsRejectedExactlyWhenEndPrecedesStart(LocalDate start, LocalDate end) =>
        ConstructorProperty.AcceptsExactly(end >= start, () => DateRange.Span(start, end), r => r.Precision == DatePrecision.Span && Holds(r));

    [Property]
    public bool MonthAndYear_RandomNumbers_AreRejectedExactlyWhenOutOfRange(int year, int month) =>
        ConstructorProperty.AcceptsExactly(year is >= 1 and <= 9999 && month is >= 1 and <= 12, () => DateRange.Month(year, month), Holds)
        && ConstructorProperty.AcceptsExactly(year is >= 1 and <= 9999, () => DateRange.Year(year), Holds);

    [Property]
    public Property TryParse_RandomText_NeverThrowsAndGivesAValidRange() =>
        Prop.ForAll(Gen.OneOf(RawInputGenerators.Text, ModelGenerators.DateRange.Select(r => (string?)(r + "x")),
                ModelGenerators.DateRange.Select(r => (string?)r.ToString()[..^1])).ToArbitrary(),
            text => !DateRange.TryParse(text, out var range) || (Holds(range) && range.ToString() == text));
}
