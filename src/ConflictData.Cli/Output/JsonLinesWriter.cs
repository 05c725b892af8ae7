using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictData.Serialization;

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
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly TextWriter? output;
    private readonly ArrayBufferWriter<byte> buffer;
    private readonly Utf8JsonWriter json;
    private char[] line = new char[1024];

    /// <summary>Writes each line to <paramref name="output"/> as it ends.</summary>
    internal JsonLinesWriter(TextWriter output)
        : this(new ArrayBufferWriter<byte>()) => this.output = output;

    /// <summary>
    /// Appends each line, as UTF-8 with its line break, to <paramref name="lines"/>, so that a worker thread can make the
    /// lines and a writer thread copy the bytes out without decoding them.
    /// </summary>
    internal JsonLinesWriter(ArrayBufferWriter<byte> lines)
    {
        buffer = lines;
        json = new Utf8JsonWriter(buffer, Options);
    }

    /// <summary>Starts the object of one line.</summary>
    internal void StartLine()
    {
        if (output is not null)
        {
            buffer.ResetWrittenCount();
        }
        json.Reset();
        json.WriteStartObject();
    }

    /// <summary>Ends the object and writes it, with a line break, to the output.</summary>
    internal void EndLine()
    {
        json.WriteEndObject();
        json.Flush();
        if (output is null)
        {
            buffer.GetSpan(1)[0] = (byte)'\n';
            buffer.Advance(1);
            return;
        }
        int length = Encoding.UTF8.GetMaxCharCount(buffer.WrittenCount);
        if (line.Length < length)
        {
            line = new char[Math.Max(length, line.Length * 2)];
        }
        int written = Encoding.UTF8.GetChars(buffer.WrittenSpan, line);
        output.WriteLine(line.AsSpan(0, written));
    }

    /// <summary>A string field; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void String(string name, string? value) => json.WriteString(name, value);

    /// <summary>An integer field.</summary>
    internal void Number(string name, int value) => json.WriteNumber(name, value);

    /// <summary>A number field, as exact as the decimal; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Number(string name, decimal? value)
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

    /// <summary>An array of numbers, each as exact as the decimal; <c>null</c> when <paramref name="values"/> is null.</summary>
    internal void Numbers(string name, IReadOnlyList<decimal>? values)
    {
        if (values is null)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartArray(name);
        foreach (decimal value in values)
        {
            json.WriteNumberValue(value);
        }
        json.WriteEndArray();
    }

    /// <summary>A boolean field; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Boolean(string name, bool? value)
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
    internal void Name<TEnum>(string name, TEnum? value) where TEnum : struct, Enum =>
        json.WriteString(name, value is { } v ? KebabCaseNames<TEnum>.ToText(v) : null);

    /// <summary>The flags set in <paramref name="value"/> as an array of kebab-case names, lowest first; empty when none.</summary>
    internal void Flags<TEnum>(string name, TEnum value) where TEnum : struct, Enum
    {
        json.WriteStartArray(name);
        foreach (var flag in KebabCaseNames<TEnum>.Named)
        {
            if (value.HasFlag(flag))
            {
                json.WriteStringValue(KebabCaseNames<TEnum>.ToText(flag));
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
}
