using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A run of UTF-16 characters in a document: a zero-based start and a length, with an exclusive end, as Roslyn's
/// <c>TextSpan</c>. Shown as "[start..end)".
/// </summary>
/// <remarks>This type is an immutable value type and is thread-safe. Spans order by start, then by length.</remarks>
public readonly struct TextSpan : IEquatable<TextSpan>, IComparable<TextSpan>
{
    /// <summary>Creates a span.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> or <paramref name="length"/> is negative, or their sum overflows.</exception>
    public TextSpan(int start, int length)
    {
        Preconditions.CheckRange(start >= 0, nameof(start), start, "A span cannot start before the text (start must be 0 or more).");
        Preconditions.CheckRange(length >= 0, nameof(length), length, "A span's length must be 0 or more.");
        Preconditions.CheckRange(start <= int.MaxValue - length, nameof(length), length, "start + length overflows.");
        Start = start;
        Length = length;
    }

    /// <summary>The index of the first character.</summary>
    public int Start { get; }

    /// <summary>How many characters the span covers.</summary>
    public int Length { get; }

    /// <summary>The index just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>Whether the span covers no character.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>The span from <paramref name="start"/> up to, not including, <paramref name="end"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is negative or <paramref name="end"/> is before it.</exception>
    public static TextSpan FromBounds(int start, int end)
    {
        Preconditions.CheckRange(start >= 0, nameof(start), start, "A span cannot start before the text (start must be 0 or more).");
        Preconditions.CheckRange(end >= start, nameof(end), end, $"A span's end must not be before its start ({Invariant.Plain(start)}).");
        return new TextSpan(start, end - start);
    }

    /// <summary>Whether <paramref name="position"/> lies in the span.</summary>
    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Whether <paramref name="span"/> lies wholly in this span.</summary>
    public bool Contains(TextSpan span) => span.Start >= Start && span.End <= End;

    /// <summary>Whether the two spans share at least one character.</summary>
    public bool OverlapsWith(TextSpan span) => Math.Max(Start, span.Start) < Math.Min(End, span.End);

    /// <summary>The characters both spans cover, or <c>null</c> when they are disjoint and not adjacent.</summary>
    public TextSpan? Intersection(TextSpan span)
    {
        int start = Math.Max(Start, span.Start);
        int end = Math.Min(End, span.End);
        return start <= end ? FromBounds(start, end) : null;
    }

    /// <inheritdoc />
    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, Length);

    /// <inheritdoc />
    public int CompareTo(TextSpan other) => Start != other.Start ? Start.CompareTo(other.Start) : Length.CompareTo(other.Length);

    /// <summary>Compares two spans for equality.</summary>
    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);

    /// <summary>Orders by start, then length.</summary>
    public static bool operator <(TextSpan left, TextSpan right) => left.CompareTo(right) < 0;

    /// <summary>Orders by start, then length.</summary>
    public static bool operator >(TextSpan left, TextSpan right) => left.CompareTo(right) > 0;

    /// <summary>Orders by start, then length.</summary>
    public static bool operator <=(TextSpan left, TextSpan right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by start, then length.</summary>
    public static bool operator >=(TextSpan left, TextSpan right) => left.CompareTo(right) >= 0;

    /// <summary>"[start..end)".</summary>
    public override string ToString() => $"[{Invariant.Plain(Start)}..{Invariant.Plain(End)})";
}
