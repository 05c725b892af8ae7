using System;
using System.ComponentModel;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// Where a figure stands in its document: the document, the character span and the exact quote at that span.
/// </summary>
/// <remarks>
/// The quote's length must equal the span's length; that the quote equals the document's text at the span is checked
/// wherever the document is known (the seed corpus checks every estimate). This type is immutable and thread-safe.
/// </remarks>
public sealed class Evidence : IEquatable<Evidence>
{
    /// <summary>Creates evidence.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="quote"/> is null.</exception>
    /// <exception cref="ArgumentException">The quote is empty or its length differs from the span's; the document id is the default value.</exception>
    public Evidence(DocumentId document, TextSpan span, string quote)
    {
        Preconditions.CheckArgument(document.Value.Length > 0, nameof(document), "The document id is the default (empty) value.");
        Preconditions.CheckNotNull(quote, nameof(quote));
        Preconditions.CheckArgument(quote.Length > 0, nameof(quote), "The quote must not be empty.");
        Preconditions.CheckWellFormed(quote, nameof(quote));
        Preconditions.CheckArgument(quote.Length == span.Length, nameof(quote),
            $"The quote has {Invariant.Plain(quote.Length)} characters but the span {span} covers {Invariant.Plain(span.Length)}.");
        Document = document;
        Span = span;
        Quote = quote;
    }

    /// <summary>The document the quote comes from.</summary>
    public DocumentId Document { get; }

    /// <summary>Where the quote stands in the document's text.</summary>
    public TextSpan Span { get; }

    /// <summary>The exact text at <see cref="Span"/>.</summary>
    public string Quote { get; }

    /// <inheritdoc />
    public bool Equals(Evidence? other) =>
        other is not null && Document == other.Document && Span == other.Span && string.Equals(Quote, other.Quote, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Document, Span, StringComparer.Ordinal.GetHashCode(Quote));

    /// <summary>Compares two pieces of evidence component-wise.</summary>
    public static bool operator ==(Evidence? left, Evidence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two pieces of evidence component-wise.</summary>
    public static bool operator !=(Evidence? left, Evidence? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>"004_21cca053a9288443[4417..4460): “between 14,000 and 18,000 militants”".</summary>
    public override string ToString() => $"{Document}{Span}: “{Quote}”";
}
