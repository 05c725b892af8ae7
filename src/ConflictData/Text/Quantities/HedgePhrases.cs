using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;

namespace ConflictData.Text;

/// <summary>
/// The hedge phrases of <see cref="Hedge"/>'s vocabulary that are written as words around a number, indexed by their
/// first word for the scanner. Kinds come from the vocabulary; this class only knows which phrases follow the number.
/// </summary>
internal static class HedgePhrases
{
    /// <summary>The phrases written after the number ("300 or so", "500 or more", "200 or greater").</summary>
    private static readonly FrozenSet<string> Postfix = new[] { "or so", "or more", "or less", "or fewer", "or greater", "or above", "or higher", "and more", "and above", "or below", "or lower" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The phrases written before or after the number ("at most 5,000 troops", "5,000 troops at most").</summary>
    private static readonly FrozenSet<string> EitherSide = new[] { "at most", "at the most", "at least" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The marks glued to a number that bound it ("1,200+", "3,000-plus"): read by the grammar, not as words.</summary>
    private static readonly FrozenSet<string> Glued = new[] { "+", "-plus" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string[] Words, HedgeKinds Kinds)[]>.AlternateLookup<ReadOnlySpan<char>> PrefixByFirstWord = Index(prefix: true);

    private static readonly FrozenDictionary<string, (string[] Words, HedgeKinds Kinds)[]>.AlternateLookup<ReadOnlySpan<char>> PostfixByFirstWord = Index(prefix: false);

    // The grammar asks at nearly every word of a phrase whether a hedge starts there; most words are turned away by their
    // length or first letter before any hashing.
    private static readonly WordShapes PrefixShapes = new(PrefixByFirstWord.Dictionary.Keys);

    private static readonly WordShapes PostfixShapes = new(PostfixByFirstWord.Dictionary.Keys);

    /// <summary>The candidate phrases (as words, longest first, with what they say) that start with <paramref name="word"/>.</summary>
    internal static ReadOnlySpan<(string[] Words, HedgeKinds Kinds)> Candidates(ReadOnlySpan<char> word, bool prefix)
    {
        var index = prefix ? PrefixByFirstWord : PostfixByFirstWord;
        if (!(prefix ? PrefixShapes : PostfixShapes).MayHold(word))
        {
            return default;
        }
        return index.TryGetValue(word, out var phrases) ? phrases : default;
    }

    /// <summary>The first words of the prefix phrases ("more", "up", "slightly"), lower case.</summary>
    internal static IEnumerable<string> FirstWords => PrefixByFirstWord.Dictionary.Keys;

    // Kinds are looked up once here, so matching never builds a Hedge.
    private static FrozenDictionary<string, (string[] Words, HedgeKinds Kinds)[]>.AlternateLookup<ReadOnlySpan<char>> Index(bool prefix) =>
        Hedge.KnownPhrases
            .Where(p => !p.Contains('…', StringComparison.Ordinal) && !Hedge.Recognize(p)!.Has(HedgeKinds.Vague)
                        && !Glued.Contains(p) && (EitherSide.Contains(p) || Postfix.Contains(p) != prefix))
            .Select(p => (Words: p.Split(' '), Hedge.Recognize(p)!.Kinds))
            .GroupBy(phrase => phrase.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(phrase => phrase.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}
