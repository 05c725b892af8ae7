using System;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>A quantity phrase found in a text: where it stands, the exact text there, and what it says.</summary>
/// <remarks>This type is immutable and thread-safe, with component-wise equality.</remarks>
public sealed class QuantityMention : Mention, IEquatable<QuantityMention>
{
    /// <summary>Creates a mention.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The text's length differs from the span's.</exception>
    public QuantityMention(TextSpan span, string text, QuantityPhrase phrase)
        : base(span, text) => Phrase = Preconditions.CheckNotNull(phrase, nameof(phrase));

    /// <summary>What the phrase says.</summary>
    public QuantityPhrase Phrase { get; }

    /// <inheritdoc />
    public bool Equals(QuantityMention? other) => other is not null && SameWords(other) && Phrase.Equals(other.Phrase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QuantityMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WordsHash(), Phrase);

    /// <summary>Compares two mentions component-wise.</summary>
    public static bool operator ==(QuantityMention? left, QuantityMention? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two mentions component-wise.</summary>
    public static bool operator !=(QuantityMention? left, QuantityMention? right) => !(left == right);

    /// <summary>"[start..end) "text" → phrase".</summary>
    public override string ToString() => $"{Span} \"{Text}\" → {Phrase}";
}
