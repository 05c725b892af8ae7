using System;
using System.Linq;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ConflictData.Tests.Text.Quantities;

/// <summary>The shapes of a word list turn words away before a look-up only where the look-up could not match them.</summary>
public class WordShapesTests
{
    private static readonly string[] Listed = ["more", "up", "some", "approximately", "at", "in", "X-ray", "a", "o'clock"];

    private static readonly WordShapes Shapes = new(Listed);

    [Theory]
    [InlineData("more", true)]
    [InlineData("MORE", true)]
    [InlineData("Up", true)]
    [InlineData("x-RAY", true)]
    [InlineData("mare", true)]
    [InlineData("bore", false)]
    [InlineData("moreso", false)]
    [InlineData("", false)]
    [InlineData("5ome", false)]
    [InlineData("\u017Fome", true)]
    [InlineData("\u0131n", true)]
    public void MayHold(string word, bool may) => Assert.Equal(may, Shapes.MayHold(word));

    [Fact]
    public void MayHold_AnyFirstCharacter_WhenAListedWordStartsWithOtherThanALetter()
    {
        var shapes = new WordShapes(["-plus", "ab"]);
        Assert.True(shapes.MayHold("5b"));
        Assert.True(shapes.MayHold("-PLUS"));
        Assert.False(shapes.MayHold("abc"));
    }

    [Fact]
    public void MayHold_LongWords_OnlyWhenAListedWordIsLong()
    {
        string longWord = new('a', 70);
        Assert.True(new WordShapes([longWord]).MayHold(longWord.ToUpperInvariant()));
        Assert.False(Shapes.MayHold(longWord));
    }

    /// <summary>Whatever matches a listed word ignoring case (ordinally, as the frozen look-ups compare) is never turned away.</summary>
    [Property(Arbitrary = [typeof(CaseArbitraries)], MaxTest = 3000)]
    public bool MayHold_EveryWordThatMatchesIgnoringCase(string word) =>
        !Listed.Any(listed => listed.Equals(word, StringComparison.OrdinalIgnoreCase)) || Shapes.MayHold(word);

    /// <summary>Listed words in random case, with letters swapped for ones outside ASCII that fold to ASCII (or nearly).</summary>
    public static class CaseArbitraries
    {
        private static readonly char[] Lookalikes = ['\u0131', '\u0130', '\u017F', '\u212A', '\u00E9', 'K', 's', 'i', 'I', '5'];

        public static Arbitrary<string> Word() => Arb.From(
            from listed in Gen.Elements(Listed.Append("bore").Append("moreso").Append("").ToArray())
            from upper in Gen.ArrayOf(Gen.Elements(true, false), listed.Length)
            from swap in Gen.ArrayOf(Gen.Frequency((6, Gen.Constant<char?>(null)), (1, Gen.Elements(Lookalikes).Select(c => (char?)c))), listed.Length)
            select new string(listed.Select((c, i) => swap[i] ?? (upper[i] ? char.ToUpperInvariant(c) : c)).ToArray()),
            word => word.Length > 0 ? [word.ToLowerInvariant(), word[1..]] : []);
    }
}
