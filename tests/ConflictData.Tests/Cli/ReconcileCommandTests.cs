using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Serialization;

namespace ConflictData.Tests.Cli;

/// <summary><c>conflictdata reconcile</c> and <c>conflictdata explain</c>: output, the jsonl contract and every way to fail.</summary>
public class ReconcileCommandTests
{
    private static readonly string[] Fields =
    [
        "group", "rule", "low", "high", "lowInclusive", "highInclusive", "best", "unit", "inputs", "dropped", "parts", "diagnostics",
        "time", "wholes", "conflict", "note",
    ];

    private static JsonElement Line(string output, string group) =>
        ToolRun.Lines(output).Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("group").GetString() == group);

    [Fact]
    public void Jsonl_EveryLineHasTheContractFieldsInOrder_AndInputsAndDiagnosticsTheirs()
    {
        var (exit, output, error) = ToolRun.Run("reconcile", "--format", "jsonl");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        foreach (string line in ToolRun.Lines(output))
        {
            var root = JsonDocument.Parse(line).RootElement;
            Assert.Equal(Fields, root.EnumerateObject().Select(p => p.Name));
            Assert.All(root.GetProperty("inputs").EnumerateArray(), i => Assert.Equal(["id", "quote", "document", "role"], i.EnumerateObject().Select(p => p.Name)));
            Assert.All(root.GetProperty("dropped").EnumerateArray(), i => Assert.Equal(["id", "reason"], i.EnumerateObject().Select(p => p.Name)));
            Assert.All(root.GetProperty("diagnostics").EnumerateArray(), d => Assert.Equal(["id", "severity", "message", "estimates"], d.EnumerateObject().Select(p => p.Name)));
        }
    }

    [Fact]
    public void Jsonl_ShowsTheConflict_TheCurrencyCitation_AndTheSumOfParts()
    {
        string output = ToolRun.Run("reconcile", "--format", "jsonl").Out;

        var conflict = Line(output, "foreign-fighters-travelled [foreign] of IS in IQ+SY (person) @ 2019-04-01/2019-12-31");
        Assert.True(conflict.GetProperty("conflict").GetBoolean());
        Assert.Equal(45001, conflict.GetProperty("low").GetDecimal());
        Assert.Equal(JsonValueKind.Null, conflict.GetProperty("high").ValueKind);
        var cd0001 = conflict.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "CD0001");
        Assert.Equal("warning", cd0001.GetProperty("severity").GetString());
        Assert.Equal(["004-foreigners-travelled-total", "001-us-officials-fighters"], cd0001.GetProperty("estimates").EnumerateArray().Select(e => e.GetString()));

        var funds = Line(output, "funds [reserves] of IS (money) @ 2019-01-01/2019-03-24");
        Assert.Equal("USD", funds.GetProperty("unit").GetString());
        var dropped = Assert.Single(funds.GetProperty("dropped").EnumerateArray());
        Assert.Equal("004-un-funds-sterling", dropped.GetProperty("id").GetString());
        Assert.Equal("duplicate", funds.GetProperty("inputs")[1].GetProperty("role").GetString());
        Assert.Equal("004_21cca053a9288443.txt", funds.GetProperty("inputs")[1].GetProperty("document").GetString());

        var sum = Line(output, "fighters of IS in IQ+SY (person) @ 2018-07");
        Assert.Equal("sum-of-parts", sum.GetProperty("rule").GetString());
        Assert.Equal([28000m, 31000m], new[] { sum.GetProperty("low").GetDecimal(), sum.GetProperty("high").GetDecimal() });
        Assert.Equal(2, sum.GetProperty("parts").GetArrayLength());
    }

    [Fact]
    public void Table_IsOneLinePerGroup_WithConflictsMarked()
    {
        var (exit, output, _) = ToolRun.Run("reconcile", "--rule", "consensus");
        Assert.Equal(0, exit);
        var marked = ToolRun.Lines(output).Skip(1).Where(l => l.TrimStart().StartsWith('!')).ToList();
        Assert.Equal(2, marked.Count);
        Assert.All(marked, l => Assert.Contains("CD0001", l, StringComparison.Ordinal));
        Assert.EndsWith("groups by the consensus rule, 2 marked ! with a conflict; 'conflictdata explain GROUP' explains one.", ToolRun.Lines(output)[^1].TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void AsOfAndValidAt_FilterTheEstimates()
    {
        string march = ToolRun.Run("reconcile", "--as-of", "2019-03-30", "--format", "jsonl").Out;
        Assert.DoesNotContain("001-us-officials-fighters", march, StringComparison.Ordinal);
        Assert.DoesNotContain("\"conflict\":true", march, StringComparison.Ordinal);
        string valid = ToolRun.Run("reconcile", "--valid-at", "2019-06-01", "--format", "jsonl").Out;
        Assert.Contains("001-un-fighters-heartlands", valid, StringComparison.Ordinal);
        Assert.DoesNotContain("004-guterres-militants-iraq-syria", valid, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_ReadsAUsersEstimatesFile()
    {
        string path = Path.Combine(Path.GetTempPath(), $"conflictdata-reconcile-{Guid.NewGuid():N}.json");
        var estimates = new[] { "004-guterres-militants-iraq-syria", "004-jeffrey-armed-adherents" }.Select(SeedCorpus.Load().GetEstimate);
        File.WriteAllText(path, EstimateJson.Serialize(estimates));
        try
        {
            var (exit, output, _) = ToolRun.Run("reconcile", "--input", path, "--format", "jsonl");
            Assert.Equal(0, exit);
            Assert.Equal(2, ToolRun.Lines(output).Length);
            Assert.Equal("004_21cca053a9288443", Line(output, "fighters of IS in IQ+SY (person) @ 2019-02").GetProperty("inputs")[0].GetProperty("document").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{", "is not a valid estimates file: $: Expected depth to be zero")]
    [InlineData("{\"schemaVersion\": 1, \"estimates\": [{\"id\": \"x\"}]}", "is not a valid estimates file: $.estimates[0]")]
    public void InvalidJson_IsOneLine_ExitOne_NothingPrinted(string content, string expected)
    {
        string path = Path.Combine(Path.GetTempPath(), $"conflictdata-reconcile-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, content);
        try
        {
            var (exit, output, error) = ToolRun.Run("reconcile", "--input", path, "--format", "jsonl");
            Assert.Equal(1, exit);
            Assert.Empty(output);
            Assert.Contains(expected, ToolRun.SingleErrorLine(error, "conflictdata reconcile: '"), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AMissingFile_IsOneLine_ExitOne()
    {
        var (exit, output, error) = ToolRun.Run("reconcile", "--input", "no-such-estimates.json");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal("conflictdata reconcile: file 'no-such-estimates.json' does not exist.", ToolRun.SingleErrorLine(error, "conflictdata reconcile: "));
    }

    [Theory]
    [InlineData("reconcile", "--rule", "average")]
    [InlineData("explain", "funds", "--rule", "Envelope")]
    public void AnUnknownRule_IsAUsageError_NamingTheRules(params string[] args)
    {
        var (exit, output, error) = ToolRun.Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("is not a merge rule; the rules are envelope, consensus, conservative, ucdp, latest, preferred, pooled.",
            ToolRun.SingleErrorLine(error, $"conflictdata {args[0]}: --rule '"), StringComparison.Ordinal);
    }

    [Fact]
    public void ABadDate_IsAUsageError()
    {
        var (exit, _, error) = ToolRun.Run("reconcile", "--as-of", "2019-13-01");
        Assert.Equal(2, exit);
        ToolRun.SingleErrorLine(error, "conflictdata reconcile: --as-of '2019-13-01' is not a date; expected yyyy-MM-dd");
    }

    [Fact]
    public void Explain_PrintsTheGroupsExplanation_FoundByAPieceOfItsName()
    {
        var (exit, output, error) = ToolRun.Run("explain", "funds [reserves]");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("funds [reserves] of IS (money) @ 2019-01-01/2019-03-24\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("also cited as: 004-un-funds-sterling “between £39m-231m”", output, StringComparison.Ordinal);
        Assert.Contains("under every rule:", output, StringComparison.Ordinal);
        Assert.Contains("without each origin:", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_AnUnknownGroup_IsOneLine_ExitOne()
    {
        var (exit, output, error) = ToolRun.Run("explain", "casualties");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal("conflictdata explain: no group is named 'casualties' or has it in its name; 'conflictdata reconcile' lists the groups.",
            ToolRun.SingleErrorLine(error, "conflictdata explain: "));
    }

    [Fact]
    public void Explain_AnAmbiguousPiece_ListsTheCandidates()
    {
        var (exit, _, error) = ToolRun.Run("explain", "foreign-fighters-travelled [foreign]");
        Assert.Equal(1, exit);
        Assert.StartsWith("conflictdata explain: 'foreign-fighters-travelled [foreign]' is in the names of 3 groups; give more of the name: ",
            ToolRun.SingleErrorLine(error, "conflictdata explain: "), StringComparison.Ordinal);
    }
}
