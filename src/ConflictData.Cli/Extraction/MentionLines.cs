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
/// none), unit (code, null when the text names none), noun, stated (the number or two numbers as stated, an array such
/// as [40000] for "some 40,000" or [14000, 18000] for "between 14,000 and 18,000"; null when the words state none, as
/// "hundreds"); for dates from, to (ISO, inclusive; to is null for
/// "since"), precision, reference (during, since, as-of), status, and message when the phrase did not resolve plainly;
/// for likelihoods (kind "likelihood", the words in text) term (the kebab-case EstimativeTerm, such as "likely",
/// "belief", "stated-percentage", "less-likely"), low, high (probabilities from 0 to 1; null for a comparative) and policy.
/// </remarks>
internal static class MentionLines
{
    /// <summary>Writes the mentions of one piece, shifted by its offset.</summary>
    internal static void Write(JsonLinesWriter json, TextPiece piece)
    {
        string document = piece.Document.Id.Value;
        foreach (var mention in Merged(piece.Found!))
        {
            json.StartLine();
            switch (mention)
            {
                case QuantityMention quantity:
                    WriteQuantity(json, document, piece.Offset, quantity);
                    break;
                case DateMention date:
                    WriteDate(json, document, piece.Offset, date);
                    break;
                case LikelihoodMention likelihood:
                    WriteLikelihood(json, document, piece.Offset, likelihood);
                    break;
            }
            json.EndLine();
        }
    }

    /// <summary>Quantities, dates and likelihoods in one list, in text order; at one start, quantity before date before likelihood.</summary>
    /// <remarks>Each list is in text order already, so one three-way merge pass orders them, as a stable sort by start would.</remarks>
    internal static IEnumerable<Mention> Merged(ExtractionResult found)
    {
        var (quantities, dates, likelihoods) = (found.Quantities, found.Dates, found.Likelihoods);
        int q = 0, d = 0, l = 0;
        while (q < quantities.Length || d < dates.Length || l < likelihoods.Length)
        {
            int qs = q < quantities.Length ? quantities[q].Span.Start : int.MaxValue;
            int ds = d < dates.Length ? dates[d].Span.Start : int.MaxValue;
            int ls = l < likelihoods.Length ? likelihoods[l].Span.Start : int.MaxValue;
            if (qs <= ds && qs <= ls)
            {
                yield return quantities[q++];
            }
            else if (ds <= ls)
            {
                yield return dates[d++];
            }
            else
            {
                yield return likelihoods[l++];
            }
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
        json.Numbers("stated", phrase.Stated is not { } stated ? null : stated.Second is { } second ? [stated.First, second] : [stated.First]);
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

    private static void WriteLikelihood(JsonLinesWriter json, string document, int offset, LikelihoodMention mention)
    {
        WriteCommon(json, document, "likelihood", offset, mention);
        json.Name("term", (EstimativeTerm?)mention.Phrase.Term);
        json.Number("low", mention.Likelihood?.Low);
        json.Number("high", mention.Likelihood?.High);
        json.String("policy", mention.Likelihood?.Policy ?? TextExtractor.Default.Likelihoods.Policy.Name);
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
