using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Text.Extraction;

namespace ConflictData.Tests.Cli;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly TemporaryFolder folder = new("extract-tests");

    public void Dispose() => folder.Dispose();

    private static (int Exit, string Out, string Err) Run(params string[] args) => ToolRun.Run(args);

    private string Write(string name, byte[] bytes) => folder.Write(name, bytes);

    private static string SeedPath(string id) => Path.Combine(SeedTexts.Folder, id + ".txt");

    [Fact]
    public void Extract_Jsonl_WritesTheContractFieldsForAQuantity()
    {
        var (code, output, _) = Run("extract", SeedPath(SeedDocuments.Rnz), "--published", "2019-03-24", "--format", "jsonl");
        Assert.Equal(0, code);
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("text").GetString() == "between 14,000 and 18,000 militants");
        Assert.Equal("quantity", line.GetProperty("kind").GetString());
        Assert.Equal(14_000m, line.GetProperty("low").GetDecimal());
        Assert.Equal(18_000m, line.GetProperty("high").GetDecimal());
        Assert.True(line.GetProperty("lowInclusive").GetBoolean());
        Assert.True(line.GetProperty("highInclusive").GetBoolean());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("best").ValueKind);
        Assert.Equal("between … and", line.GetProperty("hedge").GetString());
        Assert.Equal(["range"], line.GetProperty("hedgeKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("person", line.GetProperty("unit").GetString());
        Assert.Equal("militants", line.GetProperty("noun").GetString());
        string text = File.ReadAllText(SeedPath(SeedDocuments.Rnz));
        int start = line.GetProperty("start").GetInt32();
        int end = line.GetProperty("end").GetInt32();
        Assert.Equal("between 14,000 and 18,000 militants", text[start..end]);
    }

    [Fact]
    public void Extract_Jsonl_OpenBoundIsNull()
    {
        var (_, output, _) = Run("extract", SeedPath(SeedDocuments.Rnz), "--format", "jsonl");
        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("text").GetString() == "more than 5,600");
        Assert.Equal(JsonValueKind.Null, line.GetProperty("high").ValueKind);
        Assert.Equal(JsonValueKind.Null, line.GetProperty("highInclusive").ValueKind);
        Assert.False(line.GetProperty("lowInclusive").GetBoolean());
        Assert.Equal("person", line.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("noun").ValueKind);
    }

    [Fact]
    public void Extract_Jsonl_WritesDatesResolvedAgainstPublished()
    {
        var (_, output, _) = Run("extract", SeedPath(SeedDocuments.Rnz), "--published", "2019-03-24", "--format", "jsonl");
        var date = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("text").GetString() == "in mid-March");
        Assert.Equal("date", date.GetProperty("kind").GetString());
        Assert.Equal("2019-03-11", date.GetProperty("from").GetString());
        Assert.Equal("2019-03-20", date.GetProperty("to").GetString());
        Assert.Equal("span", date.GetProperty("precision").GetString());
    }

    [Fact]
    public void Extract_Jsonl_LinesAreInTextOrder()
    {
        var (_, output, _) = Run("extract", SeedPath(SeedDocuments.VoaUnReport), "--format", "jsonl");
        var starts = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("start").GetInt32()).ToArray();
        Assert.NotEmpty(starts);
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public void Extract_Table_IsTheDefaultAndCountsWhatItFound()
    {
        var (code, output, error) = Run("extract", SeedPath(SeedDocuments.VoaEurope), "--published", "2017-10-25");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("approximately 300 foreign fighters", output, StringComparison.Ordinal);
        Assert.Contains("3 quantities,", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_MissingFile_OneLineErrorAndFailure()
    {
        var (code, output, error) = Run("extract", Path.Combine(folder.Path, "nope.txt"));
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NotUtf8_OneLineErrorAndFailure()
    {
        string path = Write("latin1.txt", [0x34, 0x30, 0x2C, 0x30, 0x30, 0x30, 0x20, 0xA3, 0xFF]);
        var (code, _, error) = Run("extract", path);
        Assert.Equal(1, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("not UTF-8", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DirectoryInsteadOfFile_OneLineErrorAndFailure()
    {
        var (code, _, error) = Run("extract", folder.Path);
        Assert.NotEqual(0, code);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("2019-02-30")]
    [InlineData("24/03/2019")]
    [InlineData("yesterday")]
    public void Extract_BadPublishedDate_OneLineErrorAndUsageCode(string date)
    {
        string path = Write("a.txt", Encoding.UTF8.GetBytes("some 40,000 fighters"));
        var (code, output, error) = Run("extract", path, "--published", date);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(date, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BadFormat_IsAUsageError()
    {
        string path = Write("b.txt", Encoding.UTF8.GetBytes("some 40,000 fighters"));
        var (code, _, error) = Run("extract", path, "--format", "xml");
        Assert.Equal(2, code);
        Assert.Contains("--format must be one of table, jsonl", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NoFile_IsAUsageError() => Assert.Equal(2, Run("extract").Exit);

    [Fact]
    public void Extract_Jsonl_KeepsNonAsciiReadable()
    {
        string path = Write("c.txt", Encoding.UTF8.GetBytes("It has between £39m-231m in cash."));
        var (_, output, _) = Run("extract", path, "--format", "jsonl");
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("GBP", line.GetProperty("unit").GetString());
        Assert.Contains("£39m-231m", output, StringComparison.Ordinal);
    }
}
