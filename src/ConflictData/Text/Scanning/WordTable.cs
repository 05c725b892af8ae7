using System;
using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using ConflictData.Text.Likelihoods;

namespace ConflictData.Text.Scanning;

/// <summary>
/// The one word table of the Text layer: the <see cref="Lexer"/> looks every word up here once, and the
/// <see cref="Token"/> keeps what the word is to the quantity grammar (<see cref="WordClass"/>), to the date grammar
/// (<see cref="DateWord"/> and its value) and to the likelihood scanner (<see cref="WordEntry.Estimative"/>), so no
/// reader classifies a word again.
/// </summary>
/// <remarks>
/// <para>The vocabularies stay with their grammars (<see cref="QuantityLexicon.WordClasses"/>, <see cref="DateLexicon"/>,
/// <see cref="EstimativeLexicon.FirstWords"/>);
/// this table merges them into one look-up, keyed by the lower-case word. The lexer asks for every word of a text, so
/// a word of plain ASCII letters (most of them) is classified by one integer look-up in <see cref="PackedWords"/>, with
/// every meaning for both grammars at once; only the other words take the longer way, where one array read rejects most
/// and one hash look-up classifies the rest.</para>
/// <para>A word the lexer reads whole may carry a date word inside it: a possessive ("year's" is "year", and ends any
/// phrase it is in), a part of a month before a hyphen ("mid-March" is "mid", "end-March" is "end", the month read
/// from the rest), or a fiscal-year, quarter or half-year prefix with its digits ("FY2018", "Q3", "H1").
/// <see cref="WordForm"/> says which. Date words are ASCII: "Ma\u0443" (with a Cyrillic letter) is no month.</para>
/// </remarks>
internal static class WordTable
{
    private static readonly EstimativeLexicon Estimative = EstimativeLexicon.Instance;

    private static readonly FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> Words = Build();

    // Date words are ASCII letters, with the digits, hyphens and apostrophes of the words that carry one inside.
    private static readonly SearchValues<char> DateWordCharacters =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'\u2019");

    private static readonly int MaxLength = Words.Dictionary.Keys.Max(k => k.Length);

    private static readonly bool WordsAreAscii = Words.Dictionary.Keys.All(key => Ascii.IsValid(key));

    // For each pair of first two letters, the lengths of known words with them: rejects most words of a text with one
    // array read, before any hashing.
    private static readonly uint[] Shapes = BuildShapes();

    /// <summary>What <paramref name="word"/> (a word as the lexer reads it) is to each grammar.</summary>
    internal static WordEntry Classify(ReadOnlySpan<char> word)
    {
        return PackedWords.TryPack(word, out ulong key) ? Classify(word, key) : ClassifyAnyWord(word);
    }

    /// <summary>What <paramref name="word"/>, a word of plain ASCII letters, is to each grammar, given its
    /// <see cref="PackedWords"/> key.</summary>
    internal static WordEntry Classify(ReadOnlySpan<char> word, ulong key) =>
        IsCurrencyCode(word) ? LetterWord(key) with { Class = WordClass.Starter } : LetterWord(key);

    /// <summary>
    /// The entry of a word of plain ASCII letters that is no currency code (<see cref="IsCurrencyCode"/>), given its
    /// <see cref="PackedWords"/> key, by reference into the table. Plain letters carry no date word inside them: one
    /// integer look-up says all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref readonly WordEntry LetterWord(ulong key) => ref LetterWords.Find(key);

    /// <summary>A currency code written in capitals ("USD"), which starts a quantity phrase whatever else the word is.</summary>
    /// <remarks>The lexer asks this of every three-letter word ("the", "and", "was"): the first letter's case turns
    /// nearly all of them away inline, before the call that looks the code up.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsCurrencyCode(ReadOnlySpan<char> word) =>
        word.Length == 3 && char.IsUpper(word[0]) && QuantityLexicon.CurrencyCode(word) is not null;

    /// <summary>A currency code or abbreviation ("USD", "Rs", "KSh"), which may be written against its amount ("Rs5bn").</summary>
    internal static bool IsCurrencyBeforeAmount(ReadOnlySpan<char> word) =>
        IsCurrencyCode(word) || QuantityLexicon.CurrencyAbbreviation(word) is not null;

