using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ConflictData.Cli;
using ConflictData.Cli.Extraction;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;
using FsCheck.Xunit;
using NodaTime;

namespace ConflictData.Tests.Cli.Extraction;

/// <summary>
/// The law of the pipeline: the bytes written depend only on the input — not on the number of threads, not on where a
/// text is cut into pieces — and equal those of extracting each whole document at once.
/// </summary>
public class ExtractionPipelineTests
{
    private static readonly PublicationTime Published = PublicationTime.OnDate(new LocalDate(2019, 3, 24));

    /// <summary>The five seed articles, then lines that need the year of an earlier piece ("that year").</summary>
    private static readonly string News = string.Concat(SeedTexts.Ids.Select(id => File.ReadAllText(Path.Combine(SeedTexts.Folder, id + ".txt")) + "\n"))
        + "The group was founded in 2014.\nBy the end of that year some 40,000 fighters had joined.\n"
        + "In March 2016 about 5,000 were killed.\n\nThat year, at least 3,000 more left.\n";

    /// <summary>What extracting the whole text at once writes.</summary>
    private static readonly string Whole = Lines(new TextPiece(new Document(new DocumentId("news"), News, Published), 0, continues: false));

    private static string Lines(TextPiece piece)
    {
        piece.Extract(TextExtractor.Default);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new JsonLinesWriter(buffer))
        {
            MentionLines.Write(json, piece);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string RunPipeline(IEnumerable<TextPiece> pieces, int threads)
    {
        var output = new MemoryStream();
        new ExtractionPipeline(TextExtractor.Default, threads).Run(pieces, jsonLines: true, (_, lines) => output.Write(lines));
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static TextPieceReader Reader(string text, int pieceChars) =>
        new(new MemoryStream(Encoding.UTF8.GetBytes(text)), "news", new DocumentId("news"), Published, DocumentLimits.DefaultMaxBytes, pieceChars, pieceChars);

    [Fact]
    public void TheWholeText_HasMentionsAndAYearFromAnEarlierPiece()
    {
        Assert.Contains("that year\"", Whole, StringComparison.Ordinal);
        Assert.True(Whole.Split('\n').Length > 20, Whole);
    }

    [Property(Arbitrary = new[] { typeof(PieceArbitraries) }, MaxTest = 40)]
    public void AnyPieceSizeAndThreadCount_WritesTheBytesOfTheWholeText(PieceSize size, ThreadCount threads)
    {
        var reader = Reader(News, size.Chars);
        Assert.Equal(Whole, RunPipeline(reader.Read(), threads.Threads));
        Assert.Null(reader.Failure);
    }

    [Fact]
    public void EveryParagraphEndOfTheSeeds_IsACutThatChangesNothing()
    {
        // One piece per paragraph: the smallest pieces, so every cut the reader may ever make is made.
        var reader = Reader(News, 1);
        var pieces = reader.Read().ToList();
        Assert.True(pieces.Count > 50, $"{pieces.Count} pieces");
        Assert.Equal(Whole, RunPipeline(pieces, 1));
    }

    [Fact]
    public void Documents_OneOrManyThreads_SameBytesInInputOrder()
    {
        var lines = News.Split('\n').Where(l => l.Length > 0).Select((text, i) =>
            $$"""{"id":"d{{i}}","text":{{System.Text.Json.JsonSerializer.Serialize(text)}},"published":"2019-03-24"}""");
        byte[] stream = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        string Run(int threads) => RunPipeline(new DocumentLineReader(new MemoryStream(stream), "docs", null, DocumentLimits.DefaultMaxBytes, skipBad: false, _ => { }).Read(), threads);
        string one = Run(1);
        Assert.True(one.Split('\n').Select(l => l.Split(',')[0]).Distinct().Count() > 20, one);
        Assert.Equal(one, Run(2));
        Assert.Equal(one, Run(7));
    }
}
