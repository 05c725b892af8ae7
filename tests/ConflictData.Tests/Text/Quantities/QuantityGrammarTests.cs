using System;
using System.Linq;
using ConflictData.Text;
using ConflictData.Text.Scanning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ConflictData.Tests.Text.Quantities;

/// <summary>The grammar's short ways: a numeral's value is the lexer's, bit for bit, for every numeral; a word compared ignoring case as the ordinal comparison compares.</summary>
public class QuantityGrammarTests
{
    [Theory]
    [InlineData("2014")]
    [InlineData("45,000")]
    [InlineData("2,\\000")]
    [InlineData("10\u00A0000 and 1\u202F234\u2009567")]
    [InlineData("007 and 0")]
    [InlineData("999999999999999999 1,000,000,000,000,000 9999999999999999999 12345678901234567890123456789")]
    [InlineData("2.5 1,234.50 0.0000000000000000000000000001 99999999999999999999999999999999")]
    public void WholeValueOf_IsTheLexersValue(string text) => AssertSameValues(text);

    [Property(Arbitrary = new[] { typeof(NumeralArbitraries) }, MaxTest = 500)]
    public bool WholeValueOf_OfAnyNumerals_IsTheLexersValue(Numerals numerals)
    {
        AssertSameValues(numerals.Text);
        return true;
    }

    /// <summary>The grammar's own comparison of a token with one of its words says what the ordinal comparison ignoring
    /// case says, for ASCII and for the characters outside it that fold to or near ASCII letters.</summary>
    [Theory]
    [InlineData("Between", "between", true)]
    [InlineData("GMT", "gmt", true)]
    [InlineData("gmt", "GMT", true)]
    [InlineData("betweeN", "between", true)]
    [InlineData("betwixt", "between", false)]
    [InlineData("a-b", "a_b", false)]
    [InlineData("@", "`", false)]
    [InlineData("[", "{", false)]
    [InlineData("\u0131n", "in", false)]
    [InlineData("\u017Fome", "some", false)]
    [InlineData("\u212Am", "km", false)]
    [InlineData("\u00E9", "e", false)]
    public void EqualsIgnoringCase_IsTheOrdinalComparison(string span, string word, bool equal)
    {
        Assert.Equal(span.Equals(word, StringComparison.OrdinalIgnoreCase), QuantityGrammar.EqualsIgnoringCase(span, word));
        Assert.Equal(equal, QuantityGrammar.EqualsIgnoringCase(span, word));
    }

    /// <summary>What the grammar's ASCII comparison and its use of the lexer's word classes rest on: ignoring case
    /// ordinally, no character outside ASCII equals one inside it.</summary>
    [Fact]
    public void OrdinalIgnoreCase_NoCharacterOutsideAscii_EqualsOneInside()
    {
        for (int c = 0x80; c <= char.MaxValue; c++)
        {
            string outside = ((char)c).ToString();
            for (char ascii = '\0'; ascii < 0x80; ascii++)
            {
                Assert.False(outside.Equals(ascii.ToString(), StringComparison.OrdinalIgnoreCase), $"U+{c:X4} equals U+{(int)ascii:X4}");
            }
        }
    }

    /// <summary>The grammar asks for a prefix hedge only at a word the lexer marked as one that starts a phrase.</summary>
    [Property(MaxTest = 300)]
    public bool EveryFirstWordOfAPrefixHedge_StartsAPhrase(bool[] upper) =>
        HedgePhrases.FirstWords.All(word =>
            (WordTable.Classify(new string(word.Select((c, i) => i < upper.Length && upper[i] ? char.ToUpperInvariant(c) : c).ToArray())).Class & WordClass.Starter) != 0);

    /// <summary>Every word a unit after a figure starts with is let through to the unit reader.</summary>
    [Theory]
    [InlineData("percent")]
    [InlineData("PCT")]
    [InlineData("pc")]
    [InlineData("per")]
    [InlineData("Square")]
    [InlineData("sq")]
    [InlineData("km")]
    [InlineData("Kilometres")]
    [InlineData("kilometers")]
    [InlineData("miles")]
    [InlineData("km2")]
    [InlineData("sqkm")]
    [InlineData("hectares")]
    [InlineData("ha")]
    [InlineData("bpd")]
    [InlineData("b")]
    [InlineData("times")]
    [InlineData("decades")]
    [InlineData("days")]
    [InlineData("Nights")]
    [InlineData("hour")]
    [InlineData("dollars")]
    [InlineData("Sterling")]
    [InlineData("Lebanese")]
    [InlineData("new")]
    [InlineData("CFA")]
    [InlineData("USD")]
    [InlineData("EUR")]
    public void MayStartUnit_TheWordsOfUnits(string word) => Assert.True(QuantityLexicon.MayStartUnit(word));

    [Theory]
    [InlineData("fighters")]
    [InlineData("people")]
    [InlineData("in")]
    [InlineData("Usd")]
    [InlineData("Km2")]
    public void MayStartUnit_NotOtherWords(string word) => Assert.False(QuantityLexicon.MayStartUnit(word));

    [Property(Arbitrary = new[] { typeof(WordShapesTests.CaseArbitraries) }, MaxTest = 3000)]
    public bool EqualsIgnoringCase_OfAnyWord_IsTheOrdinalComparison(string span) =>
        new[] { "more", "up", "some", "approximately", "at", "in", "a" }.Where(word => word.Length == span.Length)
            .All(word => QuantityGrammar.EqualsIgnoringCase(span, word) == span.Equals(word, StringComparison.OrdinalIgnoreCase));

    private static void AssertSameValues(string text)
    {
        var tokens = new TokenStream(text);
        for (int i = 0; tokens.Exists(i); i++)
        {
            if (tokens[i].Kind == TokenKind.Number)
            {
                Assert.Equal(decimal.GetBits(Lexer.ValueOf(text, tokens[i])), decimal.GetBits(QuantityGrammar.WholeValueOf(text, tokens[i])));
            }
        }
    }
}

/// <summary>Text of numerals as news and broken CMSs write them: digit runs with groups, noise and decimals.</summary>
public sealed record Numerals(string Text);

/// <summary>Generates <see cref="Numerals"/>.</summary>
public static class NumeralArbitraries
{
    public static Arbitrary<Numerals> Numerals()
    {
        var digits = from length in Gen.Choose(1, 22) from ds in Gen.ArrayOf(Gen.Elements("0123456789".ToCharArray()), length) select new string(ds);
        var part = Gen.Frequency(
            (4, digits),
            (2, Gen.Elements(",", ",\\", "\u00A0", "\u202F", "\u2009", ".").SelectMany(separator => digits.Select(d => separator + d))),
            (1, Gen.Elements(" ", "-", " and ")));
        return Arb.From(Gen.ArrayOf(part).Select(parts => new Numerals(string.Concat(parts))));
    }
}
