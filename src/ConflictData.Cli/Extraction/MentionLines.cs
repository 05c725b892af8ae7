using System.Collections.Generic;
using ConflictData.Text;
using NodaTime.Text;

namespace ConflictData.Cli.Extraction;

/// <summary>
/// The jsonl contract of <c>extract</c>: one line per mention, in text order.
/// </summary>
/// <remarks>
/// Fields, in order: document (the document id), kind, start, end (exclusive UTF-16 offsets into the whole document),
/// text; for quantities low, high (null when open), lowInclusive, highInclusive, best, hedge (the words as stated, null
/// when none), hedgeKinds (an array of the JSON format's kebab-case names, such as ["range", "estimated"]; empty when
/// none), unit (code, null when the text names none), noun; for dates from, to (ISO, inclusive; to is null for
/// "since"), precision, reference (during, since, as-of), status, and message when the phrase did not resolve plainly.
/// </remarks>
internal static class MentionLines
{
    /// <summary>Writes the mentions of one piece, shifted by its offset.</summary>
    internal static void Write(JsonLinesWriter json, TextPiece piece)
    {
        string document = piece.Document.Id.Value;
        foreach (var (quantity, date) in Merged(piece.Found!))
        {
            json.StartLine();
            if (quantity is not null)
            {
                WriteQuantity(json, document, piece.Offset, quantity);
            }
            else
            {
                WriteDate(json, document, piece.Offset, date!);
            }
            json.EndLine();
        }
    }

    /// <summary>Quantities and dates in one list, in text order.</summary>
    internal static IEnumerable<(QuantityMention? Quantity, DateMention? Date)> Merged(ExtractionResult found)
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

    private static void WriteQuantity(JsonLinesWriter json, string document, int offset, QuantityMention mention)
    {
        var phrase = mention.Phrase;
        var value = phrase.Value;
        WriteCommon(json, document, "quantity", offset, mention);
        json.Number("low", value.Lower?.Value);
        json.Number("high", value.Upper?.Value);
        json.Boolean("lowInclusive", value.Lower?.IsInclusive);
        json.Boolean("highInclusive", value.Upper?.IsInclusive);
        json.Number("best", value.Best);
        json.String("hedge", phrase.Hedge.Kinds == HedgeKinds.None ? null : phrase.Hedge.Text);
        json.Flags("hedgeKinds", phrase.Hedge.Kinds);
        json.String("unit", phrase.Unit?.Code);
        json.String("noun", phrase.Noun);
    }

    private static void WriteDate(JsonLinesWriter json, string document, int offset, DateMention mention)
    {
        WriteCommon(json, document, "date", offset, mention);
        var result = mention.Resolution;
        var time = result.Success ? result.Value : null;
        json.String("from", time is null ? null : LocalDatePattern.Iso.Format(time.From));
        json.String("to", time?.To is { } to ? LocalDatePattern.Iso.Format(to) : null);
        json.Name("precision", time?.Anchor.Precision);
        json.Name("reference", time?.Kind);
        json.String("status", Status(result));
        if (result.Error is { } error)
        {
            json.String("message", error.Message);
        }
    }

    // The status words of the jsonl contract, from before dates shared the library's one ParseResult.
    private static string Status(ConflictData.Text.ParseResult<ReferenceTime> result) => result.Error?.Code switch
    {
        null => result.IsAmbiguous ? "ambiguous-within-publication-bounds" : "resolved",
        ParseErrorCode.NeedsPublicationTime or ParseErrorCode.Unresolvable => "unresolved",
        _ => "not-a-date",
    };

    private static void WriteCommon(JsonLinesWriter json, string document, string kind, int offset, Mention mention)
    {
        json.String("document", document);
        json.String("kind", kind);
        json.Number("start", offset + mention.Span.Start);
        json.Number("end", offset + mention.Span.End);
        json.String("text", mention.Text);
    }
}
