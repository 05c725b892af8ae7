using System;

namespace ConflictData.Utility;

/// <summary>Reorders a span in place by a permutation, moving each item once.</summary>
/// <remarks>The reconciler orders a million entries (structs of several references) by key and time: moving them along
/// the permutation's cycles needs neither a second array of them nor more than one move each.</remarks>
internal static class Permutation
{
    /// <summary>
    /// Moves <paramref name="items"/>[<paramref name="sources"/>[i]] to position i, for every i. <paramref name="sources"/>
    /// must be a permutation of 0..n-1 (n the length of both); it is used up: every element is -1 afterwards.
    /// </summary>
    /// <example>Items [a, b, c] with sources [2, 0, 1] become [c, a, b].</example>
    /// <exception cref="ArgumentException">The spans' lengths differ, or <paramref name="sources"/> is not a permutation
    /// (then the items are left in an unspecified order).</exception>
    internal static void Apply<T>(Span<T> items, Span<int> sources)
    {
        Preconditions.CheckArgument(items.Length == sources.Length, nameof(sources),
            $"The permutation has {sources.Length} positions for {items.Length} items; it needs one per item.");
        for (int i = 0; i < sources.Length; i++)
        {
            if (sources[i] < 0)
            {
                continue;
            }
            var first = items[i];
            int at = i;
            while (true)
            {
                int from = sources[at];
                Preconditions.CheckArgument(from >= 0 && from < sources.Length && (from == i || sources[from] >= 0), nameof(sources),
                    $"The sources are not a permutation of 0..{sources.Length - 1}: position {at} takes {from}, which is out of range or taken twice.");
                sources[at] = -1;
                if (from == i)
                {
                    items[at] = first;
                    break;
                }
                items[at] = items[from];
                at = from;
            }
        }
    }
}
