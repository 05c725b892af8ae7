using System;
using System.Text;
using System.Text.Json;
using ConflictData.Serialization;
using NodaTime;

namespace ConflictData.Tests.Serialization;

public class ZonedDateTimeJsonConverterTests
{
    private static readonly DateTimeZone Auckland = DateTimeZoneProviders.Tzdb["Pacific/Auckland"];

    private static ZonedDateTime Read(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return new ZonedDateTimeJsonConverter().Read(ref reader, typeof(ZonedDateTime), JsonFormat.Context.Options);
    }

    private static string Write(ZonedDateTime time)
    {
        var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonFormat.Context.Options.Encoder }))
        {
            new ZonedDateTimeJsonConverter().Write(writer, time, JsonFormat.Context.Options);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Write_WholeSeconds_UsesTheGeneralIsoPatternWithZoneAndOffset() =>
        Assert.Equal("\"2019-03-24T19:25:00 Pacific/Auckland (+13)\"", Write(new LocalDateTime(2019, 3, 24, 19, 25).InZoneStrictly(Auckland)));

    [Fact]
    public void Write_FractionalSeconds_AreKept() =>
        Assert.Equal("\"2019-03-24T19:25:00.125 Pacific/Auckland (+13)\"",
            Write(new LocalDateTime(2019, 3, 24, 19, 25, 0, 125).InZoneStrictly(Auckland)));

    // 2019-04-07 02:30 happened twice in Auckland (daylight saving ended at 03:00 +13): the offset says which.
    [Theory]
    [InlineData("\"2019-04-07T02:30:00 Pacific/Auckland (+13)\"", 13)]
    [InlineData("\"2019-04-07T02:30:00 Pacific/Auckland (+12)\"", 12)]
    public void Read_AmbiguousLocalTime_TheOffsetPicksTheInstant(string json, int offsetHours)
    {
        var time = Read(json);
        Assert.Equal(Offset.FromHours(offsetHours), time.Offset);
        Assert.Equal(new LocalDateTime(2019, 4, 7, 2, 30), time.LocalDateTime);
        Assert.Same(Auckland, time.Zone);
    }

    [Theory]
    [InlineData("\"2019-09-29T02:30:00 Pacific/Auckland (+12)\"", "offset is invalid")]
    [InlineData("\"2019-03-24T19:25:00 Pacific/Auckland\"", "\"2019-03-24T19:25:00 Pacific/Auckland\" is not a zoned time")]
    [InlineData("\"2019-03-24T19:25:00Z\"", "is not a zoned time")]
    [InlineData("\"2019-03-24 19:25:00 UTC (+00)\"", "is not a zoned time")]
    [InlineData("1553408700", "but found a JSON Number")]
    [InlineData("true", "but found a JSON True")]
    public void Read_NotAZonedTime_SaysWhatWasExpected(string json, string reason)
    {
        var e = Assert.Throws<JsonException>(() => Read(json));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains("Pacific/Auckland (+13)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utc_IsWrittenWithItsTzdbIdAndReadBack()
    {
        var time = Instant.FromUtc(2019, 3, 24, 6, 25).InZone(DateTimeZoneProviders.Tzdb["UTC"]);
        Assert.Equal("\"2019-03-24T06:25:00 UTC (+00)\"", Write(time));
        Assert.Equal(time, Read(Write(time)));
    }
}
