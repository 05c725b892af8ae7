using System;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// A date expression found in a text by <see cref="DateScanner"/>: where it is, its exact words, and what it resolved to.
/// </summary>
/// <remarks>
/// The span includes a leading "in", "on", "during", "since", "by", "as of" or "over" when the text has one, because
/// "since 2014" and "as of October 2017" mean something different from "2014" and "October 2017".
/// This type is immutable and thread-safe, with value equality.
/// </remarks>
public sealed class DateMention : Mention, IEquatable<DateMention>
{
    /// <summary>Creates a mention.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="resolution"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="text"/> is not as long as <paramref name="span"/>.</exception>
    public DateMention(TextSpan span, string text, ParseResult<ReferenceTime> resolution)
        : base(span, text) => Resolution = Preconditions.CheckNotNull(resolution, nameof(resolution));

    /// <summary>What the expression resolved to against the publication time (possibly an ambiguous envelope), or why it did not.</summary>
    public ParseResult<ReferenceTime> Resolution { get; }

    /// <inheritdoc />
    public bool Equals(DateMention? other) => other is not null && SameWords(other) && Resolution.Equals(other.Resolution);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WordsHash(), Resolution);

    /// <summary>Compares two mentions component-wise.</summary>
    public static bool operator ==(DateMention? left, DateMention? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two mentions component-wise.</summary>
    public static bool operator !=(DateMention? left, DateMention? right) => !(left == right);

    /// <summary>"[12..21) "on Friday" → during 2017-07-21".</summary>
    public override string ToString() => $"{Span} \"{Text}\" \u2192 {Resolution}";
}
