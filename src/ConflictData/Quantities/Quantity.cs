using System;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A <see cref="RangedValue"/> in a <see cref="Unit"/>: "between 14,000 and 18,000 people", "USD 25,000,000".
/// Arithmetic and comparison only combine quantities of the same unit; anything else is an error, never a silent mix.
/// </summary>
/// <remarks>
/// A quantity in a unit that cannot be negative (every unit but percent) rejects negative bounds and best values.
/// This type is immutable and thread-safe, with component-wise equality and no ordering.
/// </remarks>
/// <example>
/// <code>
/// var iraq = new Quantity(RangedValue.Between(15_000, 17_000), Unit.Person);
/// var syria = new Quantity(RangedValue.Between(13_000, 14_000), Unit.Person);
/// Quantity total = iraq.Add(syria);   // between 28,000 and 31,000 people
/// </code>
/// </example>
public sealed class Quantity : IEquatable<Quantity>
{
    /// <summary>Creates a quantity.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A bound or the best value is negative in a unit that cannot be negative.</exception>
    public Quantity(RangedValue value, Unit unit)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckNotNull(unit, nameof(unit));
        string? error = Validate(value, unit);
        Preconditions.CheckArgument(error is null, nameof(value), error!);
        Value = value;
        Unit = unit;
    }

    /// <summary>Tries to create a quantity, returning <c>false</c> with the reason instead of throwing.</summary>
    /// <param name="value">The numbers.</param>
    /// <param name="unit">Their unit.</param>
    /// <param name="result">The quantity when the arguments are valid.</param>
    /// <param name="error">Why the arguments are invalid, when they are.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="unit"/> is null.</exception>
    public static bool TryCreate(RangedValue value, Unit unit, [NotNullWhen(true)] out Quantity? result, [NotNullWhen(false)] out string? error)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckNotNull(unit, nameof(unit));
        error = Validate(value, unit);
        result = error is null ? new Quantity(value, unit) : null;
        return error is null;
    }

    private static string? Validate(RangedValue value, Unit unit) =>
        unit.CanHold(value) ? null : $"A quantity in {unit.Code} cannot be negative, but the range is {value}.";

    /// <summary>The numbers.</summary>
    public RangedValue Value { get; }

    /// <summary>The unit of every number in <see cref="Value"/>.</summary>
    public Unit Unit { get; }

    /// <summary>An exact quantity.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is negative in a unit that cannot be negative.</exception>
    public static Quantity Exact(decimal value, Unit unit) => new(RangedValue.Exact(value), unit);

    /// <summary>The sum of two quantities of the same unit, by interval addition (see <see cref="RangedValue.Add"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The units differ.</exception>
    /// <exception cref="OverflowException">A sum exceeds the range of <see cref="decimal"/>.</exception>
    public Quantity Add(Quantity other) => new(Value.Add(CheckSameUnit(other).Value), Unit);

    /// <summary>Whether every number of <paramref name="other"/> lies inside this quantity's range.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public bool Contains(Quantity other) => Value.Contains(CheckSameUnit(other).Value);

    /// <summary>Whether the two quantities share at least one number.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public bool Overlaps(Quantity other) => Value.Overlaps(CheckSameUnit(other).Value);

    /// <summary>What both quantities allow, or <c>null</c> when they are incompatible claims.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public Quantity? Intersection(Quantity other) =>
        Value.Intersection(CheckSameUnit(other).Value) is { } both ? new Quantity(both, Unit) : null;

    /// <summary>The smallest quantity containing both.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The units differ.</exception>
    public Quantity Envelope(Quantity other) => new(Value.Envelope(CheckSameUnit(other).Value), Unit);

    private Quantity CheckSameUnit(Quantity other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        Preconditions.CheckArgument(Unit.Equals(other.Unit), nameof(other),
            $"Cannot combine a quantity in {Unit.Code} with one in {other.Unit.Code}: units must be equal (convert money with a dated rate table first).");
        return other;
    }

    /// <inheritdoc />
    public bool Equals(Quantity? other) => other is not null && Value.Equals(other.Value) && Unit.Equals(other.Unit);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Quantity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Compares two quantities component-wise.</summary>
    public static bool operator ==(Quantity? left, Quantity? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two quantities component-wise.</summary>
    public static bool operator !=(Quantity? left, Quantity? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>Canonical English, culture-invariant: "between 14,000 and 18,000 people", "more than USD 5,600".</summary>
    /// <seealso cref="QuantityFormatter"/>
    public override string ToString() => QuantityFormatter.Format(this);
}
