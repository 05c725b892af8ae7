using System;
using System.IO;
using System.Text;
using ConflictData.Cli;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Cli;

public class ToolTests
{
    [Theory]
    [InlineData("conflictdata list: ", "list", "extra")]
    [InlineData("conflictdata list: ", "list", "--format")]
    [InlineData("conflictdata list: ", "list", "--format", "csv")]
    [InlineData("conflictdata show: ", "show")]
    [InlineData("conflictdata extract: ", "extract")]
    [InlineData("conflictdata: ", "frobnicate")]
    [InlineData("conflictdata: ")]
    public void UsageErrors_AreOneLineNamingTheCommandWithExitTwo(string prefix, params string[] args)
    {
        var (exit, output, error) = ToolRun.Run(args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        string line = ToolRun.SingleErrorLine(error, prefix);
        Assert.DoesNotContain("usage:", line, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownCommand_NamesItAndTheCommands() =>
        Assert.Equal(
            "conflictdata: 'frobnicate' is not a command; the commands are list, show, extract, reconcile, explain, export, import, plot, help. ('conflictdata --help' shows the usage.)",
            ToolRun.Run("frobnicate").Err.TrimEnd());

    [Fact]
    public void CommandHelp_IsPrintedOnStandardOutputEvenWithoutTheRequiredFile()
    {
        var (exit, output, error) = ToolRun.Run("extract", "--help");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Contains("--published", output, StringComparison.Ordinal);
        Assert.Contains("--max-document-bytes", output, StringComparison.Ordinal);
        Assert.Equal(output, ToolRun.Run("help", "extract").Out);
    }

    [Fact]
    public void ToolHelp_ListsEveryCommand()
    {
        string output = ToolRun.Run("--help").Out;
        Assert.All(["list", "show", "extract", "help"], name => Assert.Contains("  " + name + " ", output, StringComparison.Ordinal));
    }

    [Fact]
    public void ToolHelp_NamesArgumentsShortlyAndFitsATerminal()
    {
        string output = ToolRun.Run("--help").Out;
        Assert.Contains("  show <ID> ", output, StringComparison.Ordinal);
        Assert.All(output.ReplaceLineEndings("\n").Split('\n'), line => Assert.True(line.Length <= 200, $"a help line of {line.Length} characters: {line[..Math.Min(line.Length, 80)]}…"));
    }

    [Fact]
    public void UsageErrors_AreTheSameUnderHostileCultures()
    {
        CultureScope.AssertInvariant(() => ToolRun.Run("show").Err);
        CultureScope.AssertInvariant(() => ToolRun.Run("list", "extra").Err);
    }

    [Theory]
    [InlineData("16", "conflictdata ext", "extract")]
    [InlineData("27", "conflictdata list --format ", "jsonl\ntable")]
    [InlineData("34", "conflictdata show 004-guterres-mil", "004-guterres-militants-iraq-syria")]
    public void SuggestDirective_CompletesCommandsOptionValuesAndIds(string position, string line, string expected) =>
        Assert.Equal(expected, ToolRun.Run($"[suggest:{position}]", line).Out.ReplaceLineEndings("\n").TrimEnd());

    [Fact]
    public void UnexpectedException_IsOneLineAndExitOne()
    {
        var stderr = new StringWriter();
        int exit = Tool.Run(["list"], new ThrowingWriter(new InvalidOperationException("the writer broke")), stderr);
        Assert.Equal(1, exit);
        string line = ToolRun.SingleErrorLine(stderr.ToString(), "conflictdata list: unexpected error (InvalidOperationException): the writer broke");
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void FailedWrite_IsOneLineAndExitOne()
    {
        var stderr = new StringWriter();
        int exit = Tool.Run(["list", "--format", "jsonl"], new ThrowingWriter(new IOException("No space left on device", 28)), stderr);
        Assert.Equal(1, exit);
        Assert.Equal("conflictdata list: cannot write the output: No space left on device", stderr.ToString().TrimEnd());
    }

    [Fact]
    public void ClosedPipe_EndsQuietlyWithExitZero()
    {
        var stderr = new StringWriter();
        Assert.Equal(0, Tool.Run(["list"], new ThrowingWriter(new IOException("Broken pipe", 32)), stderr));
        Assert.Empty(stderr.ToString());
    }

    private sealed class ThrowingWriter(Exception failure) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw failure;

        public override void Write(ReadOnlySpan<char> buffer) => throw failure;

        public override void Write(string? value) => throw failure;

        public override void WriteLine(ReadOnlySpan<char> buffer) => throw failure;

        public override void WriteLine(string? value) => throw failure;
    }
}
