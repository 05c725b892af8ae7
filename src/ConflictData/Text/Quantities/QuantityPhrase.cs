using System;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// What one hedged quantity phrase says: the range of numbers it stands for, the number(s) as stated, its unit when
/// the text names one, the hedge exactly as stated, and the counted noun ("foreign fighters", "IS militants") when one
/// follows. "some 40,000" states 40,000 and stands for [35,000, 45,000] under the default policy.
/// </summary>
/// <remarks>
/// <para>"more than 5,600 had returned" names no unit, so <see cref="Unit"/> and <see cref="Quantity"/> are null:
/// the scanner does not guess what an elliptical figure counts.</para>
/// <para>This type is immutable and thread-safe, with component-wise equality.</para>
/// </remarks>
public sealed class QuantityPhrase : IEquatable<QuantityPhrase>
{
    /// <summary>Creates a phrase.</summary>
    /// <param name="value">The numbers the phrase stands for.</param>
    /// <param name="unit">The unit, or <c>null</c> when the text names none.</param>
    /// <param name="hedge">The hedge as stated; <see cref="Hedge.None"/> for an exact figure.</param>
    /// <param name="noun">The counted noun as written (words joined by single spaces), or <c>null</c>.</param>
    /// <param name="stated">The number(s) as stated, or <c>null</c> when the words state none ("hundreds").</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> or <paramref name="hedge"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is negative in a unit that cannot be negative, or the noun is blank.</exception>
    public QuantityPhrase(RangedValue value, Unit? unit, Hedge hedge, string? noun, StatedFigure? stated = null)
    {
        Stated = stated;
        Value = Preconditions.CheckNotNull(value, nameof(value));
        Hedge = Preconditions.CheckNotNull(hedge, nameof(hedge));
        if (noun is not null)
        {
            Preconditions.CheckNotBlank(noun, nameof(noun));
        }
        Unit = unit;
        Noun = noun;
        Quantity = unit is null ? null : new Quantity(value, unit);
    }

    /// <summary>The numbers the phrase stands for.</summary>
    public RangedValue Value { get; }

    /// <summary>The unit ("person", "USD", "percent", "km2", "per-month", "month", a counted noun), or <c>null</c>.</summary>
    public Unit? Unit { get; }

    /// <summary>The hedge as stated ("some", "between … and", "upwards of").</summary>
    public Hedge Hedge { get; }

    /// <summary>The counted noun as written ("foreign fighters"), or <c>null</c>.</summary>
    public string? Noun { get; }

    /// <summary>The number(s) as stated ("some 40,000": 40,000), or <c>null</c> when the words state none ("hundreds").</summary>
    public StatedFigure? Stated { get; }

    /// <summary>The value in its unit, or <c>null</c> when the phrase names no unit.</summary>
    public Quantity? Quantity { get; }

    /// <inheritdoc />
    public bool Equals(QuantityPhrase? other) =>
        other is not null && Value.Equals(other.Value) && Equals(Unit, other.Unit) && Hedge.Equals(other.Hedge)
        && string.Equals(Noun, other.Noun, StringComparison.Ordinal) && Equals(Stated, other.Stated);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QuantityPhrase);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(Value, Unit, Hedge, Noun is null ? 0 : StringComparer.Ordinal.GetHashCode(Noun));

    /// <summary>
    /// The canonical English of the quantity with its noun ("between 14,000 and 18,000 militants"), or the interval
    /// notation of the value when there is no unit ("(5600, )"); followed by the hedge in brackets when there is one.
    /// </summary>
    public override string ToString()
    {
        string value = Quantity is null ? Value.ToString() : QuantityFormatter.Format(Quantity, Unit!.Dimension == Dimension.Count || Unit.Of?.Dimension == Dimension.Count ? Noun : null);
        return Hedge.Kinds == HedgeKinds.None ? value : $"{value} [{Hedge}]";
    }
}
