using System;
using System.Buffers;

namespace ConflictData.Text.Scanning;

/// <summary>A growable token array rented from the shared pool, returned on <see cref="Dispose"/>.</summary>
internal sealed class TokenBuffer : IDisposable
{
    private Token[] items;

    internal TokenBuffer(int capacityHint) => items = ArrayPool<Token>.Shared.Rent(Math.Max(16, capacityHint));

    internal int Count { get; private set; }

    internal ref readonly Token this[int index] => ref items[index];

    internal void Add(in Token token)
    {
        if (Count == items.Length)
        {
            var larger = ArrayPool<Token>.Shared.Rent(items.Length * 2);
            Array.Copy(items, larger, Count);
            ArrayPool<Token>.Shared.Return(items);
            items = larger;
        }
        items[Count++] = token;
    }

    public void Dispose()
    {
        ArrayPool<Token>.Shared.Return(items);
        items = [];
        Count = 0;
    }
}
