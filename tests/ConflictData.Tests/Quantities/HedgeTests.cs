using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Quantities;

public class HedgeTests
{
    [Theory]
    [InlineData("some", HedgeKinds.Approximate)]
    [InlineData("about", HedgeKinds.Approximate)]
    [InlineData("approximately", HedgeKinds.Approximate)]
    [InlineData("or so", HedgeKinds.Approximate)]
    [InlineData("more than", HedgeKinds.MoreThan)]
    [InlineData("slightly more than", HedgeKinds.MoreThan)]
    [InlineData("upwards of", HedgeKinds.MoreThan)]
    [InlineData("at least", HedgeKinds.AtLeast)]
    [InlineData("up to", HedgeKinds.UpTo)]
    [InlineData("as many as", HedgeKinds.UpTo)]
    [InlineData("fewer than", HedgeKinds.LessThan)]
    [InlineData("almost", HedgeKinds.Almost)]
    [InlineData("nearly", HedgeKinds.Almost)]
    [InlineData("between … and", HedgeKinds.Range)]
    [InlineData("most likely", HedgeKinds.MostLikely)]
    [InlineData("estimated", HedgeKinds.Estimated)]
    [InlineData("an estimated", HedgeKinds.Estimated)]
    public void Recognize_EveryHedgeOfTheIssue_IsClassified(string words, HedgeKinds kinds)
    {
        var hedge = Hedge.Recognize(words)!;
        Assert.Equal(words, hedge.Text);
        Assert.Equal(kinds, hedge.Kinds);
        Assert.True(hedge.Has(kinds));
        Assert.Contains(words, Hedge.KnownPhrases);
    }

    [Fact]
    public void Recognize_KeepsTheCaseAsGiven_AndIgnoresItToMatch()
    {
        var hedge = Hedge.Recognize("Up to")!;
        Assert.Equal("Up to", hedge.Text);
        Assert.Equal(HedgeKinds.UpTo, hedge.Kinds);
        Assert.NotEqual(Hedge.Recognize("up to"), hedge);
    }

    [Fact]
    public void Recognize_InTurkish_StillMatchesDottedI() =>
        Assert.Equal(HedgeKinds.MostLikely, CultureScope.Run("tr-TR", () => Hedge.Recognize("MOST LIKELY")!.Kinds));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("reportedly")]
    [InlineData(" some")]
    public void Recognize_UnknownPhrase_IsNull(string? words) => Assert.Null(Hedge.Recognize(words));

    [Fact]
    public void KnownPhrases_AreSortedOrdinally() =>
        Assert.Equal(Hedge.KnownPhrases.Order(StringComparer.Ordinal), Hedge.KnownPhrases);

    [Fact]
    public void None_HasNoWordsAndNoKinds()
    {
        Assert.Equal(string.Empty, Hedge.None.Text);
        Assert.Equal(HedgeKinds.None, Hedge.None.Kinds);
        Assert.False(Hedge.None.Has(HedgeKinds.None));
        Assert.Equal("(none)", Hedge.None.ToString());
        Assert.Equal(Hedge.None, new Hedge("", HedgeKinds.None));
    }

    [Fact]
    public void Construction_CombinedKinds_KeepsTheWords()
    {
        var hedge = new Hedge("an estimated … to", HedgeKinds.Estimated | HedgeKinds.Range);
        Assert.True(hedge.Has(HedgeKinds.Estimated));
        Assert.True(hedge.Has(HedgeKinds.Range | HedgeKinds.Estimated));
        Assert.False(hedge.Has(HedgeKinds.Range | HedgeKinds.UpTo));
        Assert.Equal("an estimated … to", hedge.ToString());
    }

    [Fact]
    public void Construction_WordsWithoutKinds_AreRejectedNamingText()
    {
        var e = Assert.Throws<ArgumentException>(() => new Hedge("some", HedgeKinds.None));
        Assert.Equal("text", e.ParamName);
        Assert.Contains("must have no words", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_KindsWithoutWords_AreRejectedNamingText()
    {
        var e = Assert.Throws<ArgumentException>(() => new Hedge("", HedgeKinds.Approximate));
        Assert.Equal("text", e.ParamName);
        Assert.Contains("must keep its words", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData(" some")]
    [InlineData("some ")]
    public void Construction_BlankOrPaddedWords_AreRejected(string words) =>
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new Hedge(words, HedgeKinds.Approximate)).ParamName);

    [Fact]
    public void Construction_UndefinedKindBits_AreRejectedNamingKinds()
    {
        var e = Assert.Throws<ArgumentException>(() => new Hedge("x", (HedgeKinds)1024));
        Assert.Equal("kinds", e.ParamName);
        Assert.Contains("1024 has bits that are no HedgeKinds", e.Message, StringComparison.Ordinal);
        Assert.Equal("kinds", Assert.Throws<ArgumentException>(() => new Hedge("x", (HedgeKinds)(-1))).ParamName);
    }

    [Fact]
    public void Construction_NullWords_AreRejected() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Hedge(null!, HedgeKinds.None)).ParamName);

    [Fact]
    public void Equality_IsOrdinalByWordsAndKinds_AndHashesAgree()
    {
        Assert.Equal(new Hedge("some", HedgeKinds.Approximate), Hedge.Recognize("some"));
        Assert.True(new Hedge("some", HedgeKinds.Approximate) != new Hedge("some", HedgeKinds.Estimated));
        Assert.True(new Hedge("some", HedgeKinds.Approximate) == new Hedge("some", HedgeKinds.Approximate));
        Assert.Equal(new Hedge("some", HedgeKinds.Approximate).GetHashCode(), Hedge.Recognize("some")!.GetHashCode());
        Assert.Equal(2, new HashSet<Hedge> { Hedge.Recognize("some")!, Hedge.Recognize("Some")!, Hedge.Recognize("some")! }.Count);
    }
}
