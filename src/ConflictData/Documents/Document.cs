using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A source text and what is known of it: its id, its full text exactly as published, and when it was published.
/// Evidence points into a document by UTF-16 character spans.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Equality is by id, text and publication time.</remarks>
public sealed class Document : IEquatable<Document>
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="text">The full text, exactly as published (line breaks and all).</param>
    /// <param name="published">When it was published, if known.</param>
    /// <exception cref="ArgumentException">The id is the default value.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document(DocumentId id, string text, PublicationTime? published = null)
    {
        Preconditions.CheckArgument(id.Value.Length > 0, nameof(id), "The document id is the default (empty) value.");
        Id = id;
        Text = Preconditions.CheckNotNull(text, nameof(text));
        Published = published;
    }

    /// <summary>The document's id.</summary>
    public DocumentId Id { get; }

    /// <summary>The full text.</summary>
    public string Text { get; }

    /// <summary>When it was published, if known.</summary>
    public PublicationTime? Published { get; }

    /// <summary>The text at <paramref name="span"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span runs past the end of the text.</exception>
    public string GetText(TextSpan span)
    {
        CheckInside(span, nameof(span));
        return Text.Substring(span.Start, span.Length);
    }

    /// <summary>Evidence for the text at <paramref name="span"/>, with the quote taken from the text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty or runs past the end of the text.</exception>
    public Evidence CreateEvidence(TextSpan span)
    {
        Preconditions.CheckRange(!span.IsEmpty, nameof(span), span, "Evidence needs a span of at least one character.");
        return new Evidence(Id, span, GetText(span));
    }

    /// <summary>Whether <paramref name="evidence"/> points into this document and quotes its text exactly.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public bool Supports(Evidence evidence)
    {
        Preconditions.CheckNotNull(evidence, nameof(evidence));
        return evidence.Document == Id && evidence.Span.End <= Text.Length
            && string.CompareOrdinal(Text, evidence.Span.Start, evidence.Quote, 0, evidence.Span.Length) == 0;
    }

    private void CheckInside(TextSpan span, string paramName) =>
        Preconditions.CheckRange(span.End <= Text.Length, paramName, span,
            $"The span ends at {Invariant.Plain(span.End)}, past the end of document {Id} ({Invariant.Plain(Text.Length)} characters).");

    /// <inheritdoc />
    public bool Equals(Document? other) =>
        other is not null && Id == other.Id && string.Equals(Text, other.Text, StringComparison.Ordinal) && Equals(Published, other.Published);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Document);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Text.Length, Published);

    /// <summary>Compares two documents.</summary>
    public static bool operator ==(Document? left, Document? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two documents.</summary>
    public static bool operator !=(Document? left, Document? right) => !(left == right);

    /// <summary>"004_21cca053a9288443 (6262 characters, published 2019-03-24T19:25:00 Pacific/Auckland (+13))".</summary>
    public override string ToString() =>
        Published is null
            ? $"{Id} ({Invariant.Plain(Text.Length)} characters)"
            : $"{Id} ({Invariant.Plain(Text.Length)} characters, published {Published})";
}
