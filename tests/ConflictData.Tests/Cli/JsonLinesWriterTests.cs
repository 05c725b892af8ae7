using System.Buffers;
using System.Text;
using ConflictData.Cli;
using FsCheck.Xunit;
using NodaTime.Text;

namespace ConflictData.Tests.Cli;

/// <summary>The shared JSON-lines writer's fields that do not go through Utf8JsonWriter's own formatting.</summary>
public class JsonLinesWriterTests
{
    private static readonly System.Text.Json.JsonEncodedText From = JsonLinesWriter.Encode("from");

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
