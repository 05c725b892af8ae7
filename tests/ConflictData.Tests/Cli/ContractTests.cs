using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Cli;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Cli;

/// <summary>
/// The tool's contracts for scripts, pinned one by one: the commands, each option, the jsonl fields in order and the exit
/// codes. A failure here means a script somewhere breaks: extend the contract, never rename or drop a part of it.
/// </summary>
public class ContractTests
{
    private static readonly string[] ListFields =
    [
        "id", "document", "start", "end", "quote", "inBody", "low", "high", "lowInclusive", "highInclusive", "best", "hedge",
        "unit", "noun", "figure", "indicator", "actor", "places", "region", "qualifiers", "referenceKind", "referenceFrom",
        "referenceTo", "published", "publishedFrom", "publishedTo", "outlet", "source", "confidence", "confidenceLevel",
    ];

    private static readonly string[] ExtractQuantityFields =
        ["document", "kind", "start", "end", "text", "low", "high", "lowInclusive", "highInclusive", "best", "hedge", "hedgeKinds", "unit", "noun", "stated"];

    private static readonly string[] ExtractDateFields = ["document", "kind", "start", "end", "text", "from", "to", "precision", "reference", "status"];

    private static readonly string[] ExtractLikelihoodFields = ["document", "kind", "start", "end", "text", "term", "low", "high", "policy"];

    private static readonly string[] JudgementFields =
    [
        "id", "proposition", "propositionText", "subject", "actor", "person", "places", "polarity", "stance", "likelihoodWords",
        "low", "high", "policy", "change", "changeRelativeTo", "qualifies", "document", "start", "end", "quote", "inBody",
        "referenceKind", "referenceFrom", "referenceTo", "published", "source",
    ];

    private static string[] FieldNames(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
    }

    [Fact]
    public void List_Jsonl_EveryLineHasTheContractFieldsInOrder() =>
        Assert.All(ToolRun.Lines(ToolRun.Run("list", "--format", "jsonl").Out), line => Assert.Equal(ListFields, FieldNames(line)));

    [Fact]
    public void ListJudgements_Jsonl_EveryLineHasTheContractFieldsInOrder() =>
        Assert.All(ToolRun.Lines(ToolRun.Run("list", "--judgements", "--format", "jsonl").Out), line => Assert.Equal(JudgementFields, FieldNames(line)));

    [Fact]
    public void Extract_Jsonl_QuantitiesAndDatesHaveTheContractFieldsInOrder()
    {
        string seed = Path.Combine(SeedTexts.Folder, SeedTexts.Rnz + ".txt");
        var lines = ToolRun.Lines(ToolRun.Run("extract", seed, "--format", "jsonl").Out).Select(FieldNames).ToArray();
        var quantities = lines.Where(f => f.SequenceEqual(ExtractQuantityFields)).Count();
        var dates = lines.Where(f => f.SequenceEqual(ExtractDateFields)).Count();
        var unresolvedDates = lines.Where(f => f.SequenceEqual([.. ExtractDateFields, "message"])).Count();
        var likelihoods = lines.Where(f => f.SequenceEqual(ExtractLikelihoodFields)).Count();
        Assert.True(quantities > 0 && dates + unresolvedDates > 0 && unresolvedDates > 0 && likelihoods > 0,
            $"{quantities} quantities, {dates} dates, {unresolvedDates} unresolved, {likelihoods} likelihoods");
        Assert.Equal(lines.Length, quantities + dates + unresolvedDates + likelihoods);
    }

    [Fact]
    public void Commands_AndTheirOptionsAreTheContractOnes()
    {
        var root = Tool.CreateRootCommand(ToolConsole.Redirected(TextWriter.Null, TextWriter.Null));
        string Describe(Command command) =>
            $"{command.Name}({string.Join(" ", command.Arguments.Select(a => a.Name))}) "
            + string.Join(" ", command.Options.Select(o => string.Join("|", new[] { o.Name }.Concat(o.Aliases.Order(StringComparer.Ordinal)))));
        Assert.Equal(
            [
                "list() --format --judgements",
                "show(ID) ",
                "extract(FILE) --published --format --max-document-bytes --documents --threads --bad-documents",
                "reconcile() --rule --as-of --valid-at --input --format",
                "explain(GROUP) --rule --as-of --valid-at --input",
                "export() --format --input --output",
                "import(FILE.csv) --output",
                "plot(GROUP) --output --input",
                "help(COMMAND) ",
            ],
            root.Subcommands.Select(Describe));
        Assert.Contains(root.Options, o => o.Name == "--help");
        Assert.Contains(root.Options, o => o.Name == "--version");
    }

    [Theory]
    [InlineData(0, "list")]
    [InlineData(0, "list", "--format", "table")]
    [InlineData(0, "list", "--format", "jsonl")]
    [InlineData(0, "show", "004-guterres-militants-iraq-syria")]
    [InlineData(0, "extract", "SEED", "--published", "2019-03-24", "--format", "jsonl", "--max-document-bytes", "1000000")]
    [InlineData(0, "reconcile", "--rule", "pooled", "--as-of", "2019-06-01", "--valid-at", "2019-06-01", "--format", "jsonl")]
    [InlineData(0, "explain", "funds", "--rule", "latest")]
    [InlineData(0, "--help")]
    [InlineData(0, "-h")]
    [InlineData(0, "help")]
    [InlineData(0, "help", "extract")]
    [InlineData(0, "extract", "--help")]
    [InlineData(1, "show", "no-such-estimate")]
    [InlineData(1, "extract", "no-such-file.txt")]
    [InlineData(1, "extract", "SEED", "--max-document-bytes", "100")]
    [InlineData(1, "reconcile", "--input", "no-such-file.json")]
    [InlineData(1, "explain", "no-such-group")]
    [InlineData(2)]
    [InlineData(2, "frobnicate")]
    [InlineData(2, "reconcile", "--rule", "mean")]
    [InlineData(2, "reconcile", "--valid-at", "yesterday")]
    [InlineData(2, "explain")]
    [InlineData(2, "list", "extra")]
    [InlineData(2, "list", "--format", "csv")]
    [InlineData(2, "show")]
    [InlineData(2, "show", "")]
    [InlineData(2, "extract")]
    [InlineData(2, "extract", "SEED", "--published", "2019-02-30")]
    [InlineData(2, "extract", "SEED", "--threads", "0")]
    [InlineData(2, "extract", "SEED", "--bad-documents", "ignore")]
    [InlineData(0, "extract", "SEED", "SEED", "--threads", "1", "--format", "jsonl")]
    [InlineData(1, "extract", "--documents", "SEED")]
    [InlineData(2, "help", "frobnicate")]
    public void ExitCodes_AreZeroOkOneFailureTwoUsage(int exit, params string[] args)
    {
        string seed = Path.Combine(SeedTexts.Folder, SeedTexts.Rnz + ".txt");
        var run = ToolRun.Run(args.Select(a => a == "SEED" ? seed : a).ToArray());
        Assert.Equal(exit, run.Exit);
        if (exit == 0)
        {
            Assert.Empty(run.Err);
        }
        else
        {
            ToolRun.SingleErrorLine(run.Err, "conflictdata");
        }
    }
}
