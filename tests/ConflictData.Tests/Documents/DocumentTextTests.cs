using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;
using NodaTime;

namespace ConflictData.Tests.Documents;

/// <summary>A document's text, spans, evidence, equality and ToString. (The corpus branch has DocumentTests for its metadata.)</summary>
public class DocumentTextTests
{
    private const string Text = "IS once controlled 88,000 square kilometres of territory.";
    private static readonly DocumentId Id = new("004_21cca053a9288443");
    private static readonly PublicationTime Published = PublicationTime.OnDate(new LocalDate(2019, 3, 24));

    [Fact]
    public void Construction_KeepsIdTextAndPublication()
    {
        var document = new Document(Id, Text, Published);
        Assert.Equal(Id, document.Id);
        Assert.Equal(Text, document.Text);
        Assert.Equal(Published, document.Published);
        Assert.Null(new Document(Id, Text).Published);
    }

    [Fact]
    public void GetText_ReturnsTheCharactersAtTheSpan()
    {
        var document = new Document(Id, Text);
        Assert.Equal("88,000 square kilometres", document.GetText(new TextSpan(19, 24)));
        Assert.Equal(string.Empty, document.GetText(new TextSpan(Text.Length, 0)));
    }

    [Fact]
    public void GetText_SpanPastTheEnd_IsRejectedNamingSpan()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Document(Id, Text).GetText(new TextSpan(50, 10)));
        Assert.Equal("span", e.ParamName);
        Assert.Contains($"The span ends at 60, past the end of document {Id} ({Text.Length} characters)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateEvidence_QuotesTheText_AndTheDocumentSupportsIt()
    {
        var document = new Document(Id, Text);
        var evidence = document.CreateEvidence(new TextSpan(19, 24));
        Assert.Equal(new Evidence(Id, new TextSpan(19, 24), "88,000 square kilometres"), evidence);
        Assert.True(document.Supports(evidence));
    }

    [Fact]
    public void CreateEvidence_EmptyOrOutsideSpan_IsRejected()
    {
        var document = new Document(Id, Text);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => document.CreateEvidence(new TextSpan(3, 0)));
        Assert.Equal("span", e.ParamName);
        Assert.Contains("at least one character", e.Message, StringComparison.Ordinal);
        Assert.Equal("span", Assert.Throws<ArgumentOutOfRangeException>(() => document.CreateEvidence(new TextSpan(Text.Length, 1))).ParamName);
    }

    public static TheoryData<Evidence> Unsupported => new()
    {
        new Evidence(new DocumentId("other"), new TextSpan(19, 24), "88,000 square kilometres"),
        new Evidence(Id, new TextSpan(20, 24), "88,000 square kilometres"),
        new Evidence(Id, new TextSpan(19, 24), "88,000 Square kilometres"),
        new Evidence(Id, new TextSpan(50, 24), "88,000 square kilometres"),
    };

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void Supports_WrongDocumentPlaceOrWords_IsFalse(Evidence evidence) =>
        Assert.False(new Document(Id, Text).Supports(evidence));

    [Fact]
    public void Supports_Null_IsRejected() =>
        Assert.Equal("evidence", Assert.Throws<ArgumentNullException>(() => new Document(Id, Text).Supports(null!)).ParamName);

    [Fact]
    public void Construction_InvalidArguments_AreRejectedByName()
    {
        var e = Assert.Throws<ArgumentException>(() => new Document(default, Text));
        Assert.Equal("id", e.ParamName);
        Assert.Contains("default", e.Message, StringComparison.Ordinal);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Document(Id, null!)).ParamName);
    }

    [Fact]
    public void Equality_IsByIdTextAndPublication_AndHashesAgree()
    {
        var a = new Document(Id, Text, Published);
        Assert.Equal(a, new Document(new DocumentId("004_21cca053a9288443"), string.Concat("IS once ", Text.AsSpan(8)), Published));
        Assert.Equal(a.GetHashCode(), new Document(Id, Text, PublicationTime.OnDate(new LocalDate(2019, 3, 24))).GetHashCode());
        Assert.True(a != new Document(Id, Text));
        Assert.True(a != new Document(Id, Text + " ", Published));
        Assert.True(a != new Document(new DocumentId("x"), Text, Published));
        Assert.Single(new HashSet<Document> { a, new(Id, Text, Published) });
    }

    [Fact]
    public void ToString_SaysIdLengthAndPublication_InEveryCulture()
    {
        Assert.Equal($"004_21cca053a9288443 ({Text.Length} characters, published 2019-03-24)", new Document(Id, Text, Published).ToString());
        Assert.Equal($"004_21cca053a9288443 ({Text.Length} characters)", new Document(Id, Text).ToString());
        CultureScope.AssertInvariant(() => new Document(Id, new string('x', 12_345), Published).ToString());
    }
}
