using System;
using System.Linq;
using ConflictData.Cli;
using FsCheck.Xunit;

namespace ConflictData.Tests.Cli;

/// <summary>The pooled buffer holds exactly what was written, in order, however the writes grow it.</summary>
public class PooledBufferWriterTests
{
    [Property(Arbitrary = new[] { typeof(OutputArbitraries) }, MaxTest = 30)]
    public void ChunksOfAnySize_ReadBackInOrder(ByteChunks chunks)
    {
        using var writer = new PooledBufferWriter();
        int total = 0;
        foreach (int size in chunks.Sizes)
        {
            // Ask for more than is written, as Utf8JsonWriter does, and write a pattern that shows any misplaced byte.
            var span = writer.GetSpan(size + 7);
            Assert.True(span.Length >= size + 7);
            for (int i = 0; i < size; i++)
            {
                span[i] = (byte)((total + i) % 251);
            }
            writer.Advance(size);
            total += size;
        }
        Assert.Equal(total, writer.WrittenCount);
        Assert.True(writer.WrittenSpan.ToArray().Select((b, i) => b == (byte)(i % 251)).All(same => same));
    }

    [Property(Arbitrary = new[] { typeof(OutputArbitraries) }, MaxTest = 10)]
    public void Dispose_EmptiesTheWriter_WhichMayBeWrittenAgain(ByteChunks chunks)
    {
        var writer = new PooledBufferWriter();
        foreach (int size in chunks.Sizes)
        {
            writer.GetMemory(size);
            writer.Advance(size);
        }
        writer.Dispose();
        Assert.Equal(0, writer.WrittenCount);
        writer.GetSpan(3)[..3].Fill((byte)'x');
        writer.Advance(3);
        Assert.Equal("xxx", System.Text.Encoding.ASCII.GetString(writer.WrittenSpan));
        writer.Dispose();
    }

    [Fact]
    public void Advance_PastWhatWasAskedFor_IsRefusedWithTheRoomLeft()
    {
        using var writer = new PooledBufferWriter();
        int room = writer.GetSpan(10).Length;
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(room + 1));
        Assert.Contains($"the {room} bytes asked for", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, writer.WrittenCount);
        Assert.Throws<ArgumentOutOfRangeException>(() => writer.Advance(-1));
    }
}
