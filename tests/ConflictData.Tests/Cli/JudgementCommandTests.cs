using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Cli;

/// <summary><c>list --judgements</c>, <c>show</c> of a judgement id, and the likelihood lines of <c>extract</c>.</summary>
public class JudgementCommandTests
{
    [Fact]
    public void ListJudgements_Jsonl_OneLinePerJudgementWithItsRangeAndQuote()
    {
        var (exit, output, _) = ToolRun.Run("list", "--judgements", "--format", "jsonl");
        Assert.Equal(0, exit);
        var lines = ToolRun.Lines(output);
        Assert.Equal(SeedCorpus.Judgements.Length, lines.Length);
        using var talabany = JsonDocument.Parse(lines.Single(l => l.Contains("\"000-talabany-baghdadi-alive\"", StringComparison.Ordinal)));
        var root = talabany.RootElement;
        Assert.Equal("Abu Bakr al-Baghdadi is alive", root.GetProperty("proposition").GetString());
        Assert.Equal("definitely … We believe 99 percent", root.GetProperty("stance").GetString());
        Assert.Equal(0.99m, root.GetProperty("low").GetDecimal());
        Assert.Equal(0.99m, root.GetProperty("high").GetDecimal());
        Assert.Equal("icd-203", root.GetProperty("policy").GetString());
        Assert.Equal("2017-07-16", root.GetProperty("referenceFrom").GetString());
        string text = SeedTexts.Read(SeedTexts.Rudaw);
        int start = root.GetProperty("start").GetInt32();
        int end = root.GetProperty("end").GetInt32();
        Assert.Equal(root.GetProperty("quote").GetString(), text[start..end]);
        Assert.Contains("Lahur Talabany", root.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ListJudgements_Table_ShowsTheBaghdadiAssessmentsWithTheirRanges()
    {
        var (exit, output, _) = ToolRun.Run("list", "--judgements");
        Assert.Equal(0, exit);
        Assert.Contains("000-mattis-baghdadi-alive", output, StringComparison.Ordinal);
        Assert.Contains("55–99 % (icd-203)", output, StringComparison.Ordinal);
        Assert.Contains("lower than before", output, StringComparison.Ordinal);
        Assert.Contains("26 judgements in 5 documents", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_JudgementId_PrintsStanceLikelihoodAndMarkedSentence()
    {
        var (exit, output, _) = ToolRun.Run("show", "004-coalition-flow-most-likely");
        Assert.Equal(0, exit);
        Assert.Contains("“estimated … most likely”", output, StringComparison.Ordinal);
        Assert.Contains("“most likely” 55–80 % (icd-203)", output, StringComparison.Ordinal);
        Assert.Contains("qualifies   004-coalition-flow-per-month", output, StringComparison.Ordinal);
        Assert.Contains("[[estimated that it was \"most likely 50 per month\"]]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_NearJudgementId_SuggestsIt()
    {
        var (exit, _, error) = ToolRun.Run("show", "talabany-baghdadi");
        Assert.Equal(1, exit);
        Assert.Contains("did you mean '000-talabany-baghdadi-alive'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Jsonl_ReportsLikelihoodsWithRangeAndPolicy()
    {
        string seed = Path.Combine(SeedTexts.Folder, SeedTexts.Rudaw + ".txt");
        var lines = ToolRun.Lines(ToolRun.Run("extract", seed, "--format", "jsonl").Out)
            .Where(l => l.Contains("\"kind\":\"likelihood\"", StringComparison.Ordinal)).ToArray();
        Assert.Equal(14, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"text\":\"We believe 99 percent\",\"term\":\"stated-percentage\",\"low\":0.99,\"high\":0.99,\"policy\":\"icd-203\"", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"text\":\"less likely than we first assessed\",\"term\":\"less-likely\",\"low\":null,\"high\":null,\"policy\":\"icd-203\"", StringComparison.Ordinal));
    }
}
