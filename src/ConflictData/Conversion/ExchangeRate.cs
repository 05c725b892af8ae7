using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// One dated exchange rate: how many units of <see cref="To"/> one unit of <see cref="From"/> bought on a day or on
/// average over a month, and where the figure comes from.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with value equality.</remarks>
/// <example>
/// <code>
/// var march2019 = new ExchangeRate(Currency.PoundSterling, Currency.UsDollar, DateRange.Month(2019, 3), 1.3169m,
///     "Bank of England, series XUMAUSS (monthly average spot rate, US$ into sterling)");
/// </code>
/// </example>
public sealed class ExchangeRate : IEquatable<ExchangeRate>
{
    /// <summary>Creates a rate.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to; not <paramref name="from"/>.</param>
    /// <param name="period">The day or month the rate applies to (a daily fixing or a monthly average).</param>
    /// <param name="rate">Units of <paramref name="to"/> per unit of <paramref name="from"/>; positive.</param>
    /// <param name="source">Where the figure comes from, such as a central bank's published series.</param>
    /// <exception cref="ArgumentException">The currencies are equal, the period is neither a day nor a month, or the source is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not positive.</exception>
    public ExchangeRate(Currency from, Currency to, DateRange period, decimal rate, string source)
    {
        Preconditions.CheckArgument(from != to, nameof(to), $"An exchange rate converts between two currencies, but both are {from}.");
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckArgument(period.Precision is DatePrecision.Day or DatePrecision.Month, nameof(period),
            $"A rate applies to a day or a month, not to {period}.");
        Preconditions.CheckRange(rate > 0, nameof(rate), rate, "An exchange rate must be positive.");
        From = from;
        To = to;
        Period = period;
        Rate = rate;
        Source = Preconditions.CheckNotBlank(source, nameof(source));
    }

    /// <summary>The currency converted from.</summary>
    public Currency From { get; }

    /// <summary>The currency converted to.</summary>
    public Currency To { get; }

    /// <summary>The day or month the rate applies to.</summary>
    public DateRange Period { get; }

    /// <summary>Units of <see cref="To"/> per unit of <see cref="From"/>.</summary>
    public decimal Rate { get; }

    /// <summary>Where the figure comes from.</summary>
    public string Source { get; }

    /// <summary>The same rate the other way round (1 / <see cref="Rate"/>), its source marked as inverted.</summary>
    public ExchangeRate Invert() => new(To, From, Period, 1m / Rate, Source + " (inverted)");

    /// <inheritdoc />
    public bool Equals(ExchangeRate? other) =>
        other is not null && From == other.From && To == other.To && Period.Equals(other.Period) && Rate == other.Rate
        && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExchangeRate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Period, Rate);

    /// <summary>Such as "GBP/USD 1.3169 in 2019-03 (Bank of England ...)", culture-invariant.</summary>
    public override string ToString() => $"{From}/{To} {Invariant.Plain(Rate)} in {Period} ({Source})";
}
