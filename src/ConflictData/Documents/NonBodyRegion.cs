using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A run of a document's text that is page furniture rather than the article's body: a photo caption, a comment box,
/// a tags line. Figures inside such a region are still text, but a reader of the article would not take them as its
/// own reporting.
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe, with component-wise equality.</remarks>
public readonly struct NonBodyRegion : IEquatable<NonBodyRegion>
{
    /// <summary>Creates a region.</summary>
    /// <param name="span">Where the region stands in the document's text; never empty.</param>
    /// <param name="kind">What the region is.</param>
    /// <exception cref="ArgumentException"><paramref name="span"/> is empty or <paramref name="kind"/> is undefined.</exception>
    public NonBodyRegion(TextSpan span, NonBodyKind kind)
    {
        Preconditions.CheckArgument(!span.IsEmpty, nameof(span), "A non-body region covers at least one character.");
        Preconditions.CheckArgument(Enum.IsDefined(kind), nameof(kind), $"{(int)kind} is not a defined NonBodyKind.");
        Span = span;
        Kind = kind;
    }

    /// <summary>Where the region stands in the document's text.</summary>
    public TextSpan Span { get; }

    /// <summary>What the region is.</summary>
    public NonBodyKind Kind { get; }

    /// <inheritdoc />
    public bool Equals(NonBodyRegion other) => Span == other.Span && Kind == other.Kind;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NonBodyRegion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Span, Kind);

    /// <summary>Compares two regions component-wise.</summary>
    public static bool operator ==(NonBodyRegion left, NonBodyRegion right) => left.Equals(right);

    /// <summary>Compares two regions component-wise.</summary>
    public static bool operator !=(NonBodyRegion left, NonBodyRegion right) => !left.Equals(right);

    /// <summary>"PhotoCaption [2639..2769)".</summary>
    public override string ToString() => $"{Kind} {Span}";
}
