using System;
using System.Text.Json;

namespace ConflictData.Serialization;

/// <summary>A <see cref="DateRange"/> as its ISO text: <c>"2019-03-24"</c>, <c>"2019-03"</c>, <c>"2019"</c> or <c>"2019-03-11/2019-03-20"</c>.</summary>
internal sealed class DateRangeJsonConverter : IsoTextJsonConverter<DateRange>
{
    protected override string Expected => "a date range such as \"2019-03-24\", \"2019-03\", \"2019\" or \"2019-03-11/2019-03-20\"";

    public override DateRange Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var result = DateRange.Parse(ReadText(ref reader));
        // DateRange's own message already quotes the text and lists the accepted forms.
        return result.TryGetValue(null!, out var value) ? value : throw new JsonException(result.Error!.Message);
    }

    public override void Write(Utf8JsonWriter writer, DateRange value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
