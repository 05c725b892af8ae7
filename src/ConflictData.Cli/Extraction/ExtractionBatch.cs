using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace ConflictData.Cli.Extraction;

/// <summary>
/// The unit a worker takes: consecutive pieces, and once extracted, their JSON lines in one UTF-8 buffer, the byte
/// range of each piece's lines kept so the ordered writer can replace one piece that must be extracted again.
/// </summary>
internal sealed class ExtractionBatch : IDisposable
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    internal List<TextPiece> Pieces { get; } = [];

    /// <summary>The JSON lines of every piece, one after the other (jsonl only), in pooled memory until <see cref="Dispose"/>.</summary>
    internal PooledBufferWriter Lines { get; } = new();

    /// <summary>Where each piece's lines end in <see cref="Lines"/>.</summary>
    internal List<int> LineEnds { get; } = [];

    /// <summary>The characters of text in the batch.</summary>
    internal long Characters { get; set; }

    internal void MarkDone() => done.SetResult();

    internal void WaitDone(CancellationToken cancel) => done.Task.Wait(cancel);

    /// <summary>Gives the lines' memory back once they are written.</summary>
    public void Dispose() => Lines.Dispose();
}
