using System;
using System.Collections.Generic;

namespace ConflictData.Text.Likelihoods;

/// <summary>
/// The one vocabulary of estimative words, as a trie of lower-case words, so that the scanner finds the longest entry
/// at a token by following at most <see cref="MaxWords"/> links, each a hash look-up of the token's own characters.
/// </summary>
internal sealed class EstimativeLexicon
{
    /// <summary>The most words an entry has.</summary>
    internal const int MaxWords = 3;

    private static readonly (string Words, EstimativeTerm Term)[] Entries =
    [
        ("almost no chance", EstimativeTerm.AlmostNoChance),
        ("virtually no chance", EstimativeTerm.AlmostNoChance),
        ("remote chance", EstimativeTerm.AlmostNoChance),
        ("remote possibility", EstimativeTerm.AlmostNoChance),
        ("inconceivable", EstimativeTerm.AlmostNoChance),
        ("very unlikely", EstimativeTerm.VeryUnlikely),
        ("highly unlikely", EstimativeTerm.VeryUnlikely),
        ("extremely unlikely", EstimativeTerm.VeryUnlikely),
        ("highly improbable", EstimativeTerm.VeryUnlikely),
        ("little chance", EstimativeTerm.VeryUnlikely),
        ("slim chance", EstimativeTerm.VeryUnlikely),
        ("highly doubtful", EstimativeTerm.VeryUnlikely),
        ("unlikely", EstimativeTerm.Unlikely),
        ("improbable", EstimativeTerm.Unlikely),
        ("probably not", EstimativeTerm.Unlikely),
        ("not likely", EstimativeTerm.Unlikely),
        ("doubtful", EstimativeTerm.Unlikely),
        ("roughly even chance", EstimativeTerm.RoughlyEvenChance),
        ("even chance", EstimativeTerm.RoughlyEvenChance),
        ("roughly even odds", EstimativeTerm.RoughlyEvenChance),
        ("fifty-fifty", EstimativeTerm.RoughlyEvenChance),
        ("realistic possibility", EstimativeTerm.RealisticPossibility),
        ("real possibility", EstimativeTerm.RealisticPossibility),
        ("likely", EstimativeTerm.Likely),
        ("most likely", EstimativeTerm.Likely),
        ("probably", EstimativeTerm.Likely),
        ("probable", EstimativeTerm.Likely),
        ("expected", EstimativeTerm.Likely),
        ("strong chance", EstimativeTerm.Likely),
        ("strong possibility", EstimativeTerm.Likely),
        ("very likely", EstimativeTerm.VeryLikely),
        ("highly likely", EstimativeTerm.VeryLikely),
        ("highly probable", EstimativeTerm.VeryLikely),
        ("very probably", EstimativeTerm.VeryLikely),
        ("almost certain", EstimativeTerm.AlmostCertain),
        ("almost certainly", EstimativeTerm.AlmostCertain),
        ("virtually certain", EstimativeTerm.AlmostCertain),
        ("nearly certain", EstimativeTerm.AlmostCertain),
        ("all but certain", EstimativeTerm.AlmostCertain),
        ("definitely", EstimativeTerm.AlmostCertain),
        ("certainly", EstimativeTerm.AlmostCertain),
        // Bare "certain" is mostly "a certain number"; only a predicate "certain" is a likelihood.
        ("is certain", EstimativeTerm.AlmostCertain),
        ("are certain", EstimativeTerm.AlmostCertain),
        ("was certain", EstimativeTerm.AlmostCertain),
        ("were certain", EstimativeTerm.AlmostCertain),
        ("may", EstimativeTerm.Possible),
        ("might", EstimativeTerm.Possible),
        ("could", EstimativeTerm.Possible),
        ("possibly", EstimativeTerm.Possible),
        ("possible", EstimativeTerm.Possible),
        ("potentially", EstimativeTerm.Possible),
        ("perhaps", EstimativeTerm.Possible),
        ("maybe", EstimativeTerm.Possible),
        ("believe", EstimativeTerm.Belief),
        ("believes", EstimativeTerm.Belief),
        ("believed", EstimativeTerm.Belief),
        ("think", EstimativeTerm.Belief),
        ("thinks", EstimativeTerm.Belief),
        ("thought", EstimativeTerm.Belief),
        ("assess", EstimativeTerm.Belief),
        ("assesses", EstimativeTerm.Belief),
        ("assessed", EstimativeTerm.Belief),
        ("less likely", EstimativeTerm.LessLikely),
        ("less probable", EstimativeTerm.LessLikely),
        ("more likely", EstimativeTerm.MoreLikely),
        ("more probable", EstimativeTerm.MoreLikely),
    ];

    private readonly Node root = new();

    private EstimativeLexicon()
    {
        foreach (var (words, term) in Entries)
        {
            var node = root;
            foreach (string word in words.Split(' '))
            {
                node.Next ??= new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                if (!node.Next.TryGetValue(word, out var child))
                {
                    child = new Node();
                    node.Next.Add(word, child);
                }
                node = child;
            }
            node.Term = term;
        }
        root.Freeze();
    }

    internal static EstimativeLexicon Instance { get; } = new();

