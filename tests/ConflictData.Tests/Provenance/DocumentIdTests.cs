using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Provenance;

public class DocumentIdTests
{
    [Theory]
    [InlineData("004_21cca053a9288443")]
    [InlineData("a")]
    [InlineData("rnz-2019.03.24")]
    [InlineData("ABC_def-1.2")]
    public void Construction_WellFormed_IsAccepted(string value)
    {
        Assert.True(DocumentId.IsValid(value));
        Assert.Equal(value, new DocumentId(value).Value);
        Assert.Equal(value, new DocumentId(value).ToString());
    }

    [Fact]
    public void Construction_TwoHundredCharacters_IsTheLimit()
    {
        Assert.True(DocumentId.IsValid(new string('a', 200)));
        Assert.False(DocumentId.IsValid(new string('a', 201)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("ümlaut")]
    [InlineData("tab\t")]
    [InlineData("٣")]
    public void Construction_Malformed_IsRejectedNamingValue(string value)
    {
        Assert.False(DocumentId.IsValid(value));
        var e = Assert.Throws<ArgumentException>(() => new DocumentId(value));
        Assert.Equal("value", e.ParamName);
        Assert.Contains("is not a document id", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_Null_IsRejected()
    {
        Assert.False(DocumentId.IsValid(null));
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new DocumentId(null!)).ParamName);
    }

    [Fact]
    public void Default_IsEmpty() => Assert.Equal(string.Empty, default(DocumentId).Value);

    [Fact]
    public void EqualityAndOrder_AreOrdinal()
    {
        var a = new DocumentId("000_x");
        var b = new DocumentId("004_x");
        Assert.True(a < b && b > a && a <= new DocumentId("000_x") && b >= new DocumentId("004_x"));
        Assert.True(a != b);
        Assert.True(new DocumentId("Doc") != new DocumentId("doc"));
        Assert.True(new DocumentId("B") < new DocumentId("a"));
        Assert.Equal(a.GetHashCode(), new DocumentId("000_x").GetHashCode());
        Assert.Equal(["000_x", "004_x"], new[] { b, a }.Order().Select(d => d.Value));
        Assert.True(new HashSet<DocumentId> { a, b }.SetEquals([new DocumentId("004_x"), new DocumentId("000_x")]));
    }

    [Fact]
    public void Ordering_IsTheSameInTurkish() =>
        CultureScope.AssertInvariant(() => new DocumentId("i").CompareTo(new DocumentId("I")) + new DocumentId("Iq").Value);
}
