using System;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace ConflictData.Tests.Text.Dates;

public class DateFormatterTests
{
    [Fact]
    public void Format_EachPrecision_IsCanonicalEnglish()
    {
        Assert.Equal("24 March 2019", DateFormatter.Format(DateRange.Day(new LocalDate(2019, 3, 24))));
        Assert.Equal("March 2019", DateFormatter.Format(DateRange.Month(2019, 3)));
        Assert.Equal("2019", DateFormatter.Format(DateRange.Year(2019)));
        Assert.Equal("0005", DateFormatter.Format(DateRange.Year(5)));
        Assert.Equal("11-20 March 2019", DateFormatter.Format(DateRange.Span(new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 20))));
        Assert.Equal("28 February-3 March 2019", DateFormatter.Format(DateRange.Span(new LocalDate(2019, 2, 28), new LocalDate(2019, 3, 3))));
        Assert.Equal("28 December 2018-3 January 2019", DateFormatter.Format(DateRange.Span(new LocalDate(2018, 12, 28), new LocalDate(2019, 1, 3))));
    }

    [Fact]
    public void Format_ReferenceTime_PutsSinceOrAsOfInFront()
    {
        Assert.Equal("since 2014", DateFormatter.Format(ReferenceTime.Since(DateRange.Year(2014))));
        Assert.Equal("as of October 2017", DateFormatter.Format(ReferenceTime.AsOf(DateRange.Month(2017, 10))));
        Assert.Equal("July 2018", DateFormatter.Format(ReferenceTime.During(DateRange.Month(2018, 7))));
    }

    [Fact]
    public void Format_Null_IsRejected()
    {
        Assert.Equal("range", Assert.Throws<ArgumentNullException>(() => DateFormatter.Format((DateRange)null!)).ParamName);
        Assert.Equal("time", Assert.Throws<ArgumentNullException>(() => DateFormatter.Format((ReferenceTime)null!)).ParamName);
    }

    [Property(MaxTest = 1000)]
    public Property ParseOfFormat_Day_IsTheSameRange() => RoundTrip(DateTextGenerators.DayRange);

    [Property(MaxTest = 1000)]
    public Property ParseOfFormat_Month_IsTheSameRange() => RoundTrip(DateTextGenerators.MonthRange);

    [Property(MaxTest = 1000)]
    public Property ParseOfFormat_Year_IsTheSameRange() => RoundTrip(DateTextGenerators.YearRange);

    [Property(MaxTest = 1000)]
    public Property ParseOfFormat_Span_IsTheSameRange() => RoundTrip(DateTextGenerators.SpanRange);

    [Property(MaxTest = 1000)]
    public Property ParseOfFormat_ReferenceTimeOfAnyKind_IsTheSameReferenceTime() =>
        Prop.ForAll(
            Gen.OneOf(DateTextGenerators.DayRange, DateTextGenerators.MonthRange, DateTextGenerators.YearRange, DateTextGenerators.SpanRange)
                .Zip(Gen.Elements(ReferenceTimeKind.During, ReferenceTimeKind.Since, ReferenceTimeKind.AsOf), (range, kind) => new ReferenceTime(kind, range))
                .ToArbitrary(),
            time => DateParser.Default.Parse(DateFormatter.Format(time), null).Value.Equals(time));

    /// <summary>A formatted range is also found whole by the scanner in running text, not only by the parser.</summary>
    [Property(MaxTest = 1000)]
    public Property ScanOfFormat_InRunningText_IsOneMentionOfTheSameRange() =>
        Prop.ForAll(Gen.OneOf(DateTextGenerators.DayRange, DateTextGenerators.MonthRange, DateTextGenerators.SpanRange).ToArbitrary(), range =>
        {
            string formatted = DateFormatter.Format(range);
            var mentions = DateScanner.Default.Scan("It was reported on " + formatted + ", officials said.", null);
            return mentions.Length == 1 && mentions[0].Text.EndsWith(formatted, StringComparison.Ordinal)
                && mentions[0].Resolution.Value.Anchor.Equals(range);
        });

    private static Property RoundTrip(Gen<DateRange> ranges) =>
        Prop.ForAll(ranges.ToArbitrary(), range =>
            DateParser.Default.Parse(DateFormatter.Format(range), null).Value.Equals(ReferenceTime.During(range)));
}
