using System;
using System.Collections.Immutable;
using System.Threading;

namespace ConflictData.Utility;

/// <summary>
/// An immutable array made by a factory when first read, then kept: a reconciliation builds every group's inputs and
/// diagnostics for a million estimates, and most callers read a few groups.
/// </summary>
/// <remarks>The factory must give equal arrays whenever it runs, reading only state that no longer changes. Thread-safe:
/// two threads may both run it, and both get the array that was published first; the factory (and whatever it holds) is
/// let go once the array is kept.</remarks>
internal sealed class DeferredArray<T>
{
    private ImmutableArray<T> value;
    private Func<ImmutableArray<T>>? make;

    internal DeferredArray(Func<ImmutableArray<T>> make) => this.make = make;

    internal DeferredArray(ImmutableArray<T> value) => this.value = value;

    /// <summary>The array, made on first read.</summary>
    internal ImmutableArray<T> Value
    {
        get
        {
            if (!value.IsDefault)
            {
                return value;
            }
            // The array is published (with a full fence) before the factory is let go, so a reader that finds no factory
            // finds the array.
            if (Volatile.Read(ref make) is { } factory)
            {
                ImmutableInterlocked.InterlockedInitialize(ref value, factory());
                Volatile.Write(ref make, null);
            }
            return value;
        }
    }
}
