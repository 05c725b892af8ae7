using System;
using System.IO;
using ConflictData.Cli;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Cli;

public sealed class TerminalTextTests : IDisposable
{
    private readonly TemporaryFolder folder = new("terminal-text-tests");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("two\r\nlines\nand\ta tab", "two lines and a tab")]
    [InlineData("red \u001b[31mtext", "red \\u001B[31mtext")]
    [InlineData("bell\u0007 and nul\0", "bell\\u0007 and nul\\u0000")]
    [InlineData("next\u0085line\u2028sep", "next line sep")]
    public void OneLine_TurnsBreaksIntoSpacesAndEscapesOtherControls(string text, string expected) =>
        Assert.Equal(expected, TerminalText.OneLine(text));

    [Fact]
    public void ExtractTable_EscapesControlCharactersOfTheText()
    {
        string path = Path.Combine(folder.Path, "escape.txt");
        File.WriteAllText(path, "some 40,000\u001b[2J fighters");
        var (exit, output, _) = ToolRun.Run("extract", path);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("\u001b", output, StringComparison.Ordinal);
        Assert.Contains("some 40,000", output, StringComparison.Ordinal);
    }
}
