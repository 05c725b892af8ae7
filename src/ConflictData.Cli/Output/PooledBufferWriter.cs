using System;
using System.Buffers;

namespace ConflictData.Cli;

/// <summary>
/// UTF-8 bytes written into arrays rented from <see cref="ArrayPool{T}.Shared"/> and returned by <see cref="Dispose"/>:
/// the JSON lines of one batch, which live only until the ordered writer has copied them out.
/// </summary>
/// <remarks>
/// A growing <see cref="ArrayBufferWriter{T}"/> allocates a new array at every doubling, and from 85,000 bytes up each one
/// lands on the large object heap, which only a full collection frees: a batch's half a megabyte of lines then costs
/// several large arrays that stay in memory long after the batch is written. Rented arrays go back to the pool and are
/// reused by the next batch.
/// </remarks>
internal sealed class PooledBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int FirstRent = 64 * 1024;

    private byte[] buffer = [];
    private int written;

    /// <summary>The bytes written so far.</summary>
    internal int WrittenCount => written;

    /// <summary>The bytes written so far, valid until the next write or <see cref="Dispose"/>.</summary>
    internal ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, written);

    public void Advance(int count)
    {
        if (count < 0 || count > buffer.Length - written)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"Advance must be from 0 to the {buffer.Length - written} bytes asked for.");
        }
        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    /// <summary>Returns the array to the pool; the writer is empty afterwards and may be written again.</summary>
    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        buffer = [];
        written = 0;
    }

    private void Reserve(int sizeHint)
    {
        int needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }
        byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Max(Math.Max(FirstRent, 2 * buffer.Length), written + needed));
        WrittenSpan.CopyTo(larger);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        buffer = larger;
    }
}
