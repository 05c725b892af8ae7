using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// The hedge of a figure exactly as stated ("slightly more than", "or so", "between … and") together with what it
/// says (<see cref="HedgeKinds"/>). The words are kept apart from their numeric interpretation, which is the job of an
/// <see cref="IApproximationPolicy"/>.
/// </summary>
/// <remarks>
/// Hedges compare by their words and kinds, ordinally. This type is immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// Hedge some = Hedge.Recognize("some")!;              // Approximate
/// Hedge more = Hedge.Recognize("slightly more than")!; // MoreThan, words kept
/// Hedge both = new Hedge("an estimated … to", HedgeKinds.Estimated | HedgeKinds.Range);
/// </code>
/// </example>
public sealed class Hedge : IEquatable<Hedge>
{
    private static readonly Dictionary<string, HedgeKinds> Vocabulary = new(StringComparer.OrdinalIgnoreCase)
    {
        ["some"] = HedgeKinds.Approximate,
        ["about"] = HedgeKinds.Approximate,
        ["approximately"] = HedgeKinds.Approximate,
        ["around"] = HedgeKinds.Approximate,
        ["roughly"] = HedgeKinds.Approximate,
        ["or so"] = HedgeKinds.Approximate,
        ["more than"] = HedgeKinds.MoreThan,
        ["over"] = HedgeKinds.MoreThan,
        ["slightly more than"] = HedgeKinds.MoreThan,
        ["upwards of"] = HedgeKinds.MoreThan,
        ["at least"] = HedgeKinds.AtLeast,
        ["up to"] = HedgeKinds.UpTo,
        ["as many as"] = HedgeKinds.UpTo,
        ["less than"] = HedgeKinds.LessThan,
        ["fewer than"] = HedgeKinds.LessThan,
        ["under"] = HedgeKinds.LessThan,
        ["almost"] = HedgeKinds.Almost,
        ["nearly"] = HedgeKinds.Almost,
        ["just under"] = HedgeKinds.Almost,
        ["between … and"] = HedgeKinds.Range,
        ["from … to"] = HedgeKinds.Range,
        ["… to"] = HedgeKinds.Range,
        ["… -"] = HedgeKinds.Range,
        ["upward of"] = HedgeKinds.MoreThan,
        ["above"] = HedgeKinds.MoreThan,
        ["greater than"] = HedgeKinds.MoreThan,
        ["larger than"] = HedgeKinds.MoreThan,
        ["higher than"] = HedgeKinds.MoreThan,
        ["bigger than"] = HedgeKinds.MoreThan,
        ["in excess of"] = HedgeKinds.MoreThan,
        ["well over"] = HedgeKinds.MoreThan,
        ["just over"] = HedgeKinds.MoreThan,
        ["no less than"] = HedgeKinds.AtLeast,
        ["no fewer than"] = HedgeKinds.AtLeast,
        ["not less than"] = HedgeKinds.AtLeast,
        ["as few as"] = HedgeKinds.AtLeast,
        ["as little as"] = HedgeKinds.AtLeast,
        ["as low as"] = HedgeKinds.AtLeast,
        ["or more"] = HedgeKinds.AtLeast,
        ["or greater"] = HedgeKinds.AtLeast,
        ["or above"] = HedgeKinds.AtLeast,
        ["or higher"] = HedgeKinds.AtLeast,
        ["and more"] = HedgeKinds.AtLeast,
        ["and above"] = HedgeKinds.AtLeast,
        ["or below"] = HedgeKinds.UpTo,
        ["or lower"] = HedgeKinds.UpTo,
        ["greater than or equal to"] = HedgeKinds.AtLeast,
        ["more than or equal to"] = HedgeKinds.AtLeast,
        ["at most"] = HedgeKinds.UpTo,
        ["no more than"] = HedgeKinds.UpTo,
        ["not more than"] = HedgeKinds.UpTo,
        ["or less"] = HedgeKinds.UpTo,
        ["or fewer"] = HedgeKinds.UpTo,
        ["less than or equal to"] = HedgeKinds.UpTo,
        ["below"] = HedgeKinds.LessThan,
        ["smaller than"] = HedgeKinds.LessThan,
        ["lower than"] = HedgeKinds.LessThan,
        ["close to"] = HedgeKinds.Almost,
        ["in the region of"] = HedgeKinds.Approximate,
        ["more or less"] = HedgeKinds.Approximate,
        ["north of"] = HedgeKinds.MoreThan,
        ["well above"] = HedgeKinds.MoreThan,
        ["a little over"] = HedgeKinds.MoreThan,
        ["a little more than"] = HedgeKinds.MoreThan,
        ["topped"] = HedgeKinds.MoreThan,
        ["exceeded"] = HedgeKinds.MoreThan,
        ["surpassed"] = HedgeKinds.MoreThan,
        ["a minimum of"] = HedgeKinds.AtLeast,
        ["+"] = HedgeKinds.AtLeast,
        ["-plus"] = HedgeKinds.AtLeast,
        ["a maximum of"] = HedgeKinds.UpTo,
        ["as much as"] = HedgeKinds.UpTo,
        ["as high as"] = HedgeKinds.UpTo,
        ["at the most"] = HedgeKinds.UpTo,
        ["shy of"] = HedgeKinds.LessThan,
        ["just shy of"] = HedgeKinds.LessThan,
        ["well below"] = HedgeKinds.LessThan,
        ["… through"] = HedgeKinds.Range,
        ["most likely"] = HedgeKinds.MostLikely,
        ["probably"] = HedgeKinds.MostLikely,
        ["estimated"] = HedgeKinds.Estimated,
        ["an estimated"] = HedgeKinds.Estimated,
        ["is estimated to"] = HedgeKinds.Estimated,
        ["are estimated to"] = HedgeKinds.Estimated,
        ["a handful"] = HedgeKinds.Vague,
        ["dozens"] = HedgeKinds.Vague,
        ["hundreds"] = HedgeKinds.Vague,
        ["thousands"] = HedgeKinds.Vague,
        ["millions"] = HedgeKinds.Vague,
        ["billions"] = HedgeKinds.Vague,
        ["tens of thousands"] = HedgeKinds.Vague,
        ["hundreds of thousands"] = HedgeKinds.Vague,
        ["tens of millions"] = HedgeKinds.Vague,
        ["hundreds of millions"] = HedgeKinds.Vague,
        ["several hundred"] = HedgeKinds.Vague,
        ["several thousand"] = HedgeKinds.Vague,
        ["several million"] = HedgeKinds.Vague,
        ["single digits"] = HedgeKinds.Vague,
        ["double digits"] = HedgeKinds.Vague,
        ["triple digits"] = HedgeKinds.Vague,
    };

