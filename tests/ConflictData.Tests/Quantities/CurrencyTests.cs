using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Quantities;

public class CurrencyTests
{
    [Theory]
    [InlineData("USD")]
    [InlineData("GBP")]
    [InlineData("EUR")]
    [InlineData("IQD")]
    [InlineData("SYP")]
    [InlineData("AFN")]
    [InlineData("HRK")]
    [InlineData("VEF")]
    [InlineData("XXX")]
    public void Construction_Iso4217Code_IsAccepted(string code)
    {
        var currency = new Currency(code);
        Assert.Equal(code, currency.Code);
        Assert.Equal(code, currency.ToString());
        Assert.True(Currency.IsKnownCode(code));
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("XYZ")]
    [InlineData("")]
    [InlineData(" USD")]
    public void Construction_UnknownCode_IsRejectedNamingCode(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => new Currency(code));
        Assert.Equal("code", e.ParamName);
        Assert.Contains("is not an ISO 4217 currency code", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_Null_IsRejected() => Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new Currency(null!)).ParamName);

    [Theory]
    [InlineData("GBP", true)]
    [InlineData("gbp", false)]
    [InlineData("£", false)]
    [InlineData(null, false)]
    public void TryParse_ReadsOnlyIsoCodes(string? code, bool ok)
    {
        Assert.Equal(ok, Currency.TryParse(code, out var currency));
        Assert.Equal(ok ? code : "XXX", currency.Code);
    }

    [Fact]
    public void NamedCurrencies_AreTheirCodes()
    {
        Assert.Equal("USD", Currency.UsDollar.Code);
        Assert.Equal("GBP", Currency.PoundSterling.Code);
        Assert.Equal("EUR", Currency.Euro.Code);
    }

    [Fact]
    public void Default_IsNoCurrency() => Assert.Equal(new Currency("XXX"), default);

    [Fact]
    public void Equality_HashAndOrdering_AreOrdinalByCode()
    {
        Assert.True(new Currency("USD") == Currency.UsDollar);
        Assert.True(Currency.Euro != Currency.UsDollar);
        Assert.Equal(Currency.UsDollar.GetHashCode(), new Currency("USD").GetHashCode());
        Assert.True(Currency.Euro < Currency.PoundSterling);
        Assert.True(Currency.UsDollar > Currency.PoundSterling);
        Assert.True(Currency.Euro <= Currency.Euro && Currency.Euro >= Currency.Euro);
        var sorted = new[] { Currency.UsDollar, Currency.Euro, Currency.PoundSterling }.Order().Select(c => c.Code);
        Assert.Equal(["EUR", "GBP", "USD"], sorted);
        Assert.True(new HashSet<Currency> { Currency.Euro, Currency.UsDollar }.SetEquals([new Currency("USD"), new Currency("EUR")]));
    }

    [Fact]
    public void Parsing_IsCultureInvariant_EvenInTurkish() =>
        CultureScope.AssertInvariant(() => (Currency.TryParse("IQD", out var c), c.ToString(), Currency.IsKnownCode("ıqd")));
}
