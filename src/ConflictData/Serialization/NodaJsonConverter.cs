using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Text;
using NodaTime.Utility;

namespace ConflictData.Serialization;

/// <summary>
/// A NodaTime value read and written by a converter of NodaTime.Serialization.SystemTextJson, whose failures
/// (NodaTime's <see cref="UnparsableValueException"/> or <see cref="InvalidNodaDataException"/>, which the serializer
/// would let escape without a path) are restated as a <see cref="JsonException"/> in the format's words: the text, what
/// was expected, and NodaTime's reason.
/// </summary>
/// <typeparam name="T">The NodaTime value type.</typeparam>
internal abstract class NodaJsonConverter<T> : IsoTextJsonConverter<T>
{
    private readonly JsonConverter<T> noda;

    /// <summary>Creates a converter that reads and writes through <paramref name="noda"/>.</summary>
    protected NodaJsonConverter(JsonConverter<T> noda, string expected)
    {
        this.noda = noda;
        Expected = expected;
    }

    protected override string Expected { get; }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = ReadText(ref reader);
        try
        {
            return noda.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception e) when (e is UnparsableValueException or InvalidNodaDataException or JsonException)
        {
            throw Unreadable(text, Innermost(e).Message);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => noda.Write(writer, value, options);

    private static Exception Innermost(Exception e) => e.InnerException is { } inner ? Innermost(inner) : e;
}
