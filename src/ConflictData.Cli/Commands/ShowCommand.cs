using System;
using System.CommandLine;
using System.IO;
using System.Linq;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata show ID</c>: one estimate or judgement of the embedded seed corpus in full, with the sentence it
/// stands in and the figure or stance marked inside it. An unknown id is a one-line error that suggests the nearest id; the shell completes ids.
/// </summary>
internal static class ShowCommand
{
    internal static Command Create(ToolConsole console)
    {
        var id = new Argument<string>("ID")
        {
            Description = "The id of an estimate or judgement, as 'conflictdata list' prints it.",
            // Without a help name the help would list every completion, all 70 ids, as the argument's name.
            HelpName = "ID",
        };
        id.CompletionSources.Add(_ => AllIds(SeedCorpus.Load()));
        id.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("the estimate ID is empty; 'conflictdata list' shows every id.");
            }
        });
        var command = new Command("show", "Print one estimate or judgement of the embedded seed corpus with its sentence in context.") { id };
        command.SetAction(parse => Show(parse.GetRequiredValue(id), console));
        return command;
    }

    private static int Show(string id, ToolConsole console)
    {
        var stdout = console.Out;
        var corpus = SeedCorpus.Load();
        if (corpus.TryGetJudgement(id, out var judgement))
        {
            return ShowJudgement(corpus, judgement, stdout);
        }
        if (!corpus.TryGetEstimate(id, out var estimate))
        {
            string? near = NearestId(corpus, id);
            return console.Fail("show", near is null
                ? $"no estimate or judgement has the id '{id}'; 'conflictdata list' and 'conflictdata list --judgements' show them all."
                : $"no estimate or judgement has the id '{id}'; did you mean '{near}'?");
        }
        var document = corpus.GetDocument(estimate);
        var evidence = estimate.Evidence[0];
        var value = estimate.Quantity.Value;
        stdout.WriteLine(estimate.Id);
        Field(stdout, "figure", estimate.ToString());
        Field(stdout, "value", $"{value} {estimate.Quantity.Unit.Code}");
        Field(stdout, "hedge", estimate.Hedge.Kinds == HedgeKinds.None ? "none" : $"“{estimate.Hedge.Text}” ({estimate.Hedge.Kinds})");
        Field(stdout, "measures", estimate.Measurand.ToString());
        Field(stdout, "refers to", estimate.ReferenceTime?.ToString() ?? "not stated");
        Field(stdout, "published", estimate.Published?.ToString() ?? "unknown");
        foreach (var chain in estimate.Sources)
        {
            Field(stdout, "source", chain.ToString());
        }
        if (estimate.Confidence is { } confidence)
        {
            string by = confidence.StatedBy is null ? "" : $", stated by {confidence.StatedBy}";
            Field(stdout, "confidence", $"{confidence}{by}");
        }
        Field(stdout, "document", $"{ListCommand.FileName(document)} ({document.Outlet}: {document.Title})");
        foreach (var piece in estimate.Evidence)
        {
            Field(stdout, "quote", $"{piece.Span} “{piece.Quote}”");
        }
        Field(stdout, "sentence", Marked(document.Text, document.GetSentenceSpan(evidence.Span), evidence.Span));
        if (document.FindNonBodyRegion(evidence.Span) is { } region)
        {
            Field(stdout, "note", $"the figure stands in a non-body region of the page ({region})");
        }
        return ExitCodes.Success;
    }

    private static int ShowJudgement(Corpus corpus, Judgement judgement, TextWriter stdout)
    {
        var evidence = judgement.Evidence[0];
        var document = corpus.GetDocument(evidence.Document);
        stdout.WriteLine(judgement.Id);
        Field(stdout, "asserts", (judgement.Polarity == Polarity.Denied ? "not: " : "") + judgement.Proposition.Statement);
        Field(stdout, "words", $"“{judgement.Proposition.Text}”");
        Field(stdout, "about", judgement.Subject.ToString());
        Field(stdout, "stance", $"“{judgement.Stance}”");
        Field(stdout, "likelihood", judgement.Likelihood?.ToString() ?? JudgementListing.Likelihood(judgement));
        if (judgement.Change is { } change)
        {
            Field(stdout, "change", change.ToString());
        }
        if (judgement.Qualifies is { } estimate)
        {
            Field(stdout, "qualifies", estimate);
        }
        Field(stdout, "refers to", judgement.ReferenceTime?.ToString() ?? "not stated");
        Field(stdout, "published", judgement.Published?.ToString() ?? "unknown");
        foreach (var chain in judgement.Sources)
        {
            Field(stdout, "source", chain.ToString());
        }
        Field(stdout, "document", $"{ListCommand.FileName(document)} ({document.Outlet}: {document.Title})");
        foreach (var piece in judgement.Evidence)
        {
            Field(stdout, "quote", $"{piece.Span} “{piece.Quote}”");
        }
        Field(stdout, "sentence", Marked(document.Text, document.GetSentenceSpan(evidence.Span), evidence.Span));
        return ExitCodes.Success;
    }

    private static System.Collections.Generic.IEnumerable<string> AllIds(Corpus corpus) =>
        corpus.Estimates.Select(e => e.Id).Concat(corpus.Judgements.Select(j => j.Id));

    private static void Field(TextWriter stdout, string label, string value) => stdout.WriteLine($"  {label,-10}  {TerminalText.OneLine(value)}");

    /// <summary>The sentence, with the figure between "[[" and "]]".</summary>
    private static string Marked(string text, TextSpan sentence, TextSpan figure)
    {
        int start = Math.Max(sentence.Start, figure.Start);
        int end = Math.Min(sentence.End, figure.End);
        return text[sentence.Start..start] + "[[" + text[start..end] + "]]" + text[end..sentence.End];
    }

    /// <summary>
    /// The shortest id that contains <paramref name="id"/> (ignoring case), else the id closest by edit distance if it is
    /// close enough to be a slip.
    /// </summary>
    private static string? NearestId(Corpus corpus, string id)
    {
        string wanted = id.ToLowerInvariant();
        string? containing = AllIds(corpus)
            .Where(e => e.Contains(wanted, StringComparison.OrdinalIgnoreCase)).MinBy(e => e.Length);
        if (containing is not null)
        {
            return containing;
        }
        var best = AllIds(corpus)
            .Select(e => (Id: e, Distance: EditDistance(wanted, e.ToLowerInvariant())))
            .MinBy(c => c.Distance);
        return best.Id is not null && best.Distance <= Math.Max(2, wanted.Length / 3) ? best.Id : null;
    }

    /// <summary>Levenshtein distance, in O(|a|·|b|) time and O(|b|) space.</summary>
    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
