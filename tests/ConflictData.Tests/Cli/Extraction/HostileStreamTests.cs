using System;
using System.IO;
using System.Linq;
using System.Text;
using ConflictData.Cli.Extraction;
using ConflictData.Text;

namespace ConflictData.Tests.Cli.Extraction;

/// <summary>
/// Streams meant to hurt: a 100 MB line, bytes that are not UTF-8, a stream cut off in the middle of a document. Each
/// ends with one clear message, having held at most the limit; the big inputs are made on the fly, never stored.
/// </summary>
public class HostileStreamTests
{
    private const long HundredMegabytes = 100L * 1000 * 1000;

    /// <summary>A read-only stream of <paramref name="head"/>, then <paramref name="length"/> bytes of <paramref name="fill"/>, then <paramref name="tail"/>.</summary>
    private sealed class Generated(byte[] head, long length, byte fill, byte[] tail) : Stream
    {
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }

        /// <summary>The most bytes ever asked for at once: what the reader holds per read.</summary>
        public int LargestRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            LargestRead = Math.Max(LargestRead, count);
            long total = head.Length + length + tail.Length;
            int n = (int)Math.Min(count, total - position);
            for (int i = 0; i < n; i++, position++)
            {
                buffer[offset + i] = position < head.Length ? head[position]
                    : position < head.Length + length ? fill
                    : tail[position - head.Length - length];
            }
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void AHundredMegabyteLineOfText_StopsAtTheLimitWithOneMessage()
    {
        var stream = new Generated(Utf8("Some 40,000 fighters. "), HundredMegabytes, (byte)'x', []);
        var reader = new TextPieceReader(stream, "big.txt", new DocumentId("big"), null, DocumentLimits.DefaultMaxBytes);
        Assert.Empty(reader.Read());
        Assert.StartsWith("'big.txt' has a paragraph larger than the limit of 16 MiB", reader.Failure, StringComparison.Ordinal);
        Assert.True(stream.Position < DocumentLimits.DefaultMaxBytes + (1 << 20), $"read {stream.Position} bytes");
    }

    [Fact]
    public void AHundredMegabyteDocumentLine_IsReportedAndSkipped_AndTheNextDocumentIsRead()
    {
        var stream = new Generated(Utf8("{\"id\":\"a\",\"text\":\""), HundredMegabytes, (byte)'x', Utf8("\"}\n{\"id\":\"b\",\"text\":\"about 300 fighters\"}\n"));
        var reports = new System.Collections.Generic.List<string>();
        var reader = new DocumentLineReader(stream, "docs", null, DocumentLimits.DefaultMaxBytes, skipBad: true, reports.Add);
        var piece = Assert.Single(reader.Read());
        Assert.Equal("b", piece.Document.Id.Value);
        Assert.Equal("'docs' line 1: longer than the limit of 16 MiB (16777216 bytes) for one document (--max-document-bytes raises it); skipped.", Assert.Single(reports));
        Assert.Equal(1, reader.Skipped);
        Assert.True(stream.LargestRead <= DocumentLimits.DefaultMaxBytes + 2, $"asked for {stream.LargestRead} bytes at once");
    }

    [Fact]
    public void InvalidUtf8_InText_NamesTheByteAndItsOffset_AcrossBlocks()
    {
        // The bad byte sits past the first block, so its offset counts the blocks before it.
        var stream = new Generated([], 300_000, (byte)'a', [0xC3, 0x28]);
        var reader = new TextPieceReader(stream, "bad.txt", new DocumentId("bad"), null, DocumentLimits.DefaultMaxBytes);
        Assert.Empty(reader.Read());
        Assert.Equal("'bad.txt' is not UTF-8 text: invalid byte 0xC3 at byte offset 300000.", reader.Failure);
    }

    [Fact]
    public void InvalidUtf8_InADocumentLine_IsABadDocumentWithItsLineNumber()
    {
        byte[] stream = [.. Utf8("{\"id\":\"a\",\"text\":\"about 300\"}\n{\"id\":\"b\",\"text\":\"caf"), 0xE9, .. Utf8("\"}\n")];
        var reader = new DocumentLineReader(new MemoryStream(stream), "docs", null, DocumentLimits.DefaultMaxBytes, skipBad: false, _ => { });
        Assert.Equal(["a"], reader.Read().Select(p => p.Document.Id.Value).ToArray());
        Assert.StartsWith("'docs' line 2: \"text\" is not text: ", reader.Failure, StringComparison.Ordinal);
        Assert.EndsWith("; stopped there (--bad-documents skip reports and skips bad documents instead).", reader.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"b\",\"text\":\"about", "not a JSON object")]
    [InlineData("{\"id\":\"b\"}", "no \"text\"")]
    [InlineData("{\"id\":\"b\",\"text\":\"x\",\"published\":\"2019-02-30\"}", "published '2019-02-30' is not a date")]
    [InlineData("{\"id\":\"b c\",\"text\":\"x\"}", "id 'b c' is not a document id")]
    [InlineData("[1,2]", "a JSON array, not an object")]
    public void AStreamCutOffOrABadLine_IsReportedWithItsLineNumber_AndNothingAfterIsLost(string bad, string problem)
    {
        string stream = "{\"id\":\"a\",\"text\":\"about 300 fighters\"}\n\n" + bad + "\n{\"id\":\"c\",\"text\":\"some 40 fighters\"}";
        var reports = new System.Collections.Generic.List<string>();
        var reader = new DocumentLineReader(new MemoryStream(Utf8(stream)), "docs", null, DocumentLimits.DefaultMaxBytes, skipBad: true, reports.Add);
        Assert.Equal(["a", "c"], reader.Read().Select(p => p.Document.Id.Value).ToArray());
        Assert.StartsWith("'docs' line 3: " + problem, Assert.Single(reports), StringComparison.Ordinal);
        Assert.Null(reader.Failure);
    }

    [Fact]
    public void AnEndlessStreamCutOffMidDocument_EndsWithTheLastLineReported()
    {
        var stream = new Generated(Utf8(string.Concat(Enumerable.Range(0, 1000).Select(i => $"{{\"id\":\"d{i}\",\"text\":\"about {i} fighters\"}}\n"))), 0, 0, Utf8("{\"id\":\"cut\",\"text\":\"some 4"));
        var reader = new DocumentLineReader(stream, "docs", null, DocumentLimits.DefaultMaxBytes, skipBad: false, _ => { });
        Assert.Equal(1000, reader.Read().Count());
        Assert.StartsWith("'docs' line 1001: not a JSON object", reader.Failure, StringComparison.Ordinal);
    }
}
