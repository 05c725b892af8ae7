using System;
using System.Text.Json;
using NodaTime.Text;

namespace ConflictData.Serialization;

/// <summary>
/// A NodaTime value read and written as one JSON string through a NodaTime text pattern. Text the pattern cannot
/// parse becomes a <see cref="JsonException"/> in the format's words: the text, what was expected, and NodaTime's
/// reason (which says where the text failed).
/// </summary>
/// <remarks>
/// This is all that NodaTime.Serialization.SystemTextJson's pattern converter does, and the package is not used for
/// it (issue 7 tried it). The core package has NodaTime as its only dependency, and the serialization package is not
/// trim-safe: its <c>NodaConverters</c> builds interval converters that look nested converters up by reflection
/// (<c>JsonSerializerOptions.GetConverter</c>), so a Native AOT or trimmed app using it warns (IL2026, IL3050). Nor
/// would its ready-made converters save the contract any code: its zoned text differs from the format's (see
/// <see cref="ZonedDateTimeJsonConverter"/>), and its ISO date is <see cref="LocalDatePattern.Iso"/>, used here.
/// The golden tests pin the bytes.
/// </remarks>
/// <typeparam name="T">The NodaTime value type.</typeparam>
internal abstract class NodaPatternJsonConverter<T> : IsoTextJsonConverter<T>
{
    private readonly IPattern<T> pattern;

    /// <summary>Creates a converter that reads and writes through <paramref name="pattern"/>.</summary>
    protected NodaPatternJsonConverter(IPattern<T> pattern, string expected)
    {
        this.pattern = pattern;
        Expected = expected;
    }

    protected override string Expected { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = ReadText(ref reader);
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw Unreadable(text, result.Exception.Message);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(pattern.Format(value));
}
