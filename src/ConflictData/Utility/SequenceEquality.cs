using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace ConflictData.Utility;

/// <summary>Element-wise equality and hashing for the immutable arrays inside value types.</summary>
internal static class SequenceEquality
{
    internal static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }
        return true;
    }

    internal static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }
        return hash.ToHashCode();
    }
}
