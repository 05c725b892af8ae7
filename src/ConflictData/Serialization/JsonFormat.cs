using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ConflictData.Serialization;

/// <summary>
/// The settings and the read/write steps every ConflictData JSON document shares: schema version, options that
/// never depend on culture, indented UTF-8 text that keeps non-ASCII letters readable, and uniform errors.
/// </summary>
internal static class JsonFormat
{
    /// <summary>The schema version this library writes and the only one it reads.</summary>
    internal const int SchemaVersion = 1;

    /// <summary>The serialization metadata, bound to options with a readable encoder.</summary>
    internal static ConflictDataJsonContext Context { get; } = new(new JsonSerializerOptions(ConflictDataJsonContext.Default.Options)
    {
        // Files are curated by hand: keep "António" and "…" as written. Control characters and quotes are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The same metadata and encoder without indentation, for JSON lines and JSON inside CSV cells.</summary>
    internal static ConflictDataJsonContext Compact { get; } = new(new JsonSerializerOptions(Context.Options) { WriteIndented = false });

    /// <summary>Writes <paramref name="dto"/> as indented JSON text.</summary>
    internal static string Write<T>(T dto, JsonTypeInfo<T> typeInfo) => JsonSerializer.Serialize(dto, typeInfo);

    /// <summary>Writes <paramref name="dto"/> as indented UTF-8 JSON to <paramref name="stream"/>.</summary>
    internal static void Write<T>(T dto, JsonTypeInfo<T> typeInfo, Stream stream) => JsonSerializer.Serialize(stream, dto, typeInfo);

    /// <summary>The whole content of <paramref name="stream"/>, for a reader that checks the version first.</summary>
    internal static ReadOnlyMemory<byte> ReadAllBytes(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        // The buffer's own array, not a copy: the content is only read, and only until the reader returns.
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    /// <summary>
    /// Reads a top-level document and maps it to model objects, turning every problem into a
    /// <see cref="JsonException"/> whose message starts with the JSON path.
    /// </summary>
    internal static TModel Read<TDto, TModel>(ReadOnlySpan<byte> utf8, JsonTypeInfo<TDto> typeInfo, Func<TDto, JsonPath, TModel> map)
        where TDto : class, IVersionedDto
    {
        utf8 = SkipByteOrderMark(utf8);
        CheckVersion(FindSchemaVersion(utf8));
        TDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(utf8, typeInfo);
        }
        catch (JsonException e)
        {
            throw JsonReadErrors.WithPath(e);
        }
        var root = JsonPath.Root;
        if (dto is null)
        {
            throw JsonReadErrors.At(root, "the document is null; expected an object with schemaVersion.");
        }
        CheckVersion(JsonReadErrors.Required(dto.SchemaVersion, root.Member("schemaVersion")));
        return map(dto, root);
    }

    private static void CheckVersion(int? found)
    {
        if (found is { } version && version != SchemaVersion)
        {
            throw JsonReadErrors.At(JsonPath.Root.Member("schemaVersion"),
                $"schema version {version} is not supported; this reader reads version {SchemaVersion} only.");
        }
    }

    // The version decides how to read everything else, so find it before the members a newer version might add
    // are rejected as unknown. Malformed JSON is left for the full read, which reports it with its path.
    private static int? FindSchemaVersion(ReadOnlySpan<byte> utf8)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isVersion = reader.ValueTextEquals("schemaVersion"u8);
                reader.Read();
                if (isVersion)
                {
                    return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int version) ? version : null;
                }
                reader.Skip();
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> utf8) =>
        utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;
}
