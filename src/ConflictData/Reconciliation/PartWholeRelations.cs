using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// Which quantities are parts of which: places {IQ} and {SY} are parts of {IQ, SY}; "foreign" fighters are a part of
/// fighters; foreign fighters who returned are a part of those who travelled.
/// </summary>
/// <remarks>
/// <para>By default a key is a part of another when both count the same thing for the same actor and it is narrower in at
/// least one way and wider in none: its places are a subset of the whole's (or equal); its region is the whole's, or the
/// whole has none ("Baghuz" within Syria); its qualifiers include all of the whole's ("foreign" narrows fighters); and its
/// indicator is the whole's, or is listed as a part of it (<see cref="IndicatorParts"/>).</para>
/// <para>Parts that differ from a whole only in places, with disjoint places that together make up the whole's, are a
/// complete set: their sum is an estimate of the whole (Iraq 15,000–17,000 plus Syria 13,000–14,000 is 28,000–31,000).</para>
/// <para>Derive and override <see cref="IsPartOf"/> for other relations. This type is immutable and thread-safe.</para>
/// </remarks>
public class PartWholeRelations
{
    /// <summary>The default relations: returned, returning and alive foreign fighters are parts of those who travelled.</summary>
    public static PartWholeRelations Default { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["foreign-fighters-returned"] = "foreign-fighters-travelled",
        ["foreign-fighters-returning"] = "foreign-fighters-travelled",
        ["foreign-fighters-alive"] = "foreign-fighters-travelled",
    });

    /// <summary>Creates relations with an indicator table: each key indicator is a part of its value indicator.</summary>
    public PartWholeRelations(IReadOnlyDictionary<string, string> indicatorParts)
    {
        Preconditions.CheckNotNull(indicatorParts, nameof(indicatorParts));
        IndicatorParts = indicatorParts.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    /// <summary>Indicators that are parts of other indicators: part → whole.</summary>
    public ImmutableSortedDictionary<string, string> IndicatorParts { get; }

    /// <summary>These relations with <paramref name="part"/> as a part of <paramref name="whole"/>.</summary>
    public PartWholeRelations WithIndicatorPart(Indicator part, Indicator whole) =>
        new(IndicatorParts.SetItem(part.Code, whole.Code));

    /// <summary>Whether <paramref name="part"/> is a part of <paramref name="whole"/>, by the rules on the type.</summary>
    public virtual bool IsPartOf(QuantityKey part, QuantityKey whole)
    {
        Preconditions.CheckNotNull(part, nameof(part));
        Preconditions.CheckNotNull(whole, nameof(whole));
        if (part.Equals(whole) || !string.Equals(part.UnitFamily, whole.UnitFamily, StringComparison.Ordinal)
            || !string.Equals(part.Split, whole.Split, StringComparison.Ordinal))
        {
            return false;
        }
        Measurand p = part.Measurand, w = whole.Measurand;
        bool indicator = p.Indicator == w.Indicator
            || (IndicatorParts.TryGetValue(p.Indicator.Code, out string? parent) && parent == w.Indicator.Code);
        return indicator
            && string.Equals(p.Actor, w.Actor, StringComparison.Ordinal)
            && (w.Region is null || string.Equals(p.Region, w.Region, StringComparison.Ordinal))
            && (p.Places.IsEmpty ? w.Places.IsEmpty : p.Places.All(w.Places.Contains))
            && w.Qualifiers.All(p.Qualifiers.Contains);
    }

    /// <summary>
    /// Whether <paramref name="parts"/>, differing from <paramref name="whole"/> only in places, have disjoint places that
    /// together are exactly the whole's, so their sum is the whole.
    /// </summary>
    public virtual bool IsCompleteSet(IReadOnlyList<QuantityKey> parts, QuantityKey whole)
    {
        Preconditions.CheckNotNull(parts, nameof(parts));
        Preconditions.CheckNotNull(whole, nameof(whole));
        if (parts.Count < 2)
        {
            return false;
        }
        var covered = new HashSet<CountryCode>();
        foreach (var part in parts)
        {
            if (!IsPlacePart(part, whole) || part.Measurand.Places.Any(p => !covered.Add(p)))
            {
                return false;
            }
        }
        return covered.SetEquals(whole.Measurand.Places);
    }

    /// <summary>Whether <paramref name="part"/> differs from <paramref name="whole"/> only in having fewer places.</summary>
    internal static bool IsPlacePart(QuantityKey part, QuantityKey whole)
    {
        Measurand p = part.Measurand, w = whole.Measurand;
        return p.Indicator == w.Indicator && string.Equals(p.Actor, w.Actor, StringComparison.Ordinal)
            && string.Equals(p.Region, w.Region, StringComparison.Ordinal)
            && p.Qualifiers.SequenceEqual(w.Qualifiers, StringComparer.Ordinal)
            && string.Equals(part.UnitFamily, whole.UnitFamily, StringComparison.Ordinal)
            && string.Equals(part.Split, whole.Split, StringComparison.Ordinal)
            && !p.Places.IsEmpty && p.Places.Length < w.Places.Length && p.Places.All(w.Places.Contains);
    }
}
