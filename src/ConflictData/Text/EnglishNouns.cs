using System;
using System.Collections.Frozen;
using System.Collections.Generic;

namespace ConflictData.Text;

/// <summary>
/// The singular of an English count noun as <see cref="QuantityFormatter"/> writes its plural, so that the quantity
/// parser reads "110 countries", "3 churches" and "2,500 foreign-children" back to the units they were written from.
/// </summary>
internal static class EnglishNouns
{
    // The inverse of the irregular plurals the formatter writes, matched on the last hyphen-separated word.
    private static readonly FrozenDictionary<string, string> IrregularSingulars = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["people"] = "person",
        ["children"] = "child",
        ["men"] = "man",
        ["women"] = "woman",
        ["lives"] = "life",
        ["wives"] = "wife",
        ["sorties"] = "sortie",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Count nouns whose plural is the singular: "500 aircraft", "200 sheep".
    private static readonly FrozenSet<string> Invariant = FrozenSet.ToFrozenSet(
        ["aircraft", "spacecraft", "hovercraft", "watercraft", "sheep", "deer", "cattle", "livestock", "species", "offspring"], StringComparer.Ordinal);

    /// <summary>Whether the plural of <paramref name="word"/> (or of its last hyphen-separated part) is the word itself: "aircraft", "sheep".</summary>
    internal static bool IsInvariant(ReadOnlySpan<char> word) =>
        Invariant.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[(word.LastIndexOf('-') + 1)..]);

    /// <summary>
    /// The singular of a lower-case plural, or null when the word does not look plural: "countries" → "country",
    /// "churches" → "church", "boxes" → "box", "villages" → "village", "foreign-children" → "foreign-child".
    /// </summary>
    internal static string? Singular(string plural)
    {
        int hyphen = plural.LastIndexOf('-');
        string head = plural[(hyphen + 1)..];
        if (IsInvariant(head))
        {
            return plural;
        }
        string? singular = IrregularSingulars.TryGetValue(head, out var irregular) ? irregular : RegularSingular(head);
        return singular is null ? null : string.Concat(plural.AsSpan(0, hyphen + 1), singular);
    }

    private static string? RegularSingular(string plural)
    {
        if (plural.Length < 4 || plural[^1] != 's' || plural.EndsWith("ss", StringComparison.Ordinal)
            || plural.EndsWith("us", StringComparison.Ordinal) || plural.EndsWith("is", StringComparison.Ordinal))
        {
            return null;
        }
        if (plural.EndsWith("ies", StringComparison.Ordinal) && plural.Length > 4)
        {
            return string.Concat(plural.AsSpan(0, plural.Length - 3), "y");
        }
        string stem = plural[..^2];
        bool sibilant = stem.EndsWith("ss", StringComparison.Ordinal) || stem.EndsWith("sh", StringComparison.Ordinal)
            || stem.EndsWith("ch", StringComparison.Ordinal) || stem.EndsWith('x') || stem.EndsWith('z');
        return plural.EndsWith("es", StringComparison.Ordinal) && sibilant ? stem : plural[..^1];
    }
}
