using System;
using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.ExceptionServices;
using System.Threading;
using ConflictData.Text;

namespace ConflictData.Cli.Extraction;

/// <summary>
/// Extraction on every core without changing a byte of the output: one reader (the caller's enumeration of pieces)
/// → N workers that extract and write JSON lines → one writer that puts the batches back in input order.
/// </summary>
/// <remarks>
/// <para>Pieces are grouped into batches of about 64K characters (the first batch smaller, so the first lines come out at
/// once). Memory is bounded by the queue: at most <c>N + 1</c> batches are read ahead of the writer (one for each worker
/// and one waiting), each 64K characters and one piece at most, plus its mentions and its output in pooled memory,
/// whatever the length of the input. Batches four times larger, or a queue twice as deep, held 43-45 MiB instead of
/// 35 MiB for 20 MB of news on two threads, for no CPU the measurements could show (benchmarks/README.md).</para>
/// <para>The writer is also where pieces of one document meet: a piece whose "that year" read a year from before the piece
/// is extracted again, in order, with the year the pieces before it ended on, so the result is the whole document's.</para>
/// <para>With one thread everything runs on the calling thread in the same order, and gives the same bytes.</para>
/// </remarks>
internal sealed class ExtractionPipeline
{
    private const int FirstBatchChars = 16 * 1024;
    private const int BatchChars = 64 * 1024;

    private readonly TextExtractor extractor;
    private readonly int threads;

    internal ExtractionPipeline(TextExtractor extractor, int threads)
    {
        this.extractor = extractor;
        this.threads = threads;
    }

    /// <summary>
    /// Extracts every piece and hands each one, in input order and with its lines (jsonl) when
    /// <paramref name="jsonLines"/>, to <paramref name="write"/> on the calling thread.
    /// </summary>
    internal void Run(IEnumerable<TextPiece> pieces, bool jsonLines, Action<TextPiece, ReadOnlySpan<byte>> write)
    {
        var ordered = new Ordered(extractor, jsonLines, write);
        if (threads == 1)
        {
            foreach (var batch in Batches(pieces))
            {
                Process(batch, jsonLines);
                ordered.Write(batch);
                batch.Dispose();
            }
            return;
        }
        using var cancel = new CancellationTokenSource();
        using var inOrder = new BlockingCollection<ExtractionBatch>(threads + 1);
        using var work = new BlockingCollection<ExtractionBatch>();
        Exception? failure = null;
        var workers = new List<Thread>();
        for (int i = 0; i < threads; i++)
        {
            workers.Add(Start(() =>
            {
                foreach (var batch in work.GetConsumingEnumerable(cancel.Token))
                {
                    Process(batch, jsonLines);
                    batch.MarkDone();
                }
            }));
        }
        var reader = Start(() =>
        {
            try
            {
                foreach (var batch in Batches(pieces))
                {
                    inOrder.Add(batch, cancel.Token);
                    work.Add(batch, cancel.Token);
                }
            }
            finally
            {
                inOrder.CompleteAdding();
                work.CompleteAdding();
            }
        });
        Thread Start(Action action)
        {
            var thread = new Thread(() =>
            {
                try
                {
                    action();
                }
                catch (OperationCanceledException) when (cancel.IsCancellationRequested)
                {
                    // The writer stopped (a closed pipe, a full disk); its exception is the one reported.
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref failure, e, null);
                    cancel.Cancel();
                }
            })
            { IsBackground = true };
            thread.Start();
            return thread;
        }
        try
        {
            foreach (var batch in inOrder.GetConsumingEnumerable(cancel.Token))
            {
                batch.WaitDone(cancel.Token);
                ordered.Write(batch);
                batch.Dispose();
            }
        }
        catch (OperationCanceledException) when (failure is not null)
        {
            // A worker or the reader failed; rethrown below.
        }
        catch
        {
            cancel.Cancel();
            throw;
        }
        reader.Join();
        foreach (var worker in workers)
        {
            worker.Join();
        }
        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }

    private void Process(ExtractionBatch batch, bool jsonLines)
    {
        using var json = jsonLines ? new JsonLinesWriter(batch.Lines) : null;
        foreach (var piece in batch.Pieces)
        {
            piece.Extract(extractor);
            if (json is not null)
            {
                MentionLines.Write(json, piece);
            }
            batch.LineEnds.Add(batch.Lines.WrittenCount);
        }
    }

    private static IEnumerable<ExtractionBatch> Batches(IEnumerable<TextPiece> pieces)
    {
        var batch = new ExtractionBatch();
        long target = FirstBatchChars;
        foreach (var piece in pieces)
        {
            batch.Pieces.Add(piece);
            batch.Characters += piece.Document.Text.Length;
            if (batch.Characters >= target)
            {
                yield return batch;
                batch = new ExtractionBatch();
                target = BatchChars;
            }
        }
        if (batch.Pieces.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>The writer's side: batches in order, the year carried from piece to piece of one document.</summary>
    private sealed class Ordered(TextExtractor extractor, bool jsonLines, Action<TextPiece, ReadOnlySpan<byte>> write)
    {
        private readonly ArrayBufferWriter<byte> again = new();
        private int? lastYear;

        internal void Write(ExtractionBatch batch)
        {
            int start = 0;
            for (int i = 0; i < batch.Pieces.Count; i++)
            {
                var piece = batch.Pieces[i];
                int end = batch.LineEnds[i];
                int? carried = piece.Continues ? lastYear : null;
                if (piece.ReadEarlierYear && carried is int year)
                {
                    piece.ExtractAfter(extractor, year);
                    again.ResetWrittenCount();
                    if (jsonLines)
                    {
                        using var json = new JsonLinesWriter(again);
                        MentionLines.Write(json, piece);
                    }
                    write(piece, again.WrittenSpan);
                }
                else
                {
                    write(piece, batch.Lines.WrittenSpan[start..end]);
                }
                lastYear = piece.LastYear ?? carried;
                start = end;
            }
        }
    }
}
