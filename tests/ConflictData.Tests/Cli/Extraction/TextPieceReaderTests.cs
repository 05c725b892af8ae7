using System;
using System.IO;
using System.Text;
using System.Text.Json;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Cli.Extraction;

/// <summary>How <c>extract</c> reads its file: bounded, and one policy for bad encodings (refused, naming the byte offset).</summary>
public sealed class TextPieceReaderTests : IDisposable
{
    private const string Text = "Officials said some 40,000 fighters — “up to 3,000 foreigners” — remained.";

    private readonly TemporaryFolder folder = new("reader-tests");

    public void Dispose() => folder.Dispose();

    private string Write(string name, byte[] bytes) => folder.Write(name, bytes);

    [Fact]
    public void Directory_IsReportedAsADirectory()
    {
        var (exit, _, error) = ToolRun.Run("extract", folder.Path);
        Assert.Equal(1, exit);
        Assert.Equal($"conflictdata extract: '{folder.Path}' is a directory, not a file.", ToolRun.SingleErrorLine(error, "conflictdata extract: "));
    }

    [Fact]
    public void FileOverTheLimit_IsOneLineNamingTheLimitAndTheOption()
    {
        string path = Write("big.txt", Encoding.UTF8.GetBytes(new string('7', 1001)));
        var (exit, output, error) = ToolRun.Run("extract", path, "--max-document-bytes", "1000");
        Assert.Equal(1, exit);
        Assert.Empty(output);
        string line = ToolRun.SingleErrorLine(error, "conflictdata extract: ");
        Assert.Contains("limit of 1000 bytes", line, StringComparison.Ordinal);
        Assert.Contains("--max-document-bytes", line, StringComparison.Ordinal);
        Assert.Equal(0, ToolRun.Run("extract", path, "--max-document-bytes", "1001").Exit);
    }

    [Fact]
    public void EndlessDevice_StopsAtTheDefaultLimit()
    {
        if (!File.Exists("/dev/zero"))
        {
            Assert.Fail("this test needs /dev/zero (Linux or macOS)");
        }
        var (exit, _, error) = ToolRun.Run("extract", "/dev/zero");
        Assert.Equal(1, exit);
        Assert.Contains("larger than the limit of 16 MiB", ToolRun.SingleErrorLine(error, "conflictdata extract: "), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8_IsRefusedNamingTheByteOffset()
    {
        string path = Write("latin1.txt", [0x34, 0x30, 0x2C, 0x30, 0x30, 0x30, 0x20, 0xA3, 0xFF]);
        var (exit, _, error) = ToolRun.Run("extract", path);
        Assert.Equal(1, exit);
        Assert.EndsWith("is not UTF-8 text: invalid byte 0xA3 at byte offset 7.", ToolRun.SingleErrorLine(error, "conflictdata extract: "), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithALoneSurrogate_IsRefusedNamingTheByteOffset(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("40,000 "), .. bigEndian ? new byte[] { 0xD8, 0x00 } : [0x00, 0xD8], .. encoding.GetBytes(" fighters")];
        var (exit, _, error) = ToolRun.Run("extract", Write("lone.txt", bytes));
        Assert.Equal(1, exit);
        Assert.EndsWith("is not UTF-16 text: a lone surrogate 0xD800 at byte offset 16.", ToolRun.SingleErrorLine(error, "conflictdata extract: "), StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithAnOddByteCount_IsRefused()
    {
        var (exit, _, error) = ToolRun.Run("extract", Write("odd.txt", [0xFF, 0xFE, 0x34, 0x00, 0x30]));
        Assert.Equal(1, exit);
        Assert.Contains("odd number of bytes", ToolRun.SingleErrorLine(error, "conflictdata extract: "), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryAcceptedEncoding_GivesTheSameMentionsAndSpans()
    {
        // Each file is its own document, named after the file; the mentions are what must agree.
        string Extract(string name, byte[] bytes) =>
            ToolRun.Run("extract", Write(name, bytes), "--format", "jsonl").Out.Replace($"\"document\":\"{Path.GetFileNameWithoutExtension(name)}\"", "\"document\":\"utf8\"", StringComparison.Ordinal);
        string utf8 = Extract("utf8.txt", Encoding.UTF8.GetBytes(Text));
        Assert.Equal(2, utf8.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(utf8, Extract("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Text)]));
        foreach (var encoding in new[] { new UnicodeEncoding(false, true), new UnicodeEncoding(true, true) })
        {
            Assert.Equal(utf8, Extract("utf16.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Text)]));
        }
        var first = JsonDocument.Parse(utf8.Split('\n')[0]).RootElement;
        Assert.Equal("some 40,000 fighters", Text[first.GetProperty("start").GetInt32()..first.GetProperty("end").GetInt32()]);
    }
}
