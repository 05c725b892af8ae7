using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConflictData.Serialization;

/// <summary>
/// Reads and writes a value as one JSON string of ISO text. A wrong token or unreadable text becomes a
/// <see cref="JsonException"/> that says what was expected; the serializer adds the path.
/// </summary>
/// <typeparam name="T">The value written as text.</typeparam>
internal abstract class IsoTextJsonConverter<T> : JsonConverter<T>
{
    /// <summary>What the text should look like, for messages (<c>an ISO date such as "2019-03-24"</c>).</summary>
    protected abstract string Expected { get; }

    /// <summary>The ISO text of <paramref name="value"/>.</summary>
    protected abstract string Format(T value);

    /// <summary>Reads the value <paramref name="text"/> denotes, or gives the reason it denotes none.</summary>
    protected abstract bool TryParse(string text, out T value, out string? error);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"expected {Expected}, but found a JSON {reader.TokenType}.");
        }
        string text = reader.GetString()!;
        return TryParse(text, out var value, out string? error) ? value : throw new JsonException(Unreadable(text, error));
    }

    /// <summary>The message for text that denotes no value; by default it names the text, what was expected and why.</summary>
    protected virtual string Unreadable(string text, string? error) => $"\"{text}\" is not {Expected}: {error}";

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));
}
