using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using ConflictData.Text;
using ConflictData.Text.Scanning;

namespace ConflictData.Tests.Fuzzing;

/// <summary>
/// The words the fuzzer composes sentences from, read out of the library's own word tables: every static string
/// collection of the package (sets, dictionaries, arrays and their span look-ups), sorted into the roles the
/// quantity grammar gives them. A word added to any table of the library is fuzzed without touching this file.
/// </summary>
internal static class FuzzVocabulary
{
    private static readonly ImmutableArray<string> AllWords = ReadLibraryTables();

    /// <summary>Every known hedge phrase, with "…" standing for a number ("between … and").</summary>
    internal static ImmutableArray<string> HedgePhrases { get; } = [.. Hedge.KnownPhrases];

    internal static ImmutableArray<string> NumberWords { get; } = Where(w => QuantityLexicon.IsNumberWord(w) || (WordTable.Classify(w).Class & WordClass.Numeric) != 0);

    internal static ImmutableArray<string> CurrencyWords { get; } = Where(w => QuantityLexicon.CurrencyWord(w) is not null || QuantityLexicon.DollarPrefix(w) is not null);

    internal static ImmutableArray<string> CurrencyCodes { get; } = Where(Currency.IsKnownCode);

    internal static ImmutableArray<string> TimeUnits { get; } = Where(w => QuantityLexicon.TryTimeUnit(w, out _));

    internal static ImmutableArray<string> PeopleNouns { get; } = Where(w => QuantityLexicon.IsPeopleNoun(w));

    internal static ImmutableArray<string> StopWords { get; } = Where(w => QuantityLexicon.IsStopWord(w));

    internal static ImmutableArray<string> Months { get; } = Where(w => QuantityLexicon.IsMonth(w));

    /// <summary>Everything else the library knows: name contexts, rising and falling words, date words, hedge words.</summary>
    internal static ImmutableArray<string> OtherWords { get; } = [.. AllWords.Except(NumberWords).Except(CurrencyCodes).Except(StopWords)];

    /// <summary>Plain lower-case nouns for counts: the library's words that <see cref="Unit.Count"/> accepts.</summary>
    internal static ImmutableArray<string> CountEntities { get; } =
        [.. AllWords.Select(w => w.ToLowerInvariant()).Distinct().Where(w => Unit.TryParse(w, out var u) && u.Dimension == Dimension.Count)];

    private static ImmutableArray<string> Where(Func<string, bool> role) => [.. AllWords.Where(role)];

    private static ImmutableArray<string> ReadLibraryTables()
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in typeof(Unit).Assembly.GetTypes().Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            {
                if (!field.FieldType.ContainsGenericParameters && field.GetValue(null) is { } value)
                {
                    Collect(value, words);
                }
            }
        }
        return [.. words];
    }

    private static void Collect(object value, SortedSet<string> words)
    {
        // A span look-up wraps the set or dictionary it reads.
        var wrapped = value.GetType().GetProperty("Set")?.GetValue(value) ?? value.GetType().GetProperty("Dictionary")?.GetValue(value);
        if (wrapped is not null && !ReferenceEquals(wrapped, value))
        {
            Collect(wrapped, words);
            return;
        }
        IEnumerable? items = value switch
        {
            string => null,
            IDictionary dictionary => dictionary.Keys,
            IEnumerable<string> strings => strings,
            _ when value.GetType().GetProperty("Keys")?.GetValue(value) is IEnumerable<string> keys => keys,
            _ => null,
        };
        foreach (var item in items?.OfType<string>() ?? [])
        {
            foreach (string word in item.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length <= 24 && word.Any(char.IsLetter))
                {
                    words.Add(word);
                }
            }
        }
    }
}
