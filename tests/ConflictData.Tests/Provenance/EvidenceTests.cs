using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Provenance;

public class EvidenceTests
{
    private static readonly DocumentId Rnz = new("004_21cca053a9288443");

    [Fact]
    public void Construction_KeepsDocumentSpanAndQuote()
    {
        var evidence = new Evidence(Rnz, new TextSpan(4417, 35), "between 14,000 and 18,000 militants");
        Assert.Equal(Rnz, evidence.Document);
        Assert.Equal(TextSpan.FromBounds(4417, 4452), evidence.Span);
        Assert.Equal("between 14,000 and 18,000 militants", evidence.Quote);
        Assert.Equal("004_21cca053a9288443[4417..4452): “between 14,000 and 18,000 militants”", evidence.ToString());
    }

    [Fact]
    public void Construction_QuoteLengthDiffersFromSpan_IsRejectedNamingQuote()
    {
        var e = Assert.Throws<ArgumentException>(() => new Evidence(Rnz, new TextSpan(10, 4), "some 40,000"));
        Assert.Equal("quote", e.ParamName);
        Assert.Contains("The quote has 11 characters but the span [10..14) covers 4", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_EmptyQuote_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Evidence(Rnz, new TextSpan(10, 0), ""));
        Assert.Equal("quote", e.ParamName);
        Assert.Contains("must not be empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_DefaultDocument_IsRejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Evidence(default, new TextSpan(0, 1), "x"));
        Assert.Equal("document", e.ParamName);
        Assert.Contains("default", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NullQuote_IsRejected() =>
        Assert.Equal("quote", Assert.Throws<ArgumentNullException>(() => new Evidence(Rnz, new TextSpan(0, 1), null!)).ParamName);

    [Fact]
    public void Equality_IsComponentWiseAndOrdinal_AndHashesAgree()
    {
        var a = new Evidence(Rnz, new TextSpan(0, 4), "Some");
        Assert.Equal(a, new Evidence(Rnz, new TextSpan(0, 4), "Some"));
        Assert.Equal(a.GetHashCode(), new Evidence(Rnz, new TextSpan(0, 4), "Some").GetHashCode());
        Assert.True(a != new Evidence(Rnz, new TextSpan(0, 4), "some"));
        Assert.True(a != new Evidence(Rnz, new TextSpan(1, 4), "Some"));
        Assert.True(a != new Evidence(new DocumentId("other"), new TextSpan(0, 4), "Some"));
        Assert.Single(new HashSet<Evidence> { a, new(Rnz, new TextSpan(0, 4), "Some") });
    }

    [Fact]
    public void ToStringAndErrors_AreCultureInvariant()
    {
        CultureScope.AssertInvariant(() => new Evidence(Rnz, new TextSpan(12_345, 4), "Some").ToString());
        CultureScope.AssertInvariant(() => Assert.Throws<ArgumentException>(() => new Evidence(Rnz, new TextSpan(12_345, 4), "xx")).Message);
    }
}
