using System;
using System.Buffers;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;

namespace ConflictData.Cli.Commands;

/// <summary>
/// "conflictdata list [--format table|jsonl]": every estimate of the embedded seed corpus, as a table for people
/// (at most 120 columns) or as one JSON object per line for scripts.
/// </summary>
internal sealed class ListCommand : ICommand
{
    private const int IdWidth = 33;
    private const int FigureWidth = 40;
    private const int WhenWidth = 22;
    private const int SourceWidth = 19;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Name => "list";

    public string Usage => "conflictdata list [--format table|jsonl]";

    public string Summary => "Prints every estimate of the embedded seed corpus, as a table or as one JSON object per line.";

    public int Run(ArgumentReader args, TextWriter stdout, TextWriter stderr)
    {
        string format = args.Choice("--format", "table", "jsonl");
        args.EnsureAllUsed();
        var corpus = SeedCorpus.Load();
        if (format == "jsonl")
        {
            WriteJsonLines(corpus, stdout);
        }
        else
        {
            WriteTable(corpus, stdout);
        }
        return ExitCodes.Success;
    }

    private static void WriteTable(Corpus corpus, TextWriter stdout)
    {
        WriteRow(stdout, "ID", "FIGURE", "WHEN", "SOURCE");
        WriteRow(stdout, new string('-', IdWidth), new string('-', FigureWidth), new string('-', WhenWidth), new string('-', SourceWidth));
        foreach (var estimate in corpus.Estimates)
        {
            WriteRow(stdout, estimate.Id, estimate.ToString(), When(estimate.ReferenceTime), Origin(estimate));
        }
        stdout.WriteLine();
        stdout.WriteLine($"{corpus.Estimates.Length} estimates in {corpus.Documents.Length} documents; 'conflictdata show ID' prints one with its sentence.");
    }

    private static void WriteRow(TextWriter stdout, string id, string figure, string when, string source) =>
        stdout.WriteLine(string.Join("  ", Cell(id, IdWidth), Cell(figure, FigureWidth), Cell(when, WhenWidth), Cell(source, SourceWidth)).TrimEnd());

    /// <summary><paramref name="text"/> padded or cut to <paramref name="width"/> characters, a cut marked by "…".</summary>
    private static string Cell(string text, int width) =>
        text.Length <= width ? text.PadRight(width) : string.Concat(text.AsSpan(0, width - 1), "…");

    /// <summary>The reference time in few characters: "2018-07", "since 2014", "as of 2017-10", "2019-03-11/03-20".</summary>
    private static string When(ReferenceTime? reference)
    {
        if (reference is null)
        {
            return "-";
        }
        var anchor = reference.Anchor;
        string range = anchor.Precision == DatePrecision.Span && anchor.Start.Year == anchor.End.Year
            ? $"{LocalDatePattern.Iso.Format(anchor.Start)}/{anchor.End.ToString("MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
            : anchor.ToString();
        return reference.Kind switch
        {
            ReferenceTimeKind.Since => "since " + range,
            ReferenceTimeKind.AsOf => "as of " + range,
            _ => range,
        };
    }

    /// <summary>Who the figure comes from: the innermost link of its first chain, and how many other chains there are.</summary>
    private static string Origin(Estimate estimate) =>
        estimate.Sources.IsEmpty ? "-"
        : estimate.Sources.Length == 1 ? estimate.Sources[0].Origin.Name
        : $"{estimate.Sources[0].Origin.Name} +{estimate.Sources.Length - 1}";

    private static void WriteJsonLines(Corpus corpus, TextWriter stdout)
    {
        var buffer = new ArrayBufferWriter<byte>();
        foreach (var estimate in corpus.Estimates)
        {
            buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
            {
                WriteJson(writer, corpus.GetDocument(estimate), estimate);
            }
            stdout.WriteLine(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    private static void WriteJson(Utf8JsonWriter writer, Document document, Estimate estimate)
    {
        var evidence = estimate.Evidence[0];
        var value = estimate.Quantity.Value;
        writer.WriteStartObject();
        writer.WriteString("id", estimate.Id);
        writer.WriteString("document", FileName(document));
        writer.WriteNumber("start", evidence.Span.Start);
        writer.WriteNumber("end", evidence.Span.End);
        writer.WriteString("quote", evidence.Quote);
        writer.WriteBoolean("inBody", document.IsInBody(evidence.Span));
        WriteNumberOrNull(writer, "low", value.Lower?.Value);
        WriteNumberOrNull(writer, "high", value.Upper?.Value);
        WriteBoolOrNull(writer, "lowInclusive", value.Lower?.IsInclusive);
        WriteBoolOrNull(writer, "highInclusive", value.Upper?.IsInclusive);
        WriteNumberOrNull(writer, "best", value.Best);
        writer.WriteString("hedge", estimate.Hedge.Text);
        writer.WriteString("unit", estimate.Quantity.Unit.Code);
        writer.WriteString("noun", estimate.Noun);
        writer.WriteString("figure", estimate.ToString());
        writer.WriteString("indicator", estimate.Measurand.Indicator.Code);
        writer.WriteString("actor", estimate.Measurand.Actor);
        WriteStrings(writer, "places", estimate.Measurand.Places.Select(p => p.Code));
        writer.WriteString("region", estimate.Measurand.Region);
        WriteStrings(writer, "qualifiers", estimate.Measurand.Qualifiers);
        writer.WriteString("referenceKind", estimate.ReferenceTime is { } r ? ReferenceKindName(r.Kind) : null);
        writer.WriteString("referenceFrom", IsoDate(estimate.ReferenceTime?.From));
        writer.WriteString("referenceTo", IsoDate(estimate.ReferenceTime?.To));
        writer.WriteString("published", Published(estimate.Published));
        writer.WriteString("publishedFrom", IsoDate(estimate.Published?.Earliest));
        writer.WriteString("publishedTo", IsoDate(estimate.Published?.Latest));
        writer.WriteString("outlet", document.Outlet);
        writer.WriteString("source", Sources(estimate));
        writer.WriteString("confidence", estimate.Confidence?.Text);
        writer.WriteString("confidenceLevel", estimate.Confidence?.Level.ToString().ToLowerInvariant());
        writer.WriteEndObject();
    }

    /// <summary>The seed file the document was read from: its id with ".txt".</summary>
    internal static string FileName(Document document) => document.Id.Value + ".txt";

    /// <summary>Every source chain as one readable string: links joined by " → ", chains by "; ".</summary>
    internal static string Sources(Estimate estimate) => string.Join("; ", estimate.Sources);

    /// <summary>The publication time as ISO text: a zoned time, a date, or "from/to" bounds.</summary>
    internal static string? Published(PublicationTime? published) => published?.Kind switch
    {
        null => null,
        PublicationTimeKind.Bounded => $"{IsoDate(published.Earliest)}/{IsoDate(published.Latest)}",
        _ => published.ToString(),
    };

    private static string ReferenceKindName(ReferenceTimeKind kind) => kind switch
    {
        ReferenceTimeKind.AsOf => "as-of",
        ReferenceTimeKind.Since => "since",
        _ => "during",
    };

    private static string? IsoDate(NodaTime.LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, decimal? number)
    {
        if (number is { } n)
        {
            writer.WriteNumber(name, n);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteBoolOrNull(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } v)
        {
            writer.WriteBoolean(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, System.Collections.Generic.IEnumerable<string> items)
    {
        writer.WriteStartArray(name);
        foreach (string item in items)
        {
            writer.WriteStringValue(item);
        }
        writer.WriteEndArray();
    }
}
