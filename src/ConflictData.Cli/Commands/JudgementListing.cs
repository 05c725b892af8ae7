using System.Globalization;
using System.Linq;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata list --judgements</c>: every judgement of the embedded seed corpus, as a table or as JSON lines.
/// </summary>
/// <remarks>
/// The jsonl fields are a contract, in this order: id, proposition (the normalised statement), propositionText (the
/// text's words), subject, actor, person, places, polarity (affirmed, denied), stance (the words as stated),
/// likelihoodWords, low, high (probabilities from 0 to 1; null when the words give none), policy, change (lower, higher;
/// null unless comparative), changeRelativeTo, qualifies (an estimate id), document, start, end (UTF-16, exclusive),
/// quote, inBody, referenceKind, referenceFrom, referenceTo, published, source.
/// </remarks>
internal static class JudgementListing
{
    internal static void WriteTable(Corpus corpus, ToolConsole console)
    {
        var table = TextTable.Create(("ID", false), ("STANCE", true), ("PROPOSITION", true), ("LIKELIHOOD", false), ("SOURCE", true));
        foreach (var judgement in corpus.Judgements)
        {
            string statement = (judgement.Polarity == Polarity.Denied ? "not: " : "") + judgement.Proposition.Statement;
            TextTable.AddRow(table, judgement.Id, judgement.Stance, statement, Likelihood(judgement), Origin(judgement));
        }
        TextTable.Write(console, table);
        console.Out.WriteLine($"{corpus.Judgements.Length.ToString(CultureInfo.InvariantCulture)} judgements in {corpus.Documents.Length.ToString(CultureInfo.InvariantCulture)} documents; 'conflictdata show ID' prints one with its sentence.");
    }

    internal static void WriteJsonLines(Corpus corpus, ToolConsole console)
    {
        using var json = new JsonLinesWriter(console.Out);
        foreach (var judgement in corpus.Judgements)
        {
            var document = corpus.GetDocument(judgement.Evidence[0].Document);
            var evidence = judgement.Evidence[0];
            json.StartLine();
            json.String("id", judgement.Id);
            json.String("proposition", judgement.Proposition.Statement);
            json.String("propositionText", judgement.Proposition.Text);
            json.String("subject", judgement.Subject.ToString());
            json.String("actor", judgement.Subject.Actor);
            json.String("person", judgement.Subject.Person);
            json.Strings("places", judgement.Subject.Places.Select(p => p.Code));
            json.Name("polarity", (Polarity?)judgement.Polarity);
            json.String("stance", judgement.Stance);
            json.String("likelihoodWords", judgement.Likelihood?.Words);
            json.Number("low", judgement.Likelihood?.Low);
            json.Number("high", judgement.Likelihood?.High);
            json.String("policy", judgement.Likelihood?.Policy);
            json.Name("change", judgement.Change?.Direction);
            json.String("changeRelativeTo", judgement.Change?.RelativeTo);
            json.String("qualifies", judgement.Qualifies);
            json.String("document", ListCommand.FileName(document));
            json.Number("start", evidence.Span.Start);
            json.Number("end", evidence.Span.End);
            json.String("quote", evidence.Quote);
            json.Boolean("inBody", document.IsInBody(evidence.Span));
            json.Name("referenceKind", judgement.ReferenceTime?.Kind);
            json.String("referenceFrom", ListCommand.IsoDate(judgement.ReferenceTime?.From));
            json.String("referenceTo", ListCommand.IsoDate(judgement.ReferenceTime?.To));
            json.String("published", ListCommand.Published(judgement.Published));
            json.String("source", string.Join("; ", judgement.Sources));
            json.EndLine();
        }
    }

    /// <summary>"55–80 %", "99 %", "lower than before", or "-" when the words give no probability.</summary>
    internal static string Likelihood(Judgement judgement) =>
        judgement.Likelihood is { } l ? l.RangeText
        : judgement.Change is { } c ? (c.Direction == LikelihoodDirection.Lower ? "lower than before" : "higher than before")
        : "-";

    private static string Origin(Judgement judgement) => judgement.Sources.IsEmpty ? "-" : judgement.Sources[0].Origin.Name;
}
