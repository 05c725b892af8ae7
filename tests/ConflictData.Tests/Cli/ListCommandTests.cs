using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Tests.Corpus;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Cli;

public class ListCommandTests
{
    private static readonly string[] ContractFields =
    [
        "id", "document", "start", "end", "quote", "low", "high", "lowInclusive", "highInclusive", "best", "hedge", "unit",
        "noun", "indicator", "places", "referenceFrom", "referenceTo", "published", "source",
    ];

    private static (int Exit, string Out, string Err) Run(params string[] args) => ToolRun.Run(args);

    private static string[] Lines(string text) => ToolRun.Lines(text);

    [Fact]
    public void Jsonl_WritesOneObjectPerEstimateWithEveryContractField()
    {
        var (exit, output, _) = Run("list", "--format", "jsonl");
        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.Equal(SeedCorpus.Estimates.Length, lines.Length);
        Assert.All(lines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.All(ContractFields, field => Assert.True(json.RootElement.TryGetProperty(field, out _), $"no {field} in {line}"));
        });
    }

    [Fact]
    public void Jsonl_SpansAreUtf16OffsetsIntoTheSeedFileWithAnExclusiveEnd()
    {
        foreach (string line in Lines(Run("list", "--format", "jsonl").Out))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string text = File.ReadAllText(Path.Combine(SeedTexts.Folder, root.GetProperty("document").GetString()!));
            int start = root.GetProperty("start").GetInt32();
            int end = root.GetProperty("end").GetInt32();
            Assert.Equal(root.GetProperty("quote").GetString(), text[start..end]);
        }
    }

    [Fact]
    public void Jsonl_GivesTheNumbersSourceAndDatesOfAnEstimate()
    {
        var line = Lines(Run("list", "--format", "jsonl").Out).Single(l => l.Contains("\"004-fighters-returned-2017\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(5600m, root.GetProperty("low").GetDecimal());
        Assert.False(root.GetProperty("lowInclusive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("high").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("highInclusive").ValueKind);
        Assert.Equal("more than", root.GetProperty("hedge").GetString());
        Assert.Equal("2017-10-01", root.GetProperty("referenceFrom").GetString());
        Assert.Equal("2017-10-31", root.GetProperty("referenceTo").GetString());
        Assert.Equal("2019-03-24T19:25:00 Pacific/Auckland (+13)", root.GetProperty("published").GetString());

        var guterres = Lines(Run("list", "--format", "jsonl").Out).Single(l => l.Contains("\"004-guterres-militants-iraq-syria\"", StringComparison.Ordinal));
        using var chain = JsonDocument.Parse(guterres);
        Assert.Equal(
            "RNZ → António Guterres (UN Secretary-General, United Nations) in 2019-02 → report to the Security Council (United Nations) in 2019-02",
            chain.RootElement.GetProperty("source").GetString());
        Assert.Equal(["IQ", "SY"], chain.RootElement.GetProperty("places").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void Jsonl_FlagsTheFiguresOfTheEmbeddedTeaserAsOutsideTheBody()
    {
        var outside = Lines(Run("list", "--format", "jsonl").Out)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(root => !root.GetProperty("inBody").GetBoolean())
            .Select(root => root.GetProperty("id").GetString());
        Assert.Equal(["001-baghuz-civilians-expected", "001-baghuz-fighters-expected", "001-baghuz-civilians-surrendered", "001-baghuz-fighters-surrendered"], outside);
    }

    [Fact]
    public void Jsonl_BoundedPublicationIsWrittenAsIsoInterval()
    {
        var line = Lines(Run("list", "--format", "jsonl").Out).First(l => l.Contains("\"001_fb569d6cb6497253.txt\"", StringComparison.Ordinal));
        using var json = JsonDocument.Parse(line);
        Assert.Equal("2019-04-01/2019-12-31", json.RootElement.GetProperty("published").GetString());
    }

    [Fact]
    public void Table_IsTheDefaultAndFitsIn120Columns()
    {
        var (exit, output, _) = Run("list");
        Assert.Equal(0, exit);
        var lines = Lines(output);
        Assert.All(lines, line => Assert.True(line.Length <= 120, $"{line.Length} columns: {line}"));
        Assert.All(SeedCorpus.Estimates, e => Assert.Contains(lines, line => line.TrimStart().StartsWith(e.Id + " ", StringComparison.Ordinal)));
        Assert.Equal(Run("list", "--format", "table").Out, output);
    }

    [Fact]
    public void Table_ShowsFigureWhenAndSource()
    {
        string row = Lines(Run("list").Out).Single(l => l.TrimStart().StartsWith("004-coalition-iraq-2018 ", StringComparison.Ordinal));
        Assert.Contains("between 15,000 and", row, StringComparison.Ordinal);
        Assert.Contains("2018-07", row, StringComparison.Ordinal);
        Assert.Contains("Global Coalition", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_IsTheSameUnderHostileCultures()
    {
        CultureScope.AssertInvariant(() => Run("list").Out);
        CultureScope.AssertInvariant(() => Run("list", "--format", "jsonl").Out);
    }

    [Theory]
    [InlineData("--format", "csv")]
    [InlineData("--format")]
    [InlineData("extra")]
    public void BadArguments_AreAUsageErrorNamingTheProblem(params string[] args)
    {
        var (exit, output, error) = Run(["list", .. args]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith("conflictdata list: ", error, StringComparison.Ordinal);
    }
}
