using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Cli;

/// <summary>
/// The built tool run as a process, for what only a real process shows: a full disk and a reader that goes away. Few
/// and quick; the tool's other behaviour is tested in-process.
/// </summary>
public sealed class ProcessTests : IDisposable
{
    private readonly TemporaryFolder folder = new("process-tests");

    public void Dispose() => folder.Dispose();

    /// <summary>Runs "dotnet ConflictData.Cli.dll ARGS" through the shell, so that redirections and pipes are real.</summary>
    private static (int Exit, string Out, string Err) Shell(string script)
    {
        string tool = Path.Combine(AppContext.BaseDirectory, "ConflictData.Cli.dll");
        var start = new ProcessStartInfo("/bin/bash", ["-c", script.Replace("TOOL", $"dotnet '{tool}'", StringComparison.Ordinal)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    [Fact]
    public void FullDisk_IsOneErrorLineAndExitOne()
    {
        var (exit, _, error) = Shell("TOOL list > /dev/full");
        Assert.Equal(1, exit);
        Assert.Equal("conflictdata list: cannot write the output: No space left on device", error.TrimEnd());
    }

    [Fact]
    public void ClosedPipe_EndsQuietlyWithExitZero()
    {
        // Far more output than a pipe buffers, so the tool is still writing when head has gone.
        string path = Path.Combine(folder.Path, "many.txt");
        var text = new StringBuilder();
        for (int i = 0; i < 2_000; i++)
        {
            text.Append("Some 40,000 fighters and up to 3,000 foreigners, officials said.\n");
        }
        File.WriteAllText(path, text.ToString());
        var (exit, output, error) = Shell($"TOOL extract '{path}' --format jsonl | head -1 > /dev/null; echo \"exit ${{PIPESTATUS[0]}}\" >&2");
        Assert.Equal(0, exit);
        Assert.Equal("", output);
        Assert.Equal("exit 0", error.TrimEnd());
    }

    [Fact]
    public void ExtractIntoAFileAndAPipe_WritesNoProgressBytesToRedirectedStandardError()
    {
        string path = Path.Combine(folder.Path, "long.txt");
        File.WriteAllText(path, string.Concat(Enumerable.Repeat("Some 40,000 fighters arrived in March 2019, officials said.\n", 5_000)));
        var (exit, output, error) = Shell($"TOOL extract '{path}' --format jsonl > '{path}.out' && TOOL extract '{path}' --format jsonl | wc -l");
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal("10000", output.Trim());
    }

    [Fact]
    public void ADocumentStreamSplitAcrossTwoProcesses_GivesTheBytesOfOne()
    {
        string docs = Path.Combine(folder.Path, "docs.jsonl");
        var lines = SeedTexts.Ids.Select(id => "{\"id\":\"" + id + "\",\"published\":\"2019-03-24\",\"text\":"
            + System.Text.Json.JsonSerializer.Serialize(File.ReadAllText(Path.Combine(SeedTexts.Folder, id + ".txt"))) + "}");
        File.WriteAllLines(docs, lines);
        var (exit, output, error) = Shell(
            $"head -n 2 '{docs}' | TOOL extract --documents - --format jsonl > '{docs}.a' && tail -n +3 '{docs}' | TOOL extract --documents - --format jsonl --threads 1 > '{docs}.b' "
            + $"&& TOOL extract --documents '{docs}' --format jsonl | cmp - <(cat '{docs}.a' '{docs}.b') && wc -l < '{docs}.a'");
        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.True(int.Parse(output.Trim(), System.Globalization.CultureInfo.InvariantCulture) > 10, output);
    }
}
