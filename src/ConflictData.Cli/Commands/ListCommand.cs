using System.CommandLine;
using System.Globalization;
using System.Linq;
using NodaTime.Text;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata list [--judgements] [--format table|jsonl]</c>: every estimate (or, with <c>--judgements</c>, every
/// judgement; see <see cref="JudgementListing"/>) of the embedded seed corpus, as a table for people or as one JSON
/// object per line for scripts.
/// </summary>
/// <remarks>
/// The jsonl fields are a contract, in this order: id, document, start, end (UTF-16, exclusive), quote, inBody, low,
/// high, lowInclusive, highInclusive, best, hedge, unit, noun, figure, indicator, actor, places, region, qualifiers,
/// referenceKind, referenceFrom, referenceTo, published, publishedFrom, publishedTo, outlet, source, confidence,
/// confidenceLevel.
/// </remarks>
internal static class ListCommand
{
    internal static Command Create(ToolConsole console)
    {
        var format = OutputFormatOption.Create();
        var judgements = new Option<bool>("--judgements")
        {
            Description = "List the judgements (assessments such as 'Baghdadi is alive' with their likelihood) instead of the estimates.",
        };
        var command = new Command("list", "Print every estimate of the embedded seed corpus, as a table or as one JSON object per line.")
        {
            format, judgements,
        };
        command.SetAction(parse =>
        {
            var corpus = SeedCorpus.Load();
            bool jsonl = parse.GetValue(format) == OutputFormat.Jsonl;
            if (parse.GetValue(judgements))
            {
                if (jsonl)
                {
                    JudgementListing.WriteJsonLines(corpus, console);
                }
                else
                {
                    JudgementListing.WriteTable(corpus, console);
                }
            }
            else if (jsonl)
            {
                WriteJsonLines(corpus, console);
            }
            else
            {
                WriteTable(corpus, console);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteTable(Corpus corpus, ToolConsole console)
    {
        var table = TextTable.Create(("ID", false), ("FIGURE", true), ("WHEN", false), ("SOURCE", true));
        foreach (var estimate in corpus.Estimates)
        {
            TextTable.AddRow(table, estimate.Id, estimate.ToString(), When(estimate.ReferenceTime), Origin(estimate));
        }
        TextTable.Write(console, table);
        console.Out.WriteLine($"{corpus.Estimates.Length.ToString(CultureInfo.InvariantCulture)} estimates in {corpus.Documents.Length.ToString(CultureInfo.InvariantCulture)} documents; 'conflictdata show ID' prints one with its sentence.");
    }

    /// <summary>The reference time in few characters: "2018-07", "since 2014", "as of 2017-10", "2019-03-11/03-20".</summary>
    private static string When(ReferenceTime? reference)
    {
        if (reference is null)
        {
            return "-";
        }
        var anchor = reference.Anchor;
        string range = anchor.Precision == DatePrecision.Span && anchor.Start.Year == anchor.End.Year
            ? $"{LocalDatePattern.Iso.Format(anchor.Start)}/{anchor.End.ToString("MM-dd", CultureInfo.InvariantCulture)}"
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
        : $"{estimate.Sources[0].Origin.Name} +{(estimate.Sources.Length - 1).ToString(CultureInfo.InvariantCulture)}";

    private static void WriteJsonLines(Corpus corpus, ToolConsole console)
    {
        using var json = new JsonLinesWriter(console.Out);
        foreach (var estimate in corpus.Estimates)
        {
            var document = corpus.GetDocument(estimate);
            var evidence = estimate.Evidence[0];
            var value = estimate.Quantity.Value;
            json.StartLine();
            json.String("id", estimate.Id);
            json.String("document", FileName(document));
            json.Number("start", evidence.Span.Start);
            json.Number("end", evidence.Span.End);
            json.String("quote", evidence.Quote);
            json.Boolean("inBody", document.IsInBody(evidence.Span));
            json.Number("low", value.Lower?.Value);
            json.Number("high", value.Upper?.Value);
            json.Boolean("lowInclusive", value.Lower?.IsInclusive);
            json.Boolean("highInclusive", value.Upper?.IsInclusive);
            json.Number("best", value.Best);
            json.String("hedge", estimate.Hedge.Text);
            json.String("unit", estimate.Quantity.Unit.Code);
            json.String("noun", estimate.Noun);
            json.String("figure", estimate.ToString());
            json.String("indicator", estimate.Measurand.Indicator.Code);
            json.String("actor", estimate.Measurand.Actor);
            json.Strings("places", estimate.Measurand.Places.Select(p => p.Code));
            json.String("region", estimate.Measurand.Region);
            json.Strings("qualifiers", estimate.Measurand.Qualifiers);
            json.Name("referenceKind", estimate.ReferenceTime?.Kind);
            json.String("referenceFrom", IsoDate(estimate.ReferenceTime?.From));
            json.String("referenceTo", IsoDate(estimate.ReferenceTime?.To));
            json.String("published", Published(estimate.Published));
            json.String("publishedFrom", IsoDate(estimate.Published?.Earliest));
            json.String("publishedTo", IsoDate(estimate.Published?.Latest));
            json.String("outlet", document.Outlet);
            json.String("source", string.Join("; ", estimate.Sources));
            json.String("confidence", estimate.Confidence?.Text);
            json.Name("confidenceLevel", estimate.Confidence?.Level);
            json.EndLine();
        }
    }

    /// <summary>The seed file the document was read from: its id with ".txt".</summary>
    internal static string FileName(Document document) => document.Id.Value + ".txt";

    /// <summary>The publication time as ISO text: a zoned time, a date, or "from/to" bounds.</summary>
    internal static string? Published(PublicationTime? published) => published?.Kind switch
    {
        null => null,
        PublicationTimeKind.Bounded => $"{IsoDate(published.Earliest)}/{IsoDate(published.Latest)}",
        _ => published.ToString(),
    };

    internal static string? IsoDate(NodaTime.LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : null;
}
