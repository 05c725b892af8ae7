using System;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Something a scanner found in a text: where it stands and its exact words. <see cref="QuantityMention"/> and
/// <see cref="DateMention"/> add what it says; evidence for either is built from this base alone
/// (<see cref="ExtractionResult.EvidenceFor(Mention)"/>).
/// </summary>
/// <remarks>Every mention is immutable and thread-safe, with component-wise equality.</remarks>
public abstract class Mention
{
    /// <summary>Checks and keeps the span and text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not as long as <paramref name="span"/>.</exception>
    private protected Mention(TextSpan span, string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckArgument(text.Length == span.Length, nameof(text),
            $"The text is {Invariant.Plain(text.Length)} characters long but the span {span} covers {Invariant.Plain(span.Length)}.");
        Span = span;
        Text = text;
    }

    /// <summary>Where the mention stands, in UTF-16 offsets of the scanned text with an exclusive end.</summary>
    public TextSpan Span { get; }

    /// <summary>The exact text at <see cref="Span"/>, line breaks and all.</summary>
    public string Text { get; }

    /// <summary>Whether the span and text equal <paramref name="other"/>'s.</summary>
    private protected bool SameWords(Mention other) => Span == other.Span && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <summary>The hash of the span and text.</summary>
    private protected int WordsHash() => HashCode.Combine(Span, StringComparer.Ordinal.GetHashCode(Text));
}
