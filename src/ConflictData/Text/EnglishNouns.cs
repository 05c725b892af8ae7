using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace ConflictData.Text;

/// <summary>
/// Singular and plural of English count nouns, in one place so that what the formatter writes the parser reads back.
/// </summary>
internal static class EnglishNouns
{
    private static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["person"] = "people",
        ["child"] = "children",
        ["man"] = "men",
        ["woman"] = "women",
        ["gunman"] = "gunmen",
        ["militiaman"] = "militiamen",
        ["policeman"] = "policemen",
        ["tribesman"] = "tribesmen",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> IrregularSingulars =
        IrregularPlurals.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>"country" → "countries", "church" → "churches", "person" → "people".</summary>
    internal static string Plural(string singular)
    {
        if (IrregularPlurals.TryGetValue(singular, out var irregular))
        {
            return irregular;
        }
        if (singular.Length > 1 && singular[^1] == 'y' && !IsVowel(singular[^2]))
        {
            return string.Concat(singular.AsSpan(0, singular.Length - 1), "ies");
        }
        return HasSibilantEnding(singular) ? singular + "es" : singular + "s";
    }

    /// <summary>
    /// The singular of a lower-case plural, inverting <see cref="Plural"/> for the nouns it writes:
    /// "countries" → "country", "churches" → "church", "people" → "person", "villages" → "village".
    /// </summary>
    internal static string Singular(string plural)
    {
        if (IrregularSingulars.TryGetValue(plural, out var irregular))
        {
            return irregular;
        }
        if (plural.EndsWith("ies", StringComparison.Ordinal) && plural.Length > 4)
        {
            return string.Concat(plural.AsSpan(0, plural.Length - 3), "y");
        }
        if (plural.EndsWith("es", StringComparison.Ordinal) && HasSibilantEnding(plural[..^2]))
        {
            return plural[..^2];
        }
        return plural.EndsWith('s') ? plural[..^1] : plural;
    }

    /// <summary>Whether <paramref name="word"/> is one of the irregular plurals ("people", "children", "women").</summary>
    internal static bool IsIrregularPlural(string word) => IrregularSingulars.ContainsKey(word);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool HasSibilantEnding(string word) =>
        word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
        || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith('x') || word.EndsWith('z');
}
