using System;
using System.Collections.Immutable;
using ConflictData.Text;
using ConflictData.Utility;
using NodaTime;

namespace ConflictData.Tests.Fuzzing;

/// <summary>
/// What must hold for every text: no scanner or parser throws; every span lies inside the text and its quote is the
/// text at the span; mentions come in text order without overlaps; and whatever the formatters write of a found value
/// parses back to that value.
/// </summary>
internal static class FuzzChecks
{
    private static readonly PublicationTime Published = PublicationTime.OnDate(new LocalDate(2019, 3, 24));

    private static readonly DocumentId Id = new("fuzz");

    /// <summary>Why <paramref name="text"/> breaks a law, or null when it keeps them all.</summary>
    internal static string? Check(string text)
    {
        try
        {
            return CheckQuantities(text, QuantityScanner.Default.Scan(text))
                ?? CheckDates(text, DateScanner.Default.Scan(text, Published))
                ?? CheckExtraction(text)
                ?? CheckParsers(text);
        }
        catch (Exception e)
        {
            return $"threw {e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>Why formatting <paramref name="quantity"/> and parsing it back does not give it, or null when it does.</summary>
    internal static string? CheckRoundTrip(Quantity quantity)
    {
        try
        {
            string written = QuantityFormatter.Format(quantity);
            var read = QuantityParser.Default.Parse(written);
            return read.Success && quantity.Equals(read.Value.Quantity) ? null
                : $"\"{written}\" was written for {quantity.Value} {quantity.Unit} but reads back as {(read.Success ? read.Value.ToString() : read.Error)}";
        }
        catch (Exception e)
        {
            return $"round trip of {quantity.Value} {quantity.Unit} threw {e.GetType().Name}: {e.Message}";
        }
    }

    /// <summary>Why formatting <paramref name="time"/> and parsing it back does not give it, or null when it does.</summary>
    internal static string? CheckRoundTrip(ReferenceTime time)
    {
        string written = DateFormatter.Format(time);
        return DateParser.Default.TryParse(written, Published, out var read) && read.Equals(time) ? null
            : $"\"{written}\" was written for {time} but reads back as {DateParser.Default.Parse(written, Published)}";
    }

    private static string? CheckQuantities(string text, ImmutableArray<QuantityMention> mentions)
    {
        int end = 0;
        foreach (var mention in mentions)
        {
            if (SpanProblem(text, mention.Span, mention.Text, end) is { } problem)
            {
                return $"quantity {mention}: {problem}";
            }
            end = mention.Span.End;
            if (mention.Phrase.Quantity is { } quantity && CheckRoundTrip(quantity) is { } trip)
            {
                return $"quantity {mention}: {trip}";
            }
            QuantityParser.Default.Parse(mention.Text);
        }
        return null;
    }

    private static string? CheckDates(string text, ImmutableArray<DateMention> mentions)
    {
        int end = 0;
        foreach (var mention in mentions)
        {
            if (SpanProblem(text, mention.Span, mention.Text, end) is { } problem)
            {
                return $"date {mention}: {problem}";
            }
            end = mention.Span.End;
            if (mention.Resolution is { Success: true } resolved && CheckRoundTrip(resolved.Value) is { } trip)
            {
                return $"date {mention}: {trip}";
            }
            DateParser.Default.Parse(mention.Text, Published);
        }
        return null;
    }

    private static string? CheckExtraction(string text)
    {
        // Brackets keep every fuzzed text from being blank; text with a lone surrogate is not Unicode and is refused.
        string body = "[" + text + "]";
        if (Preconditions.LoneSurrogateIndex(body) >= 0)
        {
            var refused = Record.Exception(() => new Document(Id, body, Published));
            return refused is ArgumentException { ParamName: "text" } ? null : $"a document text with a lone surrogate gave {refused?.GetType().Name ?? "no error"}";
        }
        var found = TextExtractor.Default.Extract(new Document(Id, body, Published));
        foreach (var quantity in found.Quantities)
        {
            if (SpanProblem(body, quantity.Span, quantity.Text, 0) is { } problem)
            {
                return $"extracted quantity {quantity}: {problem}";
            }
        }
        foreach (var date in found.Dates)
        {
            if (SpanProblem(body, date.Span, date.Text, 0) is { } problem)
            {
                return $"extracted date {date}: {problem}";
            }
        }
        return null;
    }

    private static string? CheckParsers(string text)
    {
        QuantityParser.Default.Parse(text);
        DateParser.Default.Parse(text, Published);
        DateParser.Default.Parse(text, null);
        return null;
    }

    private static string? SpanProblem(string text, TextSpan span, string quote, int previousEnd)
    {
        if (span.Start < previousEnd || span.End > text.Length || span.Length == 0)
        {
            return $"span {span} is outside the text of {text.Length} characters, empty, or overlaps the mention before (ending at {previousEnd})";
        }
        return string.Equals(text.Substring(span.Start, span.Length), quote, StringComparison.Ordinal) ? null : "the quote differs from the text at its span";
    }
}
