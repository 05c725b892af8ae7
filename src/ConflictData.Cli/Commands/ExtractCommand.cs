using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictData.Serialization;
using ConflictData.Text;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Cli.Commands;

/// <summary>
/// "conflictdata extract FILE [--published yyyy-MM-dd] [--format table|jsonl]": every quantity and date expression in
/// a UTF-8 text file, with UTF-16 offsets into the file's text.
/// </summary>
/// <remarks>
/// The jsonl fields are a contract: kind, start, end (exclusive), text; for quantities low, high (null when open),
/// lowInclusive, highInclusive, best, hedge (the words as stated, null when none), hedgeKinds (an array of
/// the JSON format's kebab-case names, such as ["range", "estimated"]; empty when none), unit (code, null when
/// the text names none), noun, stated (the number or two numbers as stated, an array such as [40000] for "some
/// 40,000" or [14000, 18000] for "between 14,000 and 18,000"; null when the words state none, as "hundreds"); for dates from, to (ISO, inclusive; to is null for "since"), precision, reference
/// (during, since, as-of), status, and message when the phrase did not resolve plainly.
/// </remarks>
internal sealed class ExtractCommand : ICommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "extract";

    public string Usage => "conflictdata extract FILE [--published yyyy-MM-dd] [--format table|jsonl]";

    public string Summary => "List every hedged quantity and date expression in an English text file, with its span.";

    public int Run(ArgumentReader args, TextWriter stdout, TextWriter stderr)
    {
        string? published = args.Option("--published");
        string format = args.Choice("--format", "table", "jsonl");
        string path = args.Positional("FILE");
        args.EnsureAllUsed();

        PublicationTime? publication = null;
        if (published is not null)
        {
            var date = LocalDatePattern.Iso.Parse(published);
            if (!date.Success)
            {
                stderr.WriteLine($"conflictdata extract: --published '{published}' is not a date; expected yyyy-MM-dd, such as 2019-03-24.");
                return ExitCodes.Usage;
            }
            publication = PublicationTime.OnDate(date.Value);
        }
        if (!TryRead(path, out string text, out string? error))
        {
            stderr.WriteLine($"conflictdata extract: {error}");
            return ExitCodes.Failure;
        }
        var document = new Document(new DocumentId(IdFor(path)), text, publication);
        var found = TextExtractor.Default.Extract(document);
        if (format == "jsonl")
        {
            WriteJsonLines(found, stdout);
        }
        else
        {
            WriteTable(found, stdout);
        }
        return ExitCodes.Success;
    }

    private static bool TryRead(string path, out string text, out string? error)
    {
        text = "";
        error = null;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = $"file '{path}' does not exist.";
        }
        catch (DecoderFallbackException)
        {
            error = $"file '{path}' is not UTF-8 text.";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read '{path}': {e.Message}";
        }
        return false;
    }

    /// <summary>The file name without extension, reduced to the characters a document id allows.</summary>
    private static string IdFor(string path)
    {
        var id = new StringBuilder();
        foreach (char c in Path.GetFileNameWithoutExtension(path))
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        }
        return DocumentId.IsValid(id.ToString()) ? id.ToString() : "document";
    }

    private static void WriteJsonLines(ExtractionResult found, TextWriter stdout)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var (quantity, date) in Merged(found))
        {
            buffer.Clear();
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                if (quantity is not null)
                {
                    WriteQuantity(json, quantity);
                }
                else
                {
                    WriteDate(json, date!);
                }
                json.WriteEndObject();
            }
            stdout.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    private static void WriteQuantity(Utf8JsonWriter json, QuantityMention mention)
    {
        var phrase = mention.Phrase;
        var value = phrase.Value;
        WriteCommon(json, "quantity", mention.Span, mention.Text);
        WriteNumberOrNull(json, "low", value.Lower?.Value);
        WriteNumberOrNull(json, "high", value.Upper?.Value);
        WriteBoolOrNull(json, "lowInclusive", value.Lower?.IsInclusive);
        WriteBoolOrNull(json, "highInclusive", value.Upper?.IsInclusive);
        WriteNumberOrNull(json, "best", value.Best);
        WriteStringOrNull(json, "hedge", phrase.Hedge.Kinds == HedgeKinds.None ? null : phrase.Hedge.Text);
        json.WriteStartArray("hedgeKinds");
        foreach (var kind in KebabCaseNames<HedgeKinds>.Flags(phrase.Hedge.Kinds))
        {
            json.WriteStringValue(KebabCaseNames<HedgeKinds>.ToText(kind));
        }
        json.WriteEndArray();
        WriteStringOrNull(json, "unit", phrase.Unit?.Code);
        WriteStringOrNull(json, "noun", phrase.Noun);
        if (phrase.Stated is { } stated)
        {
            json.WriteStartArray("stated");
            json.WriteNumberValue(stated.First);
            if (stated.Second is { } second)
            {
                json.WriteNumberValue(second);
            }
            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("stated");
        }
    }

    private static void WriteDate(Utf8JsonWriter json, DateMention mention)
    {
        WriteCommon(json, "date", mention.Span, mention.Text);
        var time = mention.Resolution.ValueOrNull;
        WriteStringOrNull(json, "from", time is null ? null : LocalDatePattern.Iso.Format(time.From));
        WriteStringOrNull(json, "to", time?.To is { } to ? LocalDatePattern.Iso.Format(to) : null);
        WriteStringOrNull(json, "precision", time is null ? null : Lower(time.Anchor.Precision.ToString()));
        WriteStringOrNull(json, "reference", time is null ? null : time.Kind == ReferenceTimeKind.AsOf ? "as-of" : Lower(time.Kind.ToString()));
        json.WriteString("status", Lower(mention.Resolution.Status.ToString()));
        if (mention.Resolution.Message is { } message)
        {
            json.WriteString("message", message);
        }
    }

    private static void WriteCommon(Utf8JsonWriter json, string kind, TextSpan span, string text)
    {
        json.WriteString("kind", kind);
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteString("text", text);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? number)
    {
        if (number is { } n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteBoolOrNull(Utf8JsonWriter json, string name, bool? flag)
    {
        if (flag is { } f)
        {
            json.WriteBoolean(name, f);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? text)
    {
        if (text is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, text);
        }
    }

    private static void WriteTable(ExtractionResult found, TextWriter stdout)
    {
        stdout.WriteLine($"{"span",-14} {"kind",-8} {"text",-44} meaning");
        foreach (var (quantity, date) in Merged(found))
        {
            (TextSpan span, string kind, string text, string meaning) = quantity is not null
                ? (quantity.Span, "quantity", quantity.Text, quantity.Phrase.ToString())
                : (date!.Span, "date", date.Text, date.Resolution.ToString());
            stdout.WriteLine($"{span.ToString(),-14} {kind,-8} {OneLine(text),-44} {meaning}");
        }
        stdout.WriteLine($"{found.Quantities.Length.ToString(CultureInfo.InvariantCulture)} quantities, {found.Dates.Length.ToString(CultureInfo.InvariantCulture)} dates.");
    }

    /// <summary>Quantities and dates in one list, in text order.</summary>
    private static System.Collections.Generic.IEnumerable<(QuantityMention? Quantity, DateMention? Date)> Merged(ExtractionResult found)
    {
        int q = 0;
        int d = 0;
        while (q < found.Quantities.Length || d < found.Dates.Length)
        {
            bool quantityFirst = d == found.Dates.Length
                || (q < found.Quantities.Length && found.Quantities[q].Span.Start <= found.Dates[d].Span.Start);
            yield return quantityFirst ? (found.Quantities[q++], null) : (null, found.Dates[d++]);
        }
    }

    private static string OneLine(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Lower(string name)
    {
        var words = new StringBuilder();
        foreach (char c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append('-');
            }
            words.Append(char.ToLowerInvariant(c));
        }
        return words.ToString();
    }
}
