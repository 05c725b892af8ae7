using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq;
using System.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// What a figure is a figure of: an indicator, the actor it concerns, the places (a set of ISO 3166-1 codes, such as
/// Iraq + Syria), a stated region that is no single country ("West Africa", "the Middle Euphrates River Valley"), and
/// qualifiers ("foreign", "detained").
/// </summary>
/// <remarks>
/// Places and qualifiers are sets: kept sorted and without duplicates, so two measurands built in different orders
/// are equal. This type is immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// new Measurand(Indicator.Fighters, actor: "IS", places: [CountryCode.Iraq, CountryCode.Syria]);
/// new Measurand(Indicator.FightersDetained, "IS", [CountryCode.Iraq], qualifiers: ["foreign"]);
/// </code>
/// </example>
public sealed class Measurand : IEquatable<Measurand>
{
    // Computed once: a measurand is immutable, and keys made of it are hashed once per estimate when grouping.
    private readonly int hashCode;

    /// <summary>Creates a measurand.</summary>
    /// <param name="indicator">What is counted or measured.</param>
    /// <param name="actor">The group concerned ("IS", "IS-K", "al-Qaida"), if any.</param>
    /// <param name="places">The countries concerned; duplicates are merged and the set is sorted.</param>
    /// <param name="region">A stated place that is not a set of countries, if any.</param>
    /// <param name="qualifiers">Lower-case qualifiers such as "foreign" or "detained"; duplicates are merged and the set is sorted.</param>
    /// <exception cref="ArgumentException">The indicator is the default value; a place is the default (unknown) country
    /// code; the actor or region is empty, white space or padded with it; a qualifier is not lower-case kebab-case.</exception>
    public Measurand(Indicator indicator, string? actor = null, IEnumerable<CountryCode>? places = null,
        string? region = null, IEnumerable<string>? qualifiers = null)
    {
        Preconditions.CheckArgument(indicator != default,
            nameof(indicator), "The indicator is the default (unspecified) value.");
        Indicator = indicator;
        Actor = actor is null ? null : Preconditions.CheckText(actor, nameof(actor));
        var placeSet = (places ?? []).ToImmutableSortedSet();
        Preconditions.CheckArgument(placeSet.All(p => CountryCode.Assigned.Contains(p.Code)), nameof(places), "A place is the default (unknown) country code.");
        Places = [.. placeSet];
        Region = region is null ? null : Preconditions.CheckText(region, nameof(region));
        var qualifierSet = (qualifiers ?? []).ToImmutableSortedSet(StringComparer.Ordinal);
        foreach (string q in qualifierSet)
        {
            Preconditions.CheckArgument(CodeSyntax.IsKebabCase(q, 100), nameof(qualifiers),
                $"The qualifier \"{q}\" must be lower-case kebab-case, such as foreign or detained.");
        }
        Qualifiers = [.. qualifierSet];
        hashCode = HashCode.Combine(Indicator, Actor, Region, SequenceEquality.Hash(Places), SequenceEquality.Hash(Qualifiers));
    }

    /// <summary>What is counted or measured.</summary>
    public Indicator Indicator { get; }

    /// <summary>The group concerned, if any.</summary>
    public string? Actor { get; }

    /// <summary>The countries concerned, sorted and distinct; empty when none is stated.</summary>
    public ImmutableArray<CountryCode> Places { get; }

    /// <summary>A stated region that is not a set of countries, if any.</summary>
    public string? Region { get; }

    /// <summary>Qualifiers, sorted and distinct.</summary>
    public ImmutableArray<string> Qualifiers { get; }

    /// <inheritdoc />
    public bool Equals(Measurand? other) =>
        ReferenceEquals(this, other)
        || (other is not null && hashCode == other.hashCode && Indicator == other.Indicator
            && string.Equals(Actor, other.Actor, StringComparison.Ordinal)
            && string.Equals(Region, other.Region, StringComparison.Ordinal)
            && SequenceEquality.Equal(Places, other.Places) && SequenceEquality.Equal(Qualifiers, other.Qualifiers));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Measurand);

    /// <inheritdoc />
    public override int GetHashCode() => hashCode;

    /// <summary>Compares two measurands component-wise.</summary>
    public static bool operator ==(Measurand? left, Measurand? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two measurands component-wise.</summary>
    public static bool operator !=(Measurand? left, Measurand? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>"fighters [foreign] of IS in IQ+SY".</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Indicator.Code);
        if (!Qualifiers.IsEmpty)
        {
            text.Append(" [").AppendJoin(", ", Qualifiers).Append(']');
        }
        if (Actor is not null)
        {
            text.Append(" of ").Append(Actor);
        }
        if (!Places.IsEmpty)
        {
            text.Append(" in ").AppendJoin("+", Places);
        }
        if (Region is not null)
        {
            text.Append(Places.IsEmpty ? " in " : ", ").Append(Region);
        }
        return text.ToString();
    }
}