    private static readonly HedgeKinds AllKinds = Enum.GetValues<HedgeKinds>().Aggregate((a, b) => a | b);

    /// <summary>Creates a hedge from its words as stated and what they say.</summary>
    /// <param name="text">The hedge words as stated; "…" stands for the number(s). Empty only for <see cref="HedgeKinds.None"/>.</param>
    /// <param name="kinds">What the words say.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The words are empty but the kinds are not <see cref="HedgeKinds.None"/>, or the reverse;
    /// the words are white space or padded with it;
    /// or <paramref name="kinds"/> has undefined bits.</exception>
    public Hedge(string text, HedgeKinds kinds)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgument((kinds & ~AllKinds) == 0, nameof(kinds),
            $"{(int)kinds} has bits that are no HedgeKinds; allowed are combinations of {string.Join(", ", Enum.GetNames<HedgeKinds>())}.");
        Preconditions.CheckArgument(kinds != HedgeKinds.None || text.Length == 0, nameof(text),
            $"A hedge with kinds None must have no words, but got \"{text}\".");
        Preconditions.CheckArgument(kinds == HedgeKinds.None || text.Length > 0, nameof(text),
            $"A hedge of kinds {kinds} must keep its words as stated; the text is empty.");
        if (text.Length > 0)
        {
            Preconditions.CheckText(text, nameof(text));
        }
        Text = text;
        Kinds = kinds;
    }

    /// <summary>No hedge: the figure is stated as exact.</summary>
    public static Hedge None { get; } = new(string.Empty, HedgeKinds.None);

    /// <summary>The words as stated, or empty for <see cref="None"/>.</summary>
    public string Text { get; }

    /// <summary>What the words say.</summary>
    public HedgeKinds Kinds { get; }

    /// <summary>The hedge phrases this library recognises on its own, lower case, with "…" for the number.</summary>
    public static IEnumerable<string> KnownPhrases => Vocabulary.Keys.Order(StringComparer.Ordinal);

    /// <summary>
    /// Classifies a known hedge phrase ("some", "as many as", "between … and"), keeping its words and case as given,
    /// or returns <c>null</c> for a phrase this library does not know.
    /// </summary>
    public static Hedge? Recognize(string? text) =>
        text is not null && Vocabulary.TryGetValue(text, out var kinds) ? new Hedge(text, kinds) : null;

    /// <summary>Whether the hedge includes every kind in <paramref name="kinds"/>.</summary>
    public bool Has(HedgeKinds kinds) => kinds != HedgeKinds.None && (Kinds & kinds) == kinds;

    /// <inheritdoc />
    public bool Equals(Hedge? other) => other is not null && Kinds == other.Kinds && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Hedge);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), Kinds);

    /// <summary>Compares two hedges by words and kinds.</summary>
    public static bool operator ==(Hedge? left, Hedge? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two hedges by words and kinds.</summary>
    public static bool operator !=(Hedge? left, Hedge? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>The words as stated, or "(none)".</summary>
    public override string ToString() => Text.Length == 0 ? "(none)" : Text;
}
