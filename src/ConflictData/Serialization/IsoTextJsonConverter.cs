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

    /// <summary>The text of the JSON string the reader is on, or a <see cref="JsonException"/> naming what was expected.</summary>
    protected string ReadText(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"expected {Expected}, but found a JSON {reader.TokenType}.");

    /// <summary>The error for <paramref name="text"/> that denotes no value: the text, what was expected and why.</summary>
    protected JsonException Unreadable(string text, string reason) => new($"\"{text}\" is not {Expected}: {reason}");
}
