using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// One end of a <see cref="RangedValue"/>: a number and whether the number itself belongs to the range.
/// </summary>
/// <remarks>
/// "more than 5,600" has an exclusive lower bound of 5,600; "up to 3,000" an inclusive upper bound of 3,000.
/// An absent bound is expressed by a <c>null</c> <see cref="Bound"/> on the range, never by a sentinel number.
/// This type is an immutable value type and is thread-safe.
/// </remarks>
public readonly struct Bound : IEquatable<Bound>
{
    /// <summary>Creates a bound.</summary>
    /// <param name="value">The number at this end of the range, exactly as stated.</param>
    /// <param name="isInclusive"><c>true</c> when <paramref name="value"/> is itself part of the range.</param>
    public Bound(decimal value, bool isInclusive)
    {
        Value = value;
        IsInclusive = isInclusive;
    }

    /// <summary>The number at this end of the range.</summary>
    public decimal Value { get; }

    /// <summary>Whether <see cref="Value"/> is itself part of the range.</summary>
    public bool IsInclusive { get; }

    /// <summary>A bound that includes <paramref name="value"/>.</summary>
    public static Bound Inclusive(decimal value) => new(value, true);

    /// <summary>A bound that excludes <paramref name="value"/>.</summary>
    public static Bound Exclusive(decimal value) => new(value, false);

    /// <inheritdoc />
    public bool Equals(Bound other) => Value == other.Value && IsInclusive == other.IsInclusive;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Bound other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, IsInclusive);

    /// <summary>Compares two bounds for equality.</summary>
    public static bool operator ==(Bound left, Bound right) => left.Equals(right);

    /// <summary>Compares two bounds for inequality.</summary>
    public static bool operator !=(Bound left, Bound right) => !left.Equals(right);

    /// <summary>The number followed by "(inclusive)" or "(exclusive)", culture-invariant.</summary>
    public override string ToString() => $"{Invariant.Plain(Value)} ({(IsInclusive ? "inclusive" : "exclusive")})";
}
