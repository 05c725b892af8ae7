using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using ConflictData.Text;

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
    // Every field name and fixed value, encoded once: the tool writes them on every one of millions of lines.
    private static readonly JsonEncodedText DocumentField = JsonLinesWriter.Encode("document");
    private static readonly JsonEncodedText KindField = JsonLinesWriter.Encode("kind");
    private static readonly JsonEncodedText StartField = JsonLinesWriter.Encode("start");
    private static readonly JsonEncodedText EndField = JsonLinesWriter.Encode("end");
    private static readonly JsonEncodedText TextField = JsonLinesWriter.Encode("text");
    private static readonly JsonEncodedText LowField = JsonLinesWriter.Encode("low");
    private static readonly JsonEncodedText HighField = JsonLinesWriter.Encode("high");
    private static readonly JsonEncodedText LowInclusiveField = JsonLinesWriter.Encode("lowInclusive");
    private static readonly JsonEncodedText HighInclusiveField = JsonLinesWriter.Encode("highInclusive");
    private static readonly JsonEncodedText BestField = JsonLinesWriter.Encode("best");
    private static readonly JsonEncodedText HedgeField = JsonLinesWriter.Encode("hedge");
    private static readonly JsonEncodedText HedgeKindsField = JsonLinesWriter.Encode("hedgeKinds");
    private static readonly JsonEncodedText UnitField = JsonLinesWriter.Encode("unit");
    private static readonly JsonEncodedText NounField = JsonLinesWriter.Encode("noun");
    private static readonly JsonEncodedText StatedField = JsonLinesWriter.Encode("stated");
    private static readonly JsonEncodedText FromField = JsonLinesWriter.Encode("from");
    private static readonly JsonEncodedText ToField = JsonLinesWriter.Encode("to");
    private static readonly JsonEncodedText PrecisionField = JsonLinesWriter.Encode("precision");
    private static readonly JsonEncodedText ReferenceField = JsonLinesWriter.Encode("reference");
    private static readonly JsonEncodedText StatusField = JsonLinesWriter.Encode("status");
    private static readonly JsonEncodedText MessageField = JsonLinesWriter.Encode("message");
    private static readonly JsonEncodedText TermField = JsonLinesWriter.Encode("term");
    private static readonly JsonEncodedText PolicyField = JsonLinesWriter.Encode("policy");
    private static readonly JsonEncodedText Quantity = JsonLinesWriter.Encode("quantity");
    private static readonly JsonEncodedText Date = JsonLinesWriter.Encode("date");
    private static readonly JsonEncodedText Likelihood = JsonLinesWriter.Encode("likelihood");
    private static readonly JsonEncodedText Resolved = JsonLinesWriter.Encode("resolved");
    private static readonly JsonEncodedText Ambiguous = JsonLinesWriter.Encode("ambiguous-within-publication-bounds");
    private static readonly JsonEncodedText Unresolved = JsonLinesWriter.Encode("unresolved");
    private static readonly JsonEncodedText NotADate = JsonLinesWriter.Encode("not-a-date");
    private static readonly JsonEncodedText DefaultPolicy = JsonLinesWriter.Encode(TextExtractor.Default.Likelihoods.Policy.Name);

    /// <summary>Writes the mentions of one piece, shifted by its offset.</summary>
    internal static void Write(JsonLinesWriter json, TextPiece piece)
    {
        var document = JsonLinesWriter.Encode(piece.Document.Id.Value);
        var (quantities, dates, likelihoods) = (piece.Found!.Quantities, piece.Found.Dates, piece.Found.Likelihoods);
        int q = 0, d = 0, l = 0;
        while (Next(quantities, dates, likelihoods, ref q, ref d, ref l) is { } mention)
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
    internal static IEnumerable<Mention> Merged(ExtractionResult found)
    {
        int q = 0, d = 0, l = 0;
        while (Next(found.Quantities, found.Dates, found.Likelihoods, ref q, ref d, ref l) is { } mention)
        {
            yield return mention;
        }
    }

    /// <summary>The next mention of the three-way merge, or null after the last.</summary>
    /// <remarks>Each list is in text order already, so one merge pass orders them, as a stable sort by start would.</remarks>
    private static Mention? Next(ImmutableArray<QuantityMention> quantities, ImmutableArray<DateMention> dates,
        ImmutableArray<LikelihoodMention> likelihoods, ref int q, ref int d, ref int l)
    {
        int qs = q < quantities.Length ? quantities[q].Span.Start : int.MaxValue;
        int ds = d < dates.Length ? dates[d].Span.Start : int.MaxValue;
        int ls = l < likelihoods.Length ? likelihoods[l].Span.Start : int.MaxValue;
        if (qs == int.MaxValue && ds == int.MaxValue && ls == int.MaxValue)
        {
            return null;
        }
        if (qs <= ds && qs <= ls)
        {
            return quantities[q++];
        }
        return ds <= ls ? dates[d++] : likelihoods[l++];
    }

    private static void WriteQuantity(JsonLinesWriter json, JsonEncodedText document, int offset, QuantityMention mention)
    {
        var phrase = mention.Phrase;
        var value = phrase.Value;
        WriteCommon(json, document, Quantity, offset, mention);
        json.Number(LowField, value.Lower?.Value);
        json.Number(HighField, value.Upper?.Value);
        json.Boolean(LowInclusiveField, value.Lower?.IsInclusive);
        json.Boolean(HighInclusiveField, value.Upper?.IsInclusive);
        json.Number(BestField, value.Best);
        json.String(HedgeField, phrase.Hedge.Kinds == HedgeKinds.None ? null : phrase.Hedge.Text);
        json.Flags(HedgeKindsField, phrase.Hedge.Kinds);
        json.String(UnitField, phrase.Unit?.Code);
        json.String(NounField, phrase.Noun);
        json.Numbers(StatedField, phrase.Stated?.First, phrase.Stated?.Second);
    }

    private static void WriteDate(JsonLinesWriter json, JsonEncodedText document, int offset, DateMention mention)
    {
        WriteCommon(json, document, Date, offset, mention);
        var result = mention.Resolution;
        var time = result.Success ? result.Value : null;
        json.Date(FromField, time?.From);
        json.Date(ToField, time?.To);
        json.Name(PrecisionField, time?.Anchor.Precision);
        json.Name(ReferenceField, time?.Kind);
        json.String(StatusField, Status(result));
        if (result.Error is { } error)
        {
            json.String(MessageField, error.Message);
        }
    }

    private static void WriteLikelihood(JsonLinesWriter json, JsonEncodedText document, int offset, LikelihoodMention mention)
    {
        WriteCommon(json, document, Likelihood, offset, mention);
        json.Name(TermField, (EstimativeTerm?)mention.Phrase.Term);
        json.Number(LowField, mention.Likelihood?.Low);
        json.Number(HighField, mention.Likelihood?.High);
        if (mention.Likelihood is { } likelihood)
        {
            json.String(PolicyField, likelihood.Policy);
            return;
        }
        json.String(PolicyField, DefaultPolicy);
    }

    // The status words of the jsonl contract, from before dates shared the library's one ParseResult.
    private static JsonEncodedText Status(ConflictData.Text.ParseResult<ReferenceTime> result) => result.Error?.Code switch
    {
        null => result.IsAmbiguous ? Ambiguous : Resolved,
        ParseErrorCode.NeedsPublicationTime or ParseErrorCode.Unresolvable => Unresolved,
        _ => NotADate,
    };

    private static void WriteCommon(JsonLinesWriter json, JsonEncodedText document, JsonEncodedText kind, int offset, Mention mention)
    {
        json.String(DocumentField, document);
        json.String(KindField, kind);
        json.Number(StartField, offset + mention.Span.Start);
        json.Number(EndField, offset + mention.Span.End);
        json.String(TextField, mention.Text);
    }
}
