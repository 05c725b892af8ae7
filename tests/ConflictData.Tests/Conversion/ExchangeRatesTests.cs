using System;
using NodaTime;

namespace ConflictData.Tests.Conversion;

public class ExchangeRatesTests
{
    private static readonly ExchangeRate DailyRate = new(Currency.PoundSterling, Currency.UsDollar, DateRange.Day(new LocalDate(2019, 3, 24)), 1.32m, "a test fixing");

    [Fact]
    public void TheSeedTable_NamesItsSource_AndServesBothDirections()
    {
        Assert.True(ExchangeRates.Seed.TryGetRate(Currency.PoundSterling, Currency.UsDollar, new LocalDate(2019, 3, 24), out var rate));
        Assert.Equal(1.3169m, rate.Rate);
        Assert.StartsWith("Bank of England", rate.Source, StringComparison.Ordinal);
        Assert.True(ExchangeRates.Seed.TryGetRate(Currency.UsDollar, Currency.PoundSterling, new LocalDate(2019, 1, 5), out var inverse));
        Assert.Equal(1m / 1.2910m, inverse.Rate);
        Assert.EndsWith("(inverted)", inverse.Source, StringComparison.Ordinal);
        Assert.False(ExchangeRates.Seed.TryGetRate(Currency.Euro, Currency.UsDollar, new LocalDate(2019, 3, 24), out _));
        Assert.False(ExchangeRates.Seed.TryGetRate(Currency.PoundSterling, Currency.UsDollar, new LocalDate(2019, 4, 1), out _));
    }

    [Fact]
    public void ADaysRate_WinsOverTheMonths()
    {
        var rates = ExchangeRates.Seed.With(DailyRate);
        Assert.True(rates.TryGetRate(Currency.PoundSterling, Currency.UsDollar, new LocalDate(2019, 3, 24), out var rate));
        Assert.Same(DailyRate, rate);
    }

    [Fact]
    public void BadRatesAreRejected_WithTheRule()
    {
        Assert.Equal("An exchange rate converts between two currencies, but both are GBP. (Parameter 'to')",
            Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.PoundSterling, Currency.PoundSterling, DateRange.Month(2019, 3), 1, "x")).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.PoundSterling, Currency.UsDollar, DateRange.Month(2019, 3), 0, "x"));
        Assert.StartsWith("A rate applies to a day or a month, not to 2019",
            Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.PoundSterling, Currency.UsDollar, DateRange.Year(2019), 1, "x")).Message, StringComparison.Ordinal);
        Assert.StartsWith("Two rates for GBP/USD in 2019-03",
            Assert.Throws<ArgumentException>(() => ExchangeRates.Seed.With(new ExchangeRate(Currency.UsDollar, Currency.PoundSterling, DateRange.Month(2019, 3), 0.76m, "x"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AConversion_RecordsTheRate_AndDropsTheRatesTrailingZeros()
    {
        Assert.True(ExchangeRates.Seed.TryGetRate(Currency.PoundSterling, Currency.UsDollar, new LocalDate(2019, 3, 24), out var rate));
        var conversion = new CurrencyConversion(new Quantity(RangedValue.Between(39_000_000, 231_000_000), Unit.Money(Currency.PoundSterling)), rate);
        Assert.Equal("[51359100, 304203900]", conversion.Converted.Value.ToString());
        Assert.Equal(Unit.Money(Currency.UsDollar), conversion.Converted.Unit);
    }
}
