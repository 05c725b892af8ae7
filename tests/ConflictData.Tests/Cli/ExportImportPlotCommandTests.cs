using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using ConflictData.Cli;
using ConflictData.Cli.Commands;
using ConflictData.Serialization;

namespace ConflictData.Tests.Cli;

public sealed class ExportImportPlotCommandTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("conflictdata-cli-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string PathTo(string name) => Path.Combine(directory, name);

    private static (int Exit, string Out, string Err) Run(params string[] args) => ToolRun.Run(args);

    private static string OneLine(string error)
    {
        Assert.Single(error.TrimEnd('\n', '\r').Split('\n'));
        return error.TrimEnd();
    }

    [Fact]
    public void ExportCsv_WritesEveryEstimate_ThatReadsBack()
    {
        var (exit, output, error) = Run("export", "--format", "csv");
        Assert.Equal((0, ""), (exit, error));
        Assert.StartsWith("id,indicator,actor,places,", output, StringComparison.Ordinal);
        Assert.Equal(SeedCorpus.Estimates.ToArray(), EstimateCsv.Deserialize(output).GetValueOrThrow().ToArray());
    }

    [Fact]
    public void ExportJsonl_WritesOneEstimatePerLine()
    {
        var (exit, output, _) = Run("export", "--format", "jsonl");
        Assert.Equal(0, exit);
        Assert.Equal(SeedCorpus.Estimates.Length, EstimateJson.DeserializeLines(new StringReader(output)).Length);
    }

    [Fact]
    public void ExportParquet_WritesAParquetFile_AndNeedsOutput()
    {
        string file = PathTo("seeds.parquet");
        Assert.Equal(0, Run("export", "--format", "parquet", "--output", file).Exit);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(file)[..4]);
        var (exit, _, error) = Run("export", "--format", "parquet");
        Assert.Equal(2, exit);
        Assert.Contains("--output FILE.parquet", OneLine(error), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportParquet_InTheBuildWithoutParquet_SaysWhereParquetIs_AndWritesNothing()
    {
        // The Native AOT build turns the feature switch off; the command then refuses before it opens the file.
        string file = PathTo("seeds.parquet");
        string message = Assert.Single(ParseExportWithoutParquet("export", "--format", "parquet", "--output", file).Errors).Message;
        Assert.Contains("--format parquet is not in the Native AOT build", message, StringComparison.Ordinal);
        Assert.Contains("ConflictData.Parquet package", message, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
        Assert.Empty(ParseExportWithoutParquet("export", "--format", "csv").Errors);
    }

    private static ParseResult ParseExportWithoutParquet(params string[] args) =>
        new RootCommand { ExportCommand.Create(ToolConsole.Redirected(TextWriter.Null, TextWriter.Null), parquet: false) }.Parse(args);

    [Fact]
    public void ExportWithAnUnknownFormat_IsAUsageError()
    {
        var (exit, _, error) = Run("export", "--format", "xml");
        Assert.Equal(2, exit);
        Assert.StartsWith("conflictdata export: ", OneLine(error), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_WritesTheJsonFormat_OfAnExportedCsv()
    {
        string csv = PathTo("seeds.csv");
        Assert.Equal(0, Run("export", "--format", "csv", "--output", csv).Exit);
        var (exit, output, error) = Run("import", csv);
        Assert.Equal((0, ""), (exit, error));
        Assert.Equal(SeedCorpus.Estimates.ToArray(), EstimateJson.Deserialize(output).ToArray());
    }

    [Fact]
    public void Import_OfAMalformedCsv_IsOneLineWithLineColumnAndRule_AndWritesNothing()
    {
        string csv = PathTo("bad.csv");
        File.WriteAllText(csv, "id,indicator,unit,low,low_inclusive\r\na,fighters,person,1,TRUE\r\nb,fighters,person,x,TRUE\r\nc,fighters,person,y,TRUE\r\n");
        string json = PathTo("out.json");
        var (exit, output, error) = Run("import", csv, "--output", json);
        Assert.Equal((1, ""), (exit, output));
        Assert.Equal($"conflictdata import: '{csv}' line 3, column 4 (low): \"x\" is not a number that fits a .NET decimal; write digits with a '.' decimal point and no thousands separators, such as 14000 or 2.5. (and 1 more problems); nothing was imported.",
            OneLine(error));
        Assert.False(File.Exists(json));
    }

    [Fact]
    public void Import_OfAMissingFile_IsOneLine()
    {
        var (exit, _, error) = Run("import", PathTo("missing.csv"));
        Assert.Equal(1, exit);
        Assert.Equal($"conflictdata import: file '{PathTo("missing.csv")}' does not exist.", OneLine(error));
    }

    [Fact]
    public void Plot_WritesAWellFormedSvg_OfTheGroupsTimeline()
    {
        string svg = PathTo("fighters.svg");
        var (exit, _, error) = Run("plot", "fighters of IS in IQ+SY (person) @ 2019-02", "--output", svg);
        Assert.Equal((0, ""), (exit, error));
        string text = string.Concat(XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("sum of parts", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Plot_OfAnUnknownGroup_IsOneLineFailure_AndABadExtensionAUsageError()
    {
        var (exit, _, error) = Run("plot", "no such group", "--output", PathTo("x.svg"));
        Assert.Equal(1, exit);
        Assert.Equal("conflictdata plot: no reconciled group is named 'no such group'.", OneLine(error));
        var (usage, _, usageError) = Run("plot", "fighters", "--output", PathTo("x.jpg"));
        Assert.Equal(2, usage);
        Assert.Contains("must end in .svg or .png", OneLine(usageError), StringComparison.Ordinal);
    }
}
