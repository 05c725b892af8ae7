using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;
using NodaTime;

namespace ConflictData.Tests.Time;

public class DateRangeTests
{
    public static TheoryData<DateRange, string, DatePrecision, LocalDate, LocalDate> Forms => new()
    {
        { DateRange.Day(new LocalDate(2019, 3, 24)), "2019-03-24", DatePrecision.Day, new LocalDate(2019, 3, 24), new LocalDate(2019, 3, 24) },
        { DateRange.Month(2018, 7), "2018-07", DatePrecision.Month, new LocalDate(2018, 7, 1), new LocalDate(2018, 7, 31) },
        { DateRange.Month(2019, 2), "2019-02", DatePrecision.Month, new LocalDate(2019, 2, 1), new LocalDate(2019, 2, 28) },
        { DateRange.Month(2016, 2), "2016-02", DatePrecision.Month, new LocalDate(2016, 2, 1), new LocalDate(2016, 2, 29) },
        { DateRange.Month(new YearMonth(2017, 10)), "2017-10", DatePrecision.Month, new LocalDate(2017, 10, 1), new LocalDate(2017, 10, 31) },
        { DateRange.Year(2014), "2014", DatePrecision.Year, new LocalDate(2014, 1, 1), new LocalDate(2014, 12, 31) },
        { DateRange.Year(1), "0001", DatePrecision.Year, new LocalDate(1, 1, 1), new LocalDate(1, 12, 31) },
        { DateRange.Year(9999), "9999", DatePrecision.Year, new LocalDate(9999, 1, 1), new LocalDate(9999, 12, 31) },
        { DateRange.Span(new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 20)), "2019-03-11/2019-03-20", DatePrecision.Span, new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 20) },
        { DateRange.Span(new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 11)), "2019-03-11/2019-03-11", DatePrecision.Span, new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 11) },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void EveryForm_HasItsTextAndDays_AndRoundTrips(DateRange range, string text, DatePrecision precision, LocalDate start, LocalDate end)
    {
        Assert.Equal(text, range.ToString());
        Assert.Equal(precision, range.Precision);
        Assert.Equal(start, range.Start);
        Assert.Equal(end, range.End);
        Assert.Equal(new DateInterval(start, end), range.ToDateInterval());
        Assert.Equal(range, DateRange.Parse(text).Value);
        Assert.True(DateRange.TryParse(text, out var parsed));
        Assert.Equal(range, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2019-3-24")]
    [InlineData("24-03-2019")]
    [InlineData("2019-02-29")]
    [InlineData("2019-13")]
    [InlineData("0000")]
    [InlineData("0000-01")]
    [InlineData("0000-01-01")]
    [InlineData("+2019")]
    [InlineData(" 2019")]
    [InlineData("٢٠١٩")]
    [InlineData("2019-03-20/2019-03-11")]
    [InlineData("2019-03/2019-04")]
    [InlineData("2019-03-11/")]
    [InlineData("/")]
    [InlineData("mid-March")]
    public void TryParse_AnythingElse_ReturnsFalseWithoutThrowing(string? text)
    {
        Assert.False(DateRange.TryParse(text, out var range));
        Assert.Null(range);
    }

    [Fact]
    public void Parse_Backwards_SaysItEndsBeforeItStarts() =>
        Assert.Contains("ends before it starts", Assert.Throws<UnparsableValueException>(() => DateRange.Parse("2019-03-20/2019-03-11").Value).Message, StringComparison.Ordinal);

    [Fact]
    public void Parse_Garbage_SaysWhatIsExpected()
    {
        var e = Assert.Throws<UnparsableValueException>(() => DateRange.Parse("March 2019").Value);
        Assert.Contains("\"March 2019\" is not a date range; expected yyyy-MM-dd, yyyy-MM, yyyy", e.Message, StringComparison.Ordinal);
        Assert.Equal(ParseErrorCode.Unrecognized, DateRange.Parse("March 2019").Error!.Code);
        Assert.Equal(new TextSpan(0, 10), DateRange.Parse("March 2019").Error!.Span);
        Assert.Equal(ParseErrorCode.NullText, DateRange.Parse(null).Error!.Code);
    }

    [Fact]
    public void Span_EndBeforeStart_IsRejectedNamingEnd()
    {
        var e = Assert.Throws<ArgumentException>(() => DateRange.Span(new LocalDate(2019, 3, 20), new LocalDate(2019, 3, 11)));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("The end date 2019-03-11 is before the start date 2019-03-20", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void Year_OutsideOneTo9999_IsRejectedNamingYear(int year)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DateRange.Year(year));
        Assert.Equal("year", e.ParamName);
        Assert.Contains("from 1 to 9999", e.Message, StringComparison.Ordinal);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => DateRange.Month(year, 1)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_OutOfRange_IsRejectedNamingMonth(int month) =>
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => DateRange.Month(2019, month)).ParamName);

    [Fact]
    public void DatesBeforeYearOne_AreRejectedEverywhere_BecauseTheirTextCouldNotBeReadBack()
    {
        var e = Assert.Throws<ArgumentException>(() => DateRange.Day(new LocalDate(-5, 1, 1)));
        Assert.Equal("date", e.ParamName);
        Assert.Contains("outside 1–9999", e.Message, StringComparison.Ordinal);
        Assert.Equal("month", Assert.Throws<ArgumentException>(() => DateRange.Month(new YearMonth(0, 1))).ParamName);
        Assert.Equal("start", Assert.Throws<ArgumentException>(() => DateRange.Span(new LocalDate(0, 12, 31), new LocalDate(1, 1, 1))).ParamName);
    }

    [Fact]
    public void NonIsoDates_AreRejected()
    {
        var julian = new LocalDate(2019, 3, 24, CalendarSystem.Julian);
        Assert.Contains("ISO", Assert.Throws<ArgumentException>(() => DateRange.Day(julian)).Message, StringComparison.Ordinal);
        Assert.Equal("month", Assert.Throws<ArgumentException>(() => DateRange.Month(new YearMonth(2019, 3, CalendarSystem.Julian))).ParamName);
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => DateRange.Span(new LocalDate(2019, 3, 24), julian)).ParamName);
    }

    [Fact]
    public void Contains_DatesAndRanges()
    {
        var march = DateRange.Month(2019, 3);
        Assert.True(march.Contains(new LocalDate(2019, 3, 31)));
        Assert.False(march.Contains(new LocalDate(2019, 4, 1)));
        Assert.True(DateRange.Year(2019).Contains(march));
        Assert.False(march.Contains(DateRange.Year(2019)));
        Assert.True(march.Contains(DateRange.Span(new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 20))));
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => march.Contains(null!)).ParamName);
    }

    [Fact]
    public void Equality_IncludesThePrecision_AndHashesAgree()
    {
        var month = DateRange.Month(2018, 7);
        var sameDays = DateRange.Span(new LocalDate(2018, 7, 1), new LocalDate(2018, 7, 31));
        Assert.NotEqual(month, sameDays);
        Assert.True(month == DateRange.Parse("2018-07").Value);
        Assert.True(month != sameDays);
        Assert.Equal(month.GetHashCode(), DateRange.Parse("2018-07").Value.GetHashCode());
        Assert.True(new HashSet<DateRange> { month, DateRange.Year(2014) }.SetEquals([DateRange.Parse("2014").Value, DateRange.Parse("2018-07").Value]));
    }

    [Fact]
    public void TextForms_AreCultureInvariant()
    {
        CultureScope.AssertInvariant(() => DateRange.Parse("2019-03-11/2019-03-20").Value.ToString() + DateRange.Parse("0999").Value + DateRange.Month(2018, 7));
        Assert.Equal("0999", CultureScope.Run("ar-SA", () => DateRange.Year(999).ToString()));
    }
}
