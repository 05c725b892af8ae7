using System;
using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictData.Cli;
using FsCheck.Xunit;
using NodaTime.Text;

namespace ConflictData.Tests.Cli;

/// <summary>The shared JSON-lines writer: the same bytes as <see cref="Utf8JsonWriter"/> with the relaxed encoder, which it
/// replaces on the tool's hot path, and dates as the ISO pattern writes them.</summary>
public class JsonLinesWriterTests
{
    private static readonly JsonEncodedText From = JsonLinesWriter.Encode("from");

    private static readonly JsonWriterOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    [Property(Arbitrary = new[] { typeof(OutputArbitraries) }, MaxTest = 500)]
    public void Line_IsWhatUtf8JsonWriterWrites(JsonText text, JsonText other, JsonDecimal number, JsonDecimal second, int count, bool? flag)
    {
        var mine = new ArrayBufferWriter<byte>();
        using (var json = new JsonLinesWriter(mine))
        {
            json.StartLine();
            json.String("text", text.Value);
            json.String(JsonLinesWriter.Encode("t\u00E9xt \""), (string?)null);
            json.Number("count", count);
            json.Number("number", number.Value);
            json.Number("none", (decimal?)null);
            json.Boolean("flag", flag);
            json.Numbers(From, number.Value, second.Value);
            json.Numbers(From, second.Value, null);
            json.Numbers(From, null, null);
            json.Strings("texts", [other.Value, text.Value]);
            json.Strings("empty", []);
            json.StartArray("objects");
            json.StartObject();
            json.String("other", other.Value);
            json.EndObject();
            json.StartObject();
            json.Number("count", count);
            json.EndObject();
            json.EndArray();
            json.Name("kind", (ReferenceTimeKind?)ReferenceTimeKind.AsOf);
            json.Name("no-kind", (ReferenceTimeKind?)null);
            json.Flags(JsonLinesWriter.Encode("kinds"), HedgeKinds.Range | HedgeKinds.Estimated);
            json.Flags(JsonLinesWriter.Encode("no-kinds"), HedgeKinds.None);
            json.EndLine();
        }

        var theirs = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(theirs, Relaxed))
        {
            json.WriteStartObject();
            json.WriteString("text", text.Value);
            json.WriteNull(JsonEncodedText.Encode("t\u00E9xt \"", Relaxed.Encoder));
            json.WriteNumber("count", count);
            json.WriteNumber("number", number.Value);
            json.WriteNull("none");
            if (flag is { } f)
            {
                json.WriteBoolean("flag", f);
            }
            else
            {
                json.WriteNull("flag");
            }
            json.WriteStartArray(From);
            json.WriteNumberValue(number.Value);
            json.WriteNumberValue(second.Value);
            json.WriteEndArray();
            json.WriteStartArray(From);
            json.WriteNumberValue(second.Value);
            json.WriteEndArray();
            json.WriteNull(From);
            json.WriteStartArray("texts");
            json.WriteStringValue(other.Value);
            json.WriteStringValue(text.Value);
            json.WriteEndArray();
            json.WriteStartArray("empty");
            json.WriteEndArray();
            json.WriteStartArray("objects");
            json.WriteStartObject();
            json.WriteString("other", other.Value);
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteNumber("count", count);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteString("kind", "as-of");
            json.WriteNull("no-kind");
            json.WriteStartArray("kinds");
            json.WriteStringValue("range");
            json.WriteStringValue("estimated");
            json.WriteEndArray();
            json.WriteStartArray("no-kinds");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        Assert.Equal(Encoding.UTF8.GetString(theirs.WrittenSpan) + "\n", Encoding.UTF8.GetString(mine.WrittenSpan));
        Assert.True(mine.WrittenSpan[..^1].SequenceEqual(theirs.WrittenSpan));
    }

    [Fact]
    public void EveryCharacter_IsWrittenAsUtf8JsonWriterWritesIt()
    {
        var mine = new ArrayBufferWriter<byte>();
        var theirs = new ArrayBufferWriter<byte>();
        using var json = new JsonLinesWriter(mine);
        using var reference = new Utf8JsonWriter(theirs, Relaxed);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = "a" + (char)c;
            mine.ResetWrittenCount();
            json.StartLine();
            json.String(From, text);
            json.EndLine();
            theirs.ResetWrittenCount();
            reference.Reset();
            reference.WriteStartObject();
            reference.WriteString(From, text);
            reference.WriteEndObject();
            reference.Flush();
            Assert.True(mine.WrittenSpan[..^1].SequenceEqual(theirs.WrittenSpan), $"U+{c:X4}");
        }
    }

    [Property(Arbitrary = new[] { typeof(OutputArbitraries) }, MaxTest = 300)]
    public void Date_IsWhatTheIsoPatternWrites_ForEveryYear(IsoDate date)
    {
        var lines = new ArrayBufferWriter<byte>();
        using (var json = new JsonLinesWriter(lines))
        {
            json.StartLine();
            json.Date(From, date.Date);
            json.Date(From, null);
            json.EndLine();
        }
        Assert.Equal($"{{\"from\":\"{LocalDatePattern.Iso.Format(date.Date)}\",\"from\":null}}\n", Encoding.UTF8.GetString(lines.WrittenSpan));
    }
}
