using System;
using System.IO;
using System.Text;
using ConflictData.Cli;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Cli;

/// <summary>
/// The progress display of <c>extract</c>: on standard error only when it is a terminal and standard output is not,
/// never a byte of it in a pipe or a file, and the results the same either way.
/// </summary>
public sealed class ProgressDisplayTests : IDisposable
{
    private readonly TemporaryFolder folder = new("progress-tests");
    private readonly string path;

    public ProgressDisplayTests()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 3_000; i++)
        {
            text.Append("Some 40,000 fighters and up to 3,000 foreigners arrived in March 2019, officials said.\n");
        }
        path = folder.Write("news.txt", Encoding.UTF8.GetBytes(text.ToString()));
    }

    public void Dispose() => folder.Dispose();

    private (int Exit, string Out, string Err) Run(bool outIsTerminal, bool errorIsTerminal)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var console = new ToolConsole(stdout, stderr, outIsTerminal, ToolConsole.PipedWidth, errorIsTerminal);
        int exit = Tool.Run(["extract", path, "--format", "jsonl", "--published", "2019-03-24"], console);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void RedirectedStandardError_GetsNoProgressBytes()
    {
        var (exit, output, error) = Run(outIsTerminal: false, errorIsTerminal: false);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(9_000, ToolRun.Lines(output).Length);
    }

    [Fact]
    public void OutputOnTheTerminal_GetsNoProgressEvenWhenStandardErrorIsOne()
    {
        var (exit, _, error) = Run(outIsTerminal: true, errorIsTerminal: true);
        Assert.Equal(0, exit);
        Assert.Equal("", error);
    }

    [Fact]
    public void TerminalStandardError_ShowsProgress_AndTheOutputIsTheSame()
    {
        var (exit, output, error) = Run(outIsTerminal: false, errorIsTerminal: true);
        Assert.Equal(0, exit);
        Assert.Contains("extract", error, StringComparison.Ordinal);
        Assert.Contains("\u001b[", error, StringComparison.Ordinal);
        Assert.Equal(Run(outIsTerminal: false, errorIsTerminal: false).Out, output);
    }
}