    /// <summary>
    /// What <see cref="Classify(ReadOnlySpan{char})"/> answers, reached the long way for any word: the look-up, then the currency codes,
    /// hyphenated number words and date words inside a word. <see cref="Classify(ReadOnlySpan{char})"/> takes it for every word that is not
    /// plain ASCII letters, and agrees with it on those (the tests hold the two to the same answers).
    /// </summary>
    internal static WordEntry ClassifyAnyWord(ReadOnlySpan<char> word)
    {
        WordEntry entry = Lookup(word);
        if (IsCurrencyCode(word))
        {
            entry = entry with { Class = WordClass.Starter };
        }
        int hyphen = word.IndexOf('-');
        if (entry.Class == WordClass.None && hyphen > 0 && QuantityLexicon.TryHyphenatedFraction(word, out _, out _))
        {
            // "two-thirds of the population": a number, though the number words would not take it for one.
            entry = entry with { Class = WordClass.Starter | WordClass.Numeric };
        }
        else if (entry.Class == WordClass.None && hyphen > 0 && (QuantityLexicon.IsNumberWord(word) || QuantityLexicon.IsPartOfMagnitude(word)))
        {
            // "twenty-five", "the mid-hundreds"
            entry = entry with { Class = WordClass.Starter | WordClass.Numeric };
        }
        if (entry.Date == DateWord.None && word.Length >= 2)
        {
            WordEntry inner = InnerDateWord(word, hyphen);
            entry = entry with { Date = inner.Date, Value = inner.Value, Form = inner.Form };
        }
        // The likelihood vocabulary compares ignoring case as ordinal comparison does, which the lowering above may not
        // match outside ASCII: its own look-up answers for these words.
        entry = entry with { Estimative = Estimative.Root.Find(word) is not null };
        return entry.Date == DateWord.None || !word.ContainsAnyExcept(DateWordCharacters) ? entry : entry with { Date = DateWord.None, Value = 0, Form = WordForm.None };
    }

    /// <summary>The date word a possessive, a hyphenated part word or a prefix glued to digits carries.</summary>
    private static WordEntry InnerDateWord(ReadOnlySpan<char> word, int hyphen)
    {
        char last = word[^1];
        if (char.IsAsciiDigit(last))
        {
            int digits = word.IndexOfAnyInRange('0', '9');
            WordEntry prefix = Lookup(word[..digits]);
            return prefix.Date is DateWord.FiscalYearPrefix or DateWord.PartPrefix && !word[digits..].ContainsAnyExceptInRange('0', '9')
                ? prefix with { Form = WordForm.GluedDigits }
                : default;
        }
        if (word.Length >= 3 && last is 's' or 'S' && word[^2] is '\'' or '\u2019')
        {
            WordEntry stem = Lookup(word[..^2]);
            if (stem.Date == DateWord.None)
            {
                // "mid-March's"
                stem = hyphen > 0 && hyphen < word.Length - 2 ? InnerDateWord(word[..^2], hyphen) : default;
            }
            return stem.Date == DateWord.None ? default : stem with { Form = stem.Form | WordForm.Possessive };
        }
        if (hyphen > 0)
        {
            WordEntry part = Lookup(word[..hyphen]);
            return part.Date is DateWord.Early or DateWord.Mid or DateWord.Late or DateWord.End or DateWord.Beginning ? part with { Form = WordForm.Hyphenated } : default;
        }
        return default;
    }

    private static WordEntry Lookup(ReadOnlySpan<char> word)
    {
        if (PackedWords.TryPack(word, out ulong key))
        {
            return LetterWords.Find(key);
        }
        if (word.Length == 0 || word.Length > MaxLength || (word.Length >= 2 && (Shapes[ShapeIndex(word)] & (1u << word.Length)) == 0))
        {
            return default;
        }
        Span<char> lower = stackalloc char[MaxLength];
        int length = Lower(word, lower);
        return length > 0 && Words.TryGetValue(lower[..length], out var known) ? known : default;
    }

    /// <summary>
    /// The word lowered as <see cref="MemoryExtensions.ToLowerInvariant"/> would for a look-up, or -1 when no known
    /// word can match. ASCII is lowered here; the globalization call (ICU, about a microsecond a word) is kept for the
    /// two characters that lower to ASCII (U+0130 to "i", the Kelvin sign to "k"), since every known word is ASCII and
    /// any other non-ASCII character rules a match out.
    /// </summary>
    private static int Lower(ReadOnlySpan<char> word, Span<char> lower)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (!char.IsAscii(c))
            {
                return c is '\u0130' or '\u212A' || !WordsAreAscii ? word.ToLowerInvariant(lower) : -1;
            }
            lower[i] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return word.Length;
    }

    private static int ShapeIndex(ReadOnlySpan<char> word) => (Letter(word[0]) * 27) + Letter(word[1]);

    private static int Letter(char c) => (c | 0x20) is >= 'a' and <= 'z' ? (c | 0x20) - 'a' + 1 : 0;

    private static uint[] BuildShapes()
    {
        var shapes = new uint[27 * 27];
        foreach (string word in Words.Dictionary.Keys)
        {
            if (word.Length >= 2)
            {
                shapes[ShapeIndex(word)] |= 1u << word.Length;
            }
        }
        return shapes;
    }

    private static readonly PackedWords LetterWords = new(Words.Dictionary);

    private static FrozenDictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> Build()
    {
        var words = new Dictionary<string, WordEntry>(DateLexicon.Words, StringComparer.Ordinal);
        foreach (var (word, wordClass) in QuantityLexicon.WordClasses())
        {
            string key = word.ToLowerInvariant();
            WordEntry entry = words.GetValueOrDefault(key);
            words[key] = entry with { Class = entry.Class | wordClass };
        }
        foreach (string word in Estimative.FirstWords)
        {
            words[word] = words.GetValueOrDefault(word) with { Estimative = true };
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