    /// <summary>Every entry of the vocabulary with its term, in the order listed: for documentation and tests.</summary>
    internal static ReadOnlySpan<(string Words, EstimativeTerm Term)> Vocabulary => Entries;

    /// <summary>The root of the trie: the first words of every entry.</summary>
    internal Node Root => root;

    /// <summary>The first word of every entry, in lower case: the <see cref="Scanning.WordTable"/> marks them
    /// (<see cref="Scanning.Token.Estimative"/>) so that the scanner passes every other word by without a look-up.</summary>
    internal IEnumerable<string> FirstWords => root.Next!.Keys;

    /// <summary>Words that state a probability when a percentage stands right before them ("99 percent sure").</summary>
    internal static bool IsProbabilityNoun(ReadOnlySpan<char> word) =>
        word.Equals("sure", StringComparison.OrdinalIgnoreCase) || word.Equals("certain", StringComparison.OrdinalIgnoreCase)
        || word.Equals("confident", StringComparison.OrdinalIgnoreCase) || word.Equals("chance", StringComparison.OrdinalIgnoreCase)
        || word.Equals("probability", StringComparison.OrdinalIgnoreCase) || word.Equals("likely", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words that deny the belief verb after them ("do not think", "don't believe").</summary>
    internal static bool IsNegator(ReadOnlySpan<char> word) =>
        word.Equals("not", StringComparison.OrdinalIgnoreCase) || word.Equals("never", StringComparison.OrdinalIgnoreCase)
        || word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase);

    /// <summary>"do", "does", "did": kept in the span of "do not think".</summary>
    internal static bool IsDoAuxiliary(ReadOnlySpan<char> word) =>
        word.Equals("do", StringComparison.OrdinalIgnoreCase) || word.Equals("does", StringComparison.OrdinalIgnoreCase)
        || word.Equals("did", StringComparison.OrdinalIgnoreCase);

    /// <summary>A subject pronoun kept in the span of a belief ("I think", "We believe").</summary>
    internal static bool IsPronoun(ReadOnlySpan<char> word) =>
        word.Equals("I", StringComparison.Ordinal) || word.Equals("we", StringComparison.OrdinalIgnoreCase)
        || word.Equals("they", StringComparison.OrdinalIgnoreCase) || word.Equals("he", StringComparison.OrdinalIgnoreCase)
        || word.Equals("she", StringComparison.OrdinalIgnoreCase) || word.Equals("you", StringComparison.OrdinalIgnoreCase);

    /// <summary>Words after "than" that name the earlier judgement ("than we first assessed", "than previously thought").</summary>
    internal static bool EndsComparison(ReadOnlySpan<char> word, Node root) =>
        root.Find(word) is { Term: EstimativeTerm.Belief }
        || word.Equals("expected", StringComparison.OrdinalIgnoreCase) || word.Equals("feared", StringComparison.OrdinalIgnoreCase)
        || word.Equals("anticipated", StringComparison.OrdinalIgnoreCase) || word.Equals("estimated", StringComparison.OrdinalIgnoreCase)
        || word.Equals("before", StringComparison.OrdinalIgnoreCase);

    /// <summary>One word of the trie: the entry ending here, if any, and the words that may follow.</summary>
    internal sealed class Node
    {
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>>? lookup;

        // For each ASCII first letter, the lengths of the words that follow this node (bit n for length n), so that most
        // words of a text are turned away without hashing; null when some word would escape the test (a first character
        // that is no ASCII letter, or 64 characters or more), and every word is then looked up.
        private ulong[]? lengthsByFirstLetter;

        internal Dictionary<string, Node>? Next { get; set; }

        internal EstimativeTerm? Term { get; set; }

        /// <summary>The node reached by <paramref name="word"/>, compared ignoring case, or <c>null</c>.</summary>
        internal Node? Find(ReadOnlySpan<char> word)
        {
            if (lookup is not { } words)
            {
                return null;
            }
            // Compared ignoring case, a word can equal a key only with the same length and, the key's first character
            // being an ASCII letter, the same first letter in either case.
            if (lengthsByFirstLetter is { } lengths && word.Length is > 0 and < 64 && char.IsAsciiLetter(word[0])
                && (lengths[(word[0] | 0x20) - 'a'] & (1UL << word.Length)) == 0)
            {
                return null;
            }
            return words.TryGetValue(word, out var child) ? child : null;
        }

        /// <summary>Prepares the span look-ups once, while the lexicon is built, so that reading it later is thread-safe.</summary>
        internal void Freeze()
        {
            if (Next is null)
            {
                return;
            }
            lookup = Next.GetAlternateLookup<ReadOnlySpan<char>>();
            var lengths = new ulong[26];
            bool exact = true;
            foreach (string key in Next.Keys)
            {
                exact &= key.Length is > 0 and < 64 && char.IsAsciiLetter(key[0]);
                if (exact)
                {
                    lengths[(key[0] | 0x20) - 'a'] |= 1UL << key.Length;
                }
            }
            lengthsByFirstLetter = exact ? lengths : null;
            foreach (var child in Next.Values)
            {
                child.Freeze();
            }
        }
    }
}
