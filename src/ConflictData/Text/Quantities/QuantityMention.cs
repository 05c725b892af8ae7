using System;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>A quantity phrase found in a text: where it stands, the exact text there, and what it says.</summary>
/// <remarks>This type is immutable and thread-safe, with component-wise equality.</remarks>
public sealed class QuantityMention : IEquatable<QuantityMention>
{
    /// <summary>Creates a mention.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The text's length differs from the span's.</exception>
    public QuantityMention(TextSpan span, string text, QuantityPhrase phrase)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        if (text.Length != span.Length)
        {
            Preconditions.CheckArgument(false, nameof(text), $"The text has {text.Length} characters but the span {span} covers {span.Length}.");
        }
        Span = span;
        Text = text;
        Phrase = Preconditions.CheckNotNull(phrase, nameof(phrase));
    }

    /// <summary>Where the phrase stands, in UTF-16 offsets with an exclusive end.</summary>
    public TextSpan Span { get; }

    /// <summary>The exact text at <see cref="Span"/>, line breaks and all.</summary>
    public string Text { get; }

    /// <summary>What the phrase says.</summary>
    public QuantityPhrase Phrase { get; }

    /// <inheritdoc />
    public bool Equals(QuantityMention? other) =>
        other is not null && Span == other.Span && string.Equals(Text, other.Text, StringComparison.Ordinal) && Phrase.Equals(other.Phrase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QuantityMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Span, Phrase);

    /// <summary>"[start..end) "text" → phrase".</summary>
    public override string ToString() => $"{Span} \"{Text}\" → {Phrase}";
}
