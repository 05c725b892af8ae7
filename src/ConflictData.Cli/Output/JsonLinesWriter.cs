using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictData.Serialization;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Cli;

/// <summary>
/// Writes one JSON object per line: the one place where the tool makes JSON lines, so every command names enum values,
/// writes absent values and escapes text the same way.
/// </summary>
/// <remarks>
/// <para>A line is <see cref="StartLine"/>, fields in the order the command's contract lists them, then
/// <see cref="EndLine"/>. An absent value is written as JSON <c>null</c>, never left out, so every line of a command has
/// the same fields in the same order. Enum values are the JSON format's kebab-case names ("as-of", "not-a-date").
/// Non-ASCII text is written as itself ("£39m", "António"), not as <c>\u</c> escapes.</para>
/// <para>Built on <see cref="Utf8JsonWriter"/>: no reflection, so the tool stays trimmable and AOT-clean. Not thread-safe.</para>
/// </remarks>
internal sealed class JsonLinesWriter : IDisposable
{
    // The writer's structure checks (a name before every value, objects closed) cost a call on every field of millions of
    // lines, and they can only fail through a bug in this class's callers, which the contract tests would show.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private readonly TextWriter? output;
    private readonly ArrayBufferWriter<byte>? line;
    private readonly IBufferWriter<byte> buffer;
    private readonly Utf8JsonWriter json;
    private char[] chars = new char[1024];

    /// <summary>Writes each line to <paramref name="output"/> as it ends.</summary>
    internal JsonLinesWriter(TextWriter output)
        : this(new ArrayBufferWriter<byte>())
    {
        this.output = output;
        line = (ArrayBufferWriter<byte>)buffer;
    }

    /// <summary>
    /// Appends each line, as UTF-8 with its line break, to <paramref name="lines"/>, so that a worker thread can make the
    /// lines and a writer thread copy the bytes out without decoding them.
    /// </summary>
    internal JsonLinesWriter(IBufferWriter<byte> lines)
    {
        buffer = lines;
        json = new Utf8JsonWriter(buffer, Options);
    }

    /// <summary>Starts the object of one line.</summary>
    internal void StartLine()
    {
        line?.ResetWrittenCount();
        json.Reset();
        json.WriteStartObject();
    }

    /// <summary>Ends the object and writes it, with a line break, to the output.</summary>
    internal void EndLine()
    {
        json.WriteEndObject();
        json.Flush();
        if (output is null || line is null)
        {
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            return;
        }
        int length = Encoding.UTF8.GetMaxCharCount(line.WrittenCount);
        if (chars.Length < length)
        {
            chars = new char[Math.Max(length, chars.Length * 2)];
        }
        int written = Encoding.UTF8.GetChars(line.WrittenSpan, chars);
        output.WriteLine(chars.AsSpan(0, written));
    }

    /// <summary>
    /// A field name or fixed value encoded once, as this writer escapes text, for a field written on every line: the
    /// writer then copies its UTF-8 bytes instead of transcoding and escape-checking the name each time.
    /// </summary>
    internal static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, Options.Encoder);

    /// <summary>A string field; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void String(string name, string? value) => String(Encode(name), value);

    /// <summary>A string field; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void String(JsonEncodedText name, string? value) => json.WriteString(name, value);

    /// <summary>A string field whose value is encoded once (<see cref="Encode"/>).</summary>
    internal void String(JsonEncodedText name, JsonEncodedText value) => json.WriteString(name, value);

    /// <summary>An integer field.</summary>
    internal void Number(string name, int value) => Number(Encode(name), value);

    /// <summary>An integer field.</summary>
    internal void Number(JsonEncodedText name, int value) => json.WriteNumber(name, value);

    /// <summary>A number field, as exact as the decimal; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Number(string name, decimal? value) => Number(Encode(name), value);

    /// <summary>A number field, as exact as the decimal; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Number(JsonEncodedText name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>An array of one or two numbers, each as exact as the decimal; <c>null</c> when <paramref name="first"/> is null.</summary>
    internal void Numbers(JsonEncodedText name, decimal? first, decimal? second)
    {
        if (first is not { } one)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartArray(name);
        json.WriteNumberValue(one);
        if (second is { } two)
        {
            json.WriteNumberValue(two);
        }
        json.WriteEndArray();
    }

    /// <summary>A date field as ISO yyyy-MM-dd, as <see cref="LocalDatePattern.Iso"/> writes it; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Date(JsonEncodedText name, LocalDate? value)
    {
        if (value is not { } date)
        {
            json.WriteNull(name);
            return;
        }
        if (date.Year is < 0 or > 9999)
        {
            json.WriteString(name, LocalDatePattern.Iso.Format(date));
            return;
        }
        // The years the scanners read: four digits, month and day two, written straight as UTF-8.
        Span<byte> text = stackalloc byte[10];
        Digits(text[..4], date.Year);
        text[4] = (byte)'-';
        Digits(text[5..7], date.Month);
        text[7] = (byte)'-';
        Digits(text[8..], date.Day);
        json.WriteString(name, text);
    }

    private static void Digits(Span<byte> into, int value)
    {
        for (int i = into.Length - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>A boolean field; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Boolean(string name, bool? value) => Boolean(Encode(name), value);

    /// <summary>A boolean field; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Boolean(JsonEncodedText name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>An enum value by its kebab-case name; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Name<TEnum>(string name, TEnum? value) where TEnum : struct, Enum => Name(Encode(name), value);

    /// <summary>An enum value by its kebab-case name; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Name<TEnum>(JsonEncodedText name, TEnum? value) where TEnum : struct, Enum
    {
        if (value is { } v)
        {
            json.WriteString(name, EncodedNames<TEnum>.Of(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>The flags set in <paramref name="value"/> as an array of kebab-case names, lowest first; empty when none.</summary>
    internal void Flags<TEnum>(JsonEncodedText name, TEnum value) where TEnum : struct, Enum
    {
        json.WriteStartArray(name);
        foreach (var flag in KebabCaseNames<TEnum>.Named)
        {
            if (value.HasFlag(flag))
            {
                json.WriteStringValue(EncodedNames<TEnum>.Of(flag));
            }
        }
        json.WriteEndArray();
    }

    /// <summary>An array of strings.</summary>
    internal void Strings(string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    /// <summary>Starts an array field; its elements are objects (<see cref="StartObject"/>) until <see cref="EndArray"/>.</summary>
    internal void StartArray(string name) => json.WriteStartArray(name);

    /// <summary>Ends the array started last.</summary>
    internal void EndArray() => json.WriteEndArray();

    /// <summary>Starts an object inside an array; its fields are written with the field methods until <see cref="EndObject"/>.</summary>
    internal void StartObject() => json.WriteStartObject();

    /// <summary>Ends the object started last.</summary>
    internal void EndObject() => json.WriteEndObject();

    public void Dispose() => json.Dispose();

    /// <summary>The kebab-case names of an enum's values, encoded once for the writer.</summary>
    private static class EncodedNames<TEnum> where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, JsonEncodedText> Names = Build();

        internal static JsonEncodedText Of(TEnum value) => Names[value];

        private static Dictionary<TEnum, JsonEncodedText> Build()
        {
            var names = new Dictionary<TEnum, JsonEncodedText>();
            foreach (var value in KebabCaseNames<TEnum>.Named)
            {
                names[value] = Encode(KebabCaseNames<TEnum>.ToText(value));
            }
            return names;
        }
    }
}
