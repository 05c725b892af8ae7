using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// Whom or what a judgement is about: an actor (a group, "IS"), a person ("Abu Bakr al-Baghdadi") and places
/// (ISO 3166-1 codes), any of which may be absent but not all.
/// </summary>
/// <remarks>Places are a set, kept sorted and distinct as in <see cref="Measurand"/>. This type is immutable and thread-safe, with component-wise equality.</remarks>
/// <example>
/// <code>
/// var baghdadi = new JudgementSubject(actor: "IS", person: "Abu Bakr al-Baghdadi");
/// var stay = new JudgementSubject(actor: "IS", places: [CountryCode.Iraq, CountryCode.Syria]);
/// Console.WriteLine(stay); // IS in IQ, SY
/// </code>
/// </example>
public sealed class JudgementSubject : IEquatable<JudgementSubject>
{
    /// <summary>Creates a subject.</summary>
    /// <param name="actor">The group concerned, if any ("IS", "IS-K").</param>
    /// <param name="person">The person concerned, if any.</param>
    /// <param name="places">The countries concerned; duplicates are merged and the set is sorted.</param>
    /// <exception cref="ArgumentException">Actor and person are absent and places empty; a name is blank or padded; a
    /// place is the default (unknown) country code.</exception>
    public JudgementSubject(string? actor = null, string? person = null, IEnumerable<CountryCode>? places = null)
    {
        Actor = actor is null ? null : Preconditions.CheckNotBlank(actor, nameof(actor));
        Person = person is null ? null : Preconditions.CheckNotBlank(person, nameof(person));
        var placeSet = (places ?? []).ToImmutableSortedSet();
        Preconditions.CheckArgument(placeSet.All(p => CountryCode.Assigned.Contains(p.Code)), nameof(places), "A place is the default (unknown) country code.");
        Places = [.. placeSet];
        Preconditions.CheckArgument(Actor is not null || Person is not null || !Places.IsEmpty, nameof(actor),
            "A judgement's subject needs an actor, a person or a place; all three are absent.");
    }

    /// <summary>The group concerned, if any.</summary>
    public string? Actor { get; }

    /// <summary>The person concerned, if any.</summary>
    public string? Person { get; }

    /// <summary>The countries concerned, sorted and distinct; empty when none.</summary>
    public ImmutableArray<CountryCode> Places { get; }

    /// <inheritdoc />
    public bool Equals(JudgementSubject? other) =>
        other is not null && string.Equals(Actor, other.Actor, StringComparison.Ordinal)
        && string.Equals(Person, other.Person, StringComparison.Ordinal) && SequenceEquality.Equal(Places, other.Places);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JudgementSubject);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actor, Person, SequenceEquality.Hash(Places));

    /// <summary>Compares two subjects component-wise.</summary>
    public static bool operator ==(JudgementSubject? left, JudgementSubject? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two subjects component-wise.</summary>
    public static bool operator !=(JudgementSubject? left, JudgementSubject? right) => !(left == right);

    /// <summary>"Abu Bakr al-Baghdadi (IS)", "IS in IQ, SY", culture-invariant.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (Person is not null)
        {
            text.Append(Person);
            if (Actor is not null)
            {
                text.Append(" (").Append(Actor).Append(')');
            }
        }
        else if (Actor is not null)
        {
            text.Append(Actor);
        }
        if (!Places.IsEmpty)
        {
            text.Append(text.Length > 0 ? " in " : "in ").AppendJoin(", ", Places);
        }
        return text.ToString();
    }
}
