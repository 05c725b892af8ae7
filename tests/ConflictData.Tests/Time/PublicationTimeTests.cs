using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;
using NodaTime;

namespace ConflictData.Tests.Time;

public class PublicationTimeTests
{
    private static readonly ZonedDateTime RnzTime =
        new LocalDateTime(2019, 3, 24, 19, 25).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]);

    private static readonly DateInterval Mid2019 = new(new LocalDate(2019, 4, 1), new LocalDate(2019, 12, 31));

    [Fact]
    public void Exact_KeepsTheZone_AndIsKnownToTheDay()
    {
        var time = PublicationTime.Exact(RnzTime);
        Assert.Equal(PublicationTimeKind.Exact, time.Kind);
        Assert.Equal(RnzTime, time.ExactTime);
        Assert.Equal(new LocalDate(2019, 3, 24), time.Date);
        Assert.Equal(time.Earliest, time.Latest);
        Assert.Null(time.Reasoning);
        Assert.Equal("2019-03-24T19:25:00 Pacific/Auckland (+13)", time.ToString());
    }

    [Fact]
    public void OnDate_IsADayWithoutTime()
    {
        var time = PublicationTime.OnDate(new LocalDate(2017, 7, 22));
        Assert.Equal(PublicationTimeKind.Date, time.Kind);
        Assert.Null(time.ExactTime);
        Assert.Equal(new LocalDate(2017, 7, 22), time.Date);
        Assert.Equal(new DateInterval(new LocalDate(2017, 7, 22), new LocalDate(2017, 7, 22)), time.Bounds);
        Assert.Equal("2017-07-22", time.ToString());
    }

    [Fact]
    public void Within_IsBoundedWithItsReasoning_AndHasNoDate()
    {
        var time = PublicationTime.Within(Mid2019, "Baghuz fell \"this past March\".");
        Assert.Equal(PublicationTimeKind.Bounded, time.Kind);
        Assert.Null(time.Date);
        Assert.Null(time.ExactTime);
        Assert.Equal(new LocalDate(2019, 4, 1), time.Earliest);
        Assert.Equal(new LocalDate(2019, 12, 31), time.Latest);
        Assert.Equal("Baghuz fell \"this past March\".", time.Reasoning);
        Assert.Equal("between 2019-04-01 and 2019-12-31", time.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("padded ")]
    public void Within_BlankReasoning_IsRejectedNamingReasoning(string reasoning)
    {
        var e = Assert.Throws<ArgumentException>(() => PublicationTime.Within(Mid2019, reasoning));
        Assert.Equal("reasoning", e.ParamName);
        Assert.Contains("reasoning must not", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nulls_AreRejectedByName()
    {
        Assert.Equal("bounds", Assert.Throws<ArgumentNullException>(() => PublicationTime.Within(null!, "r")).ParamName);
        Assert.Equal("reasoning", Assert.Throws<ArgumentNullException>(() => PublicationTime.Within(Mid2019, null!)).ParamName);
    }

    [Fact]
    public void NonIsoCalendars_AreRejectedByName()
    {
        var julian = CalendarSystem.Julian;
        Assert.Equal("time", Assert.Throws<ArgumentException>(() => PublicationTime.Exact(RnzTime.WithCalendar(julian))).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => PublicationTime.OnDate(new LocalDate(2019, 3, 24, julian))).ParamName);
        var e = Assert.Throws<ArgumentException>(() => PublicationTime.Within(new DateInterval(new LocalDate(2019, 1, 1, julian), new LocalDate(2019, 2, 1, julian)), "r"));
        Assert.Equal("bounds", e.ParamName);
        Assert.Contains("ISO", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsComponentWise_AndHashesAgree()
    {
        Assert.Equal(PublicationTime.Exact(RnzTime), PublicationTime.Exact(RnzTime));
        Assert.Equal(PublicationTime.Exact(RnzTime).GetHashCode(), PublicationTime.Exact(RnzTime).GetHashCode());
        Assert.NotEqual(PublicationTime.Exact(RnzTime), PublicationTime.OnDate(new LocalDate(2019, 3, 24)));
        Assert.True(PublicationTime.Within(Mid2019, "a") != PublicationTime.Within(Mid2019, "b"));
        Assert.True(PublicationTime.Within(Mid2019, "a") == PublicationTime.Within(new DateInterval(new LocalDate(2019, 4, 1), new LocalDate(2019, 12, 31)), "a"));
        var utc = RnzTime.WithZone(DateTimeZone.Utc);
        Assert.NotEqual(PublicationTime.Exact(RnzTime), PublicationTime.Exact(utc));
        Assert.Equal(2, new HashSet<PublicationTime> { PublicationTime.Exact(RnzTime), PublicationTime.Exact(RnzTime), PublicationTime.Exact(utc) }.Count);
    }

    [Fact]
    public void Exact_UtcDayMayDifferFromTheLocalDay_AndTheLocalDayIsKept() =>
        Assert.Equal(new LocalDate(2019, 3, 24), PublicationTime.Exact(new LocalDateTime(2019, 3, 24, 7, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"])).Date);

    [Fact]
    public void ToString_IsCultureInvariant() =>
        CultureScope.AssertInvariant(() => PublicationTime.Exact(RnzTime).ToString() + PublicationTime.Within(Mid2019, "r"));
}
