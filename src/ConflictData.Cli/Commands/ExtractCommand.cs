using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ConflictData.Text;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata extract FILE [--published yyyy-MM-dd] [--format table|jsonl] [--max-document-bytes N]</c>: every
/// quantity, date expression and estimative expression in a text file, with UTF-16 offsets into the file's text.
/// </summary>
/// <remarks>
/// The jsonl fields are a contract: kind, start, end (exclusive), text; for quantities low, high (null when open),
/// lowInclusive, highInclusive, best, hedge (the words as stated, null when none), hedgeKinds (an array of
/// the JSON format's kebab-case names, such as ["range", "estimated"]; empty when none), unit (code, null when
/// the text names none), noun; for dates from, to (ISO, inclusive; to is null for "since"), precision, reference
/// (during, since, as-of), status, and message when the phrase did not resolve plainly; for likelihoods (kind
/// "likelihood", the words in text) term (the kebab-case EstimativeTerm, such as "likely", "belief",
/// "stated-percentage", "less-likely"), low, high (probabilities from 0 to 1; null for a comparative) and policy.
/// </remarks>
internal static class ExtractCommand
{
    internal static Command Create(ToolConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A text file: UTF-8, or UTF-16 with a byte order mark." };
        var published = DateOption.Create("--published",
            "When the text was published (yyyy-MM-dd, years 1 to 9999); relative dates such as 'last year' resolve against it.");
        var format = OutputFormatOption.Create();
        var maxBytes = new Option<int>("--max-document-bytes")
        {
            Description = $"The largest file read, in bytes (default {DocumentFileReader.DefaultMaxBytes.ToString(CultureInfo.InvariantCulture)}, at most {DocumentFileReader.LargestMaxBytes.ToString(CultureInfo.InvariantCulture)}).",
            HelpName = "N",
            DefaultValueFactory = _ => DocumentFileReader.DefaultMaxBytes,
            CustomParser = ParseMaxBytes,
        };
        var command = new Command("extract", "List every hedged quantity, date expression and likelihood word in an English text file, with its span.")
        {
            file, published, format, maxBytes,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetRequiredValue(file);
            if (!DocumentFileReader.TryRead(path, parse.GetValue(maxBytes), out string text, out string error))
            {
                return console.Fail("extract", error);
            }
            var publication = parse.GetValue(published) is { } date ? PublicationTime.OnDate(date) : null;
            var found = TextExtractor.Default.Extract(new Document(new DocumentId(IdFor(path)), text, publication));
            if (parse.GetValue(format) == OutputFormat.Jsonl)
            {
                WriteJsonLines(found, console);
            }
            else
            {
                WriteTable(found, console);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static int ParseMaxBytes(ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int bytes) || bytes < 1 || bytes > DocumentFileReader.LargestMaxBytes)
        {
            result.AddError($"--max-document-bytes '{text}' is not a number of bytes from 1 to {DocumentFileReader.LargestMaxBytes.ToString(CultureInfo.InvariantCulture)}.");
            return DocumentFileReader.DefaultMaxBytes;
        }
        return bytes;
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

    private static void WriteJsonLines(ExtractionResult found, ToolConsole console)
    {
        using var json = new JsonLinesWriter(console.Out);
        foreach (var mention in Merged(found))
        {
            json.StartLine();
            switch (mention)
            {
                case QuantityMention quantity:
                    WriteQuantity(json, quantity);
                    break;
                case DateMention date:
                    WriteDate(json, date);
                    break;
                case LikelihoodMention likelihood:
                    WriteLikelihood(json, likelihood);
                    break;
            }
            json.EndLine();
        }
    }

    private static void WriteQuantity(JsonLinesWriter json, QuantityMention mention)
    {
        var phrase = mention.Phrase;
        var value = phrase.Value;
        WriteCommon(json, "quantity", mention.Span, mention.Text);
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

    private static void WriteDate(JsonLinesWriter json, DateMention mention)
    {
        WriteCommon(json, "date", mention.Span, mention.Text);
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

    private static void WriteLikelihood(JsonLinesWriter json, LikelihoodMention mention)
    {
        WriteCommon(json, "likelihood", mention.Span, mention.Text);
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

    private static void WriteCommon(JsonLinesWriter json, string kind, TextSpan span, string text)
    {
        json.String("kind", kind);
        json.Number("start", span.Start);
        json.Number("end", span.End);
        json.String("text", text);
    }

    private static void WriteTable(ExtractionResult found, ToolConsole console)
    {
        var table = TextTable.Create(("SPAN", false), ("KIND", false), ("TEXT", true), ("MEANING", true));
        foreach (var mention in Merged(found))
        {
            (string kind, string meaning) = mention switch
            {
                QuantityMention quantity => ("quantity", quantity.Phrase.ToString()),
                DateMention date => ("date", date.Resolution.ToString()),
                LikelihoodMention likelihood => ("likelihood", likelihood.Likelihood?.ToString() ?? likelihood.Phrase.ToString()),
                _ => ("?", ""),
            };
            TextTable.AddRow(table, mention.Span.ToString(), kind, mention.Text, meaning);
        }
        TextTable.Write(console, table);
        console.Out.WriteLine($"{found.Quantities.Length.ToString(CultureInfo.InvariantCulture)} quantities, {found.Dates.Length.ToString(CultureInfo.InvariantCulture)} dates, {found.Likelihoods.Length.ToString(CultureInfo.InvariantCulture)} likelihoods.");
    }

    /// <summary>Quantities, dates and likelihoods in one list, in text order; at one start, quantity before date before likelihood.</summary>
    private static IEnumerable<Mention> Merged(ExtractionResult found) =>
        found.Quantities.Cast<Mention>().Concat(found.Dates).Concat(found.Likelihoods).OrderBy(m => m.Span.Start);
}
