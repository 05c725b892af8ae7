using System;
using System.Buffers;
using System.Buffers.Text;
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
/// <para>The bytes are those <see cref="Utf8JsonWriter"/> writes with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// (the tests hold the two to the same bytes), made here as UTF-8 directly: <c>extract</c> writes millions of lines,
/// and the general writer's per-field state, buffer calls and escape search were a tenth of the tool's time
/// (benchmarks/README.md). Numbers are formatted by <see cref="Utf8Formatter"/>, as that writer formats them; text
/// that is printable ASCII without a quote or backslash (nearly all of it) is copied, and any other text is escaped by
/// <see cref="Utf8JsonWriter"/> itself. No reflection, so the tool stays trimmable and AOT-clean. Not thread-safe.</para>
/// </remarks>
internal sealed class JsonLinesWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    // Printable ASCII but the quote and the backslash: the characters every JSON encoder writes as themselves.
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private readonly TextWriter? output;
    private readonly IBufferWriter<byte>? lines;
    private byte[] line = new byte[1024];
    private int length;

    // Whether the next field or array element follows another in its object or array, and so needs a comma.
    private bool comma;

    private ArrayBufferWriter<byte>? escaped;
    private Utf8JsonWriter? escaper;
    private char[] chars = new char[1024];

    /// <summary>Writes each line to <paramref name="output"/> as it ends.</summary>
    internal JsonLinesWriter(TextWriter output)
    {
        this.output = output;
    }

    /// <summary>
    /// Appends each line, as UTF-8 with its line break, to <paramref name="lines"/>, so that a worker thread can make the
    /// lines and a writer thread copy the bytes out without decoding them.
    /// </summary>
    internal JsonLinesWriter(IBufferWriter<byte> lines)
    {
        this.lines = lines;
    }

    /// <summary>Starts the object of one line.</summary>
    internal void StartLine()
    {
        length = 0;
        Byte((byte)'{');
        comma = false;
    }

    /// <summary>Ends the object and writes it, with a line break, to the output.</summary>
    internal void EndLine()
    {
        Byte((byte)'}');
        if (lines is not null)
        {
            Byte((byte)'\n');
            line.AsSpan(0, length).CopyTo(lines.GetSpan(length));
            lines.Advance(length);
            return;
        }
        int needed = Encoding.UTF8.GetMaxCharCount(length);
        if (chars.Length < needed)
        {
            chars = new char[Math.Max(needed, chars.Length * 2)];
        }
        int written = Encoding.UTF8.GetChars(line.AsSpan(0, length), chars);
        output!.WriteLine(chars.AsSpan(0, written));
    }

    /// <summary>
    /// A field name or fixed value encoded once, as this writer escapes text, for a field written on every line: the
    /// writer then copies its UTF-8 bytes instead of transcoding and escape-checking the name each time.
    /// </summary>
    internal static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, Options.Encoder);

    /// <summary>A string field; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void String(string name, string? value) => String(Encode(name), value);

    /// <summary>A string field; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void String(JsonEncodedText name, string? value)
    {
        Name(name);
        StringValue(value);
    }

    /// <summary>A string field whose value is encoded once (<see cref="Encode"/>).</summary>
    internal void String(JsonEncodedText name, JsonEncodedText value)
    {
        Name(name);
        Quoted(value.EncodedUtf8Bytes);
    }

    /// <summary>An integer field.</summary>
    internal void Number(string name, int value) => Number(Encode(name), value);

    /// <summary>An integer field.</summary>
    internal void Number(JsonEncodedText name, int value)
    {
        Name(name);
        Room(11);
        Utf8Formatter.TryFormat(value, line.AsSpan(length), out int written);
        length += written;
    }

    /// <summary>A number field, as exact as the decimal; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Number(string name, decimal? value) => Number(Encode(name), value);

    /// <summary>A number field, as exact as the decimal; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Number(JsonEncodedText name, decimal? value)
    {
        Name(name);
        if (value is { } number)
        {
            NumberValue(number);
        }
        else
        {
            Bytes("null"u8);
        }
    }

    /// <summary>An array of one or two numbers, each as exact as the decimal; <c>null</c> when <paramref name="first"/> is null.</summary>
    internal void Numbers(JsonEncodedText name, decimal? first, decimal? second)
    {
        Name(name);
        if (first is not { } one)
        {
            Bytes("null"u8);
            return;
        }
        Byte((byte)'[');
        NumberValue(one);
        if (second is { } two)
        {
            Byte((byte)',');
            NumberValue(two);
        }
        Byte((byte)']');
    }

    /// <summary>A date field as ISO yyyy-MM-dd, as <see cref="LocalDatePattern.Iso"/> writes it; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Date(JsonEncodedText name, LocalDate? value)
    {
        Name(name);
        if (value is not { } date)
        {
            Bytes("null"u8);
            return;
        }
        if (date.Year is < 0 or > 9999)
        {
            StringValue(LocalDatePattern.Iso.Format(date));
            return;
        }
        // The years the scanners read: four digits, month and day two, written straight as UTF-8.
        Room(12);
        var text = line.AsSpan(length, 12);
        text[0] = (byte)'"';
        Digits(text[1..5], date.Year);
        text[5] = (byte)'-';
        Digits(text[6..8], date.Month);
        text[8] = (byte)'-';
        Digits(text[9..11], date.Day);
        text[11] = (byte)'"';
        length += 12;
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
        Name(name);
        Bytes(value switch { true => "true"u8, false => "false"u8, null => "null"u8 });
    }

    /// <summary>An enum value by its kebab-case name; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Name<TEnum>(string name, TEnum? value) where TEnum : struct, Enum => Name(Encode(name), value);

    /// <summary>An enum value by its kebab-case name; <c>null</c> when <paramref name="value"/> is null.</summary>
    internal void Name<TEnum>(JsonEncodedText name, TEnum? value) where TEnum : struct, Enum
    {
        Name(name);
        if (value is { } v)
        {
            Quoted(EncodedNames<TEnum>.Of(v).EncodedUtf8Bytes);
        }
        else
        {
            Bytes("null"u8);
        }
    }

    /// <summary>The flags set in <paramref name="value"/> as an array of kebab-case names, lowest first; empty when none.</summary>
    internal void Flags<TEnum>(JsonEncodedText name, TEnum value) where TEnum : struct, Enum
    {
        Name(name);
        Byte((byte)'[');
        bool first = true;
        foreach (var flag in KebabCaseNames<TEnum>.Named)
        {
            if (value.HasFlag(flag))
            {
                if (!first)
                {
                    Byte((byte)',');
                }
                Quoted(EncodedNames<TEnum>.Of(flag).EncodedUtf8Bytes);
                first = false;
            }
        }
        Byte((byte)']');
    }

    /// <summary>An array of strings.</summary>
    internal void Strings(string name, IEnumerable<string> values)
    {
        StartArray(name);
        foreach (string value in values)
        {
            Separate();
            StringValue(value);
            comma = true;
        }
        EndArray();
    }

    /// <summary>Starts an array field; its elements are objects (<see cref="StartObject"/>) until <see cref="EndArray"/>.</summary>
    internal void StartArray(string name)
    {
        Name(Encode(name));
        Byte((byte)'[');
        comma = false;
    }

    /// <summary>Ends the array started last.</summary>
    internal void EndArray()
    {
        Byte((byte)']');
        comma = true;
    }

    /// <summary>Starts an object inside an array; its fields are written with the field methods until <see cref="EndObject"/>.</summary>
    internal void StartObject()
    {
        Separate();
        Byte((byte)'{');
        comma = false;
    }

    /// <summary>Ends the object started last.</summary>
    internal void EndObject()
    {
        Byte((byte)'}');
        comma = true;
    }

    public void Dispose() => escaper?.Dispose();

    /// <summary>A field's name and its colon, after a comma unless it is the first of its object; the value follows.</summary>
    private void Name(JsonEncodedText name)
    {
        var bytes = name.EncodedUtf8Bytes;
        Room(bytes.Length + 4);
        if (comma)
        {
            line[length++] = (byte)',';
        }
        line[length++] = (byte)'"';
        bytes.CopyTo(line.AsSpan(length));
        length += bytes.Length;
        line[length++] = (byte)'"';
        line[length++] = (byte)':';
        comma = true;
    }

    private void Separate()
    {
        if (comma)
        {
            Byte((byte)',');
        }
    }

    private void NumberValue(decimal value)
    {
        // The longest decimal is 31 characters ("-0.0000000000000000000000000001", "-79228162514264337593543950335").
        Room(32);
        int written;
        if (value.Scale == 0 && !decimal.IsNegative(value) && value <= ulong.MaxValue)
        {
            // Whole numbers, nearly every figure of news: the same digits by the integer formatter, at a fraction of the
            // decimal one's cost. A whole decimal has no trailing zeros to keep and, not negative, no sign.
            Utf8Formatter.TryFormat((ulong)value, line.AsSpan(length), out written);
        }
        else
        {
            Utf8Formatter.TryFormat(value, line.AsSpan(length), out written);
        }
        length += written;
    }

    private void StringValue(string? value)
    {
        if (value is null)
        {
            Bytes("null"u8);
            return;
        }
        if (value.AsSpan().ContainsAnyExcept(Plain))
        {
            Escaped(value);
            return;
        }
        Room(value.Length + 2);
        line[length++] = (byte)'"';
        Ascii.FromUtf16(value, line.AsSpan(length), out int written);
        length += written;
        line[length++] = (byte)'"';
    }

    /// <summary>A string with characters to escape, quoted and escaped by <see cref="Utf8JsonWriter"/> itself: rare in
    /// news, and the encoder's rules (which characters, which escapes, lone surrogates) stay exactly its own.</summary>
    private void Escaped(string value)
    {
        escaped ??= new ArrayBufferWriter<byte>();
        escaper ??= new Utf8JsonWriter(escaped, Options);
        escaped.ResetWrittenCount();
        escaper.Reset();
        escaper.WriteStringValue(value);
        escaper.Flush();
        Bytes(escaped.WrittenSpan);
    }

    private void Quoted(ReadOnlySpan<byte> encoded)
    {
        Room(encoded.Length + 2);
        line[length++] = (byte)'"';
        encoded.CopyTo(line.AsSpan(length));
        length += encoded.Length;
        line[length++] = (byte)'"';
    }

    private void Bytes(ReadOnlySpan<byte> bytes)
    {
        Room(bytes.Length);
        bytes.CopyTo(line.AsSpan(length));
        length += bytes.Length;
    }

    private void Byte(byte value)
    {
        Room(1);
        line[length++] = value;
    }

    /// <summary>Makes room for <paramref name="count"/> more bytes in the line.</summary>
    private void Room(int count)
    {
        if (line.Length - length < count)
        {
            Array.Resize(ref line, Math.Max(line.Length * 2, length + count));
        }
    }

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
