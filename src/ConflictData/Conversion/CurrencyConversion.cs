using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>A conversion of a stated amount into another currency, with the rate, its date and its source.</summary>
/// <remarks>This type is immutable and thread-safe, with value equality.</remarks>
public sealed class CurrencyConversion : IEquatable<CurrencyConversion>
{
    /// <summary>Converts <paramref name="stated"/> at <paramref name="rate"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="stated"/> is not money in the rate's source currency.</exception>
    public CurrencyConversion(Quantity stated, ExchangeRate rate)
    {
        Preconditions.CheckNotNull(stated, nameof(stated));
        Preconditions.CheckNotNull(rate, nameof(rate));
        Preconditions.CheckArgument(stated.Unit.Currency == rate.From, nameof(stated),
            $"The amount is in {stated.Unit.Code}, but the rate converts from {rate.From}.");
        Stated = stated;
        Rate = rate;
        var scaled = stated.Value.Scale(rate.Rate);
        // Products carry the rate's decimal places ("51359100.0000"); the value is the same without them.
        Converted = new Quantity(new RangedValue(Trim(scaled.Lower), Trim(scaled.Upper), scaled.Best is { } b ? Trim(b) : null), Unit.Money(rate.To));
    }

    private static Bound? Trim(Bound? bound) => bound is { } b ? new Bound(Trim(b.Value), b.IsInclusive) : null;

    private static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>The amount as stated.</summary>
    public Quantity Stated { get; }

    /// <summary>The rate used.</summary>
    public ExchangeRate Rate { get; }

    /// <summary>The amount in the target currency.</summary>
    public Quantity Converted { get; }

    /// <inheritdoc />
    public bool Equals(CurrencyConversion? other) => other is not null && Stated.Equals(other.Stated) && Rate.Equals(other.Rate);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CurrencyConversion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Stated, Rate);

    /// <summary>Such as "[39000000, 231000000] GBP → [51359100, 304203900] USD at GBP/USD 1.3169 in 2019-03 (...)".</summary>
    public override string ToString() => $"{Stated.Value} {Stated.Unit} → {Converted.Value} {Converted.Unit} at {Rate}";
}
