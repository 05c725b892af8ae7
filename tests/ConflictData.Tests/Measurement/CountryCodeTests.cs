using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Measurement;

public class CountryCodeTests
{
    [Theory]
    [InlineData("IQ")]
    [InlineData("SY")]
    [InlineData("AF")]
    [InlineData("NL")]
    [InlineData("GB")]
    [InlineData("SS")]
    [InlineData("AX")]
    public void Construction_AssignedCode_IsAccepted(string code)
    {
        Assert.Equal(code, new CountryCode(code).Code);
        Assert.Equal(code, new CountryCode(code).ToString());
        Assert.True(CountryCode.TryParse(code, out var parsed));
        Assert.Equal(new CountryCode(code), parsed);
    }

    [Theory]
    [InlineData("iq")]
    [InlineData("IRQ")]
    [InlineData("UK")]
    [InlineData("ZZ")]
    [InlineData("XK")]
    [InlineData("")]
    [InlineData("I")]
    [InlineData("İQ")]
    public void Construction_UnassignedCode_IsRejectedNamingCode(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => new CountryCode(code));
        Assert.Equal("code", e.ParamName);
        Assert.Contains("is not an assigned ISO 3166-1 alpha-2 country code", e.Message, StringComparison.Ordinal);
        Assert.False(CountryCode.TryParse(code, out var parsed));
        Assert.Equal(default, parsed);
    }

    [Fact]
    public void Nulls_AreRejectedOrRefused()
    {
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => new CountryCode(null!)).ParamName);
        Assert.False(CountryCode.TryParse(null, out _));
    }

    [Fact]
    public void NamedCountries_AreTheirCodes()
    {
        Assert.Equal("IQ", CountryCode.Iraq.Code);
        Assert.Equal("SY", CountryCode.Syria.Code);
        Assert.Equal("AF", CountryCode.Afghanistan.Code);
    }

    [Fact]
    public void Default_IsUnknown() => Assert.Equal("ZZ", default(CountryCode).Code);

    [Fact]
    public void EqualityOrderAndHash_AreOrdinal()
    {
        Assert.True(CountryCode.Iraq < CountryCode.Syria && CountryCode.Syria > CountryCode.Afghanistan);
        Assert.True(CountryCode.Iraq <= new CountryCode("IQ") && CountryCode.Iraq >= new CountryCode("IQ"));
        Assert.True(CountryCode.Iraq == new CountryCode("IQ") && CountryCode.Iraq != CountryCode.Syria);
        Assert.Equal(CountryCode.Iraq.GetHashCode(), new CountryCode("IQ").GetHashCode());
        Assert.Equal(["AF", "IQ", "SY"], new[] { CountryCode.Syria, CountryCode.Afghanistan, CountryCode.Iraq }.Order().Select(c => c.Code));
        Assert.True(new HashSet<CountryCode> { CountryCode.Syria, CountryCode.Iraq }.SetEquals([new CountryCode("IQ"), new CountryCode("SY")]));
    }

    [Fact]
    public void Parsing_IsTheSameInTurkish() =>
        CultureScope.AssertInvariant(() => (CountryCode.TryParse("IQ", out var iq), iq.Code, CountryCode.TryParse("ıq", out _)));
}
