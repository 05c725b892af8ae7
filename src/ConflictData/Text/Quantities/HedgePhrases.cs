using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace ConflictData.Text.Quantities;

/// <summary>
/// The hedge phrases of <see cref="Hedge"/>'s vocabulary that are written as words around a number, indexed by their
/// first word for the scanner. Kinds come from the vocabulary; this class only knows which phrases follow the number.
/// </summary>
internal static class HedgePhrases
{
    /// <summary>The phrases written after the number ("300 or so", "500 or more", "200 or greater").</summary>
    private static readonly FrozenSet<string> Postfix = new[] { "or so", "or more", "or less", "or fewer", "or greater", "or above", "or higher", "and more", "and above", "or below", "or lower" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> PrefixByFirstWord = Index(prefix: true);

    private static readonly FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> PostfixByFirstWord = Index(prefix: false);

    /// <summary>The candidate phrases (as words, longest first) that start with <paramref name="word"/>.</summary>
    internal static ReadOnlySpan<string[]> Candidates(ReadOnlySpan<char> word, bool prefix)
    {
        var index = prefix ? PrefixByFirstWord : PostfixByFirstWord;
        return index.TryGetValue(word, out var phrases) ? phrases : default;
    }

    /// <summary>What the phrase says, from <see cref="Hedge"/>'s vocabulary.</summary>
    internal static HedgeKinds KindsOf(string[] words) => Hedge.Recognize(string.Join(' ', words))!.Kinds;

    private static FrozenDictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> Index(bool prefix) =>
        Hedge.KnownPhrases
            .Where(p => !p.Contains('…', StringComparison.Ordinal) && !Hedge.Recognize(p)!.Has(HedgeKinds.Vague)
                        && Postfix.Contains(p) != prefix)
            .Select(p => p.Split(' '))
            .GroupBy(words => words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
