using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;
using NodaTime;

namespace ConflictData.Tests.Time;

public class ReferenceTimeTests
{
    public static TheoryData<ReferenceTime, ReferenceTimeKind, string, LocalDate, LocalDate?> Table => new()
    {
        { ReferenceTime.During(DateRange.Month(2018, 7)), ReferenceTimeKind.During, "during 2018-07", new LocalDate(2018, 7, 1), new LocalDate(2018, 7, 31) },
        { ReferenceTime.Since(DateRange.Year(2014)), ReferenceTimeKind.Since, "since 2014", new LocalDate(2014, 1, 1), null },
        { ReferenceTime.AsOf(DateRange.Month(2017, 10)), ReferenceTimeKind.AsOf, "as of 2017-10", new LocalDate(2017, 10, 1), new LocalDate(2017, 10, 31) },
        { ReferenceTime.During(DateRange.Span(new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 20))), ReferenceTimeKind.During, "during 2019-03-11/2019-03-20", new LocalDate(2019, 3, 11), new LocalDate(2019, 3, 20) },
        { new ReferenceTime(ReferenceTimeKind.AsOf, DateRange.Day(new LocalDate(2019, 3, 24))), ReferenceTimeKind.AsOf, "as of 2019-03-24", new LocalDate(2019, 3, 24), new LocalDate(2019, 3, 24) },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EveryKind_HasItsBoundsAndText(ReferenceTime time, ReferenceTimeKind kind, string text, LocalDate from, LocalDate? to)
    {
        Assert.Equal(kind, time.Kind);
        Assert.Equal(text, time.ToString());
        Assert.Equal(from, time.From);
        Assert.Equal(to, time.To);
    }

    [Fact]
    public void Construction_UndefinedKind_IsRejectedNamingKindAndTheAllowedOnes()
    {
        var e = Assert.Throws<ArgumentException>(() => new ReferenceTime((ReferenceTimeKind)7, DateRange.Year(2014)));
        Assert.Equal("kind", e.ParamName);
        Assert.Contains("7 is not a defined ReferenceTimeKind; expected one of During, Since, AsOf", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NullAnchor_IsRejected()
    {
        Assert.Equal("anchor", Assert.Throws<ArgumentNullException>(() => ReferenceTime.Since(null!)).ParamName);
        Assert.Equal("anchor", Assert.Throws<ArgumentNullException>(() => new ReferenceTime(ReferenceTimeKind.During, null!)).ParamName);
    }

    [Fact]
    public void Equality_IsByKindAndAnchor_AndHashesAgree()
    {
        Assert.Equal(ReferenceTime.Since(DateRange.Year(2014)), new ReferenceTime(ReferenceTimeKind.Since, DateRange.Parse("2014").Value));
        Assert.True(ReferenceTime.Since(DateRange.Year(2014)) != ReferenceTime.During(DateRange.Year(2014)));
        Assert.Equal(ReferenceTime.AsOf(DateRange.Month(2017, 10)).GetHashCode(), ReferenceTime.AsOf(DateRange.Parse("2017-10").Value).GetHashCode());
        Assert.Single(new HashSet<ReferenceTime> { ReferenceTime.AsOf(DateRange.Month(2017, 10)), ReferenceTime.AsOf(DateRange.Parse("2017-10").Value) });
    }

    [Fact]
    public void ToString_IsCultureInvariant() =>
        CultureScope.AssertInvariant(() => ReferenceTime.Since(DateRange.Year(2014)).ToString() + ReferenceTime.AsOf(DateRange.Month(2017, 10)));
}
