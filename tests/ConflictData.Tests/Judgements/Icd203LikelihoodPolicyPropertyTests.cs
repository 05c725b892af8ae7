using System;
using System.Linq;
using ConflictData.Text.Likelihoods;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Judgements;

/// <summary>The laws of the default likelihood policy over its whole vocabulary and every stated percentage.</summary>
public class Icd203LikelihoodPolicyPropertyTests
{
    private static readonly Icd203LikelihoodPolicy Policy = Icd203LikelihoodPolicy.Instance;

    /// <summary>Generators: a vocabulary entry as written (in any letter case), and a probability in whole or fractional percent.</summary>
    public static class Arbitraries
    {
        private static readonly (string Words, EstimativeTerm Term)[] Entries = EstimativeLexicon.Vocabulary.ToArray();

        public static Arbitrary<VocabularyEntry> Entry() =>
            Arb.From(
                from entry in Gen.Elements(Entries)
                from upper in Gen.Elements(false, true)
                select new VocabularyEntry(upper ? char.ToUpperInvariant(entry.Words[0]) + entry.Words[1..] : entry.Words, entry.Term),
                entry => Entries.Take(Array.FindIndex(Entries, e => e.Term == entry.Term)).Select(e => new VocabularyEntry(e.Words, e.Term)));

        public static Arbitrary<Percent> Percent() =>
            Arb.From(
                Gen.Choose(0, 10_000).Select(hundredths => new Percent(hundredths / 100m)),
                p => p.Value > 0 ? [new Percent(decimal.Truncate(p.Value)), new Percent(0)] : []);
    }

    public sealed record VocabularyEntry(string Words, EstimativeTerm Term);

    public sealed record Percent(decimal Value);

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool EveryWord_IsRecognisedAsItsTermAndMapsInsideZeroToOne(VocabularyEntry entry)
    {
        // "May" with a capital is the month, so a capitalised "may" is no estimative word: that is the rule, not a gap.
        if (entry.Words == "May")
        {
            return EstimativePhrase.Recognize(entry.Words) is null;
        }
        var phrase = EstimativePhrase.Recognize(entry.Words);
        if (phrase is null || phrase.Term != entry.Term)
        {
            return false;
        }
        var likelihood = Policy.Interpret(phrase);
        return phrase.IsComparative
            ? likelihood is null
            : likelihood is { Low: >= 0, High: <= 1 } l && l.Low <= l.High && l.Words == entry.Words && l.Policy == "icd-203";
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool Synonyms_AgreeWithEveryOtherWordOfTheirTerm(VocabularyEntry entry, VocabularyEntry other)
    {
        var a = Policy.Interpret(new EstimativePhrase(entry.Words, entry.Term));
        var b = Policy.Interpret(new EstimativePhrase(other.Words, other.Term));
        bool sameRange = a?.Low == b?.Low && a?.High == b?.High;
        return entry.Term != other.Term || sameRange;
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool StatedPercentage_IsTakenAsStated(Percent percent)
    {
        var likelihood = Policy.Interpret(new EstimativePhrase("99 percent", EstimativeTerm.StatedPercentage, percent.Value / 100));
        return likelihood is { IsExact: true } l && l.Low == percent.Value / 100;
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool PercentageInText_ReadsBackAsItsProbability(Percent percent)
    {
        string words = $"{percent.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} percent sure";
        var phrase = EstimativePhrase.Recognize(words);
        return phrase is { Term: EstimativeTerm.StatedPercentage } && phrase.Percentage == percent.Value / 100;
    }

    [Fact]
    public void Scale_RungsAreOrderedAndAlmostCertainIsAboveLikely()
    {
        EstimativeTerm[] ladder =
        [
            EstimativeTerm.AlmostNoChance, EstimativeTerm.VeryUnlikely, EstimativeTerm.Unlikely, EstimativeTerm.RoughlyEvenChance,
            EstimativeTerm.Likely, EstimativeTerm.VeryLikely, EstimativeTerm.AlmostCertain,
        ];
        var ranges = ladder.Select(t => Policy.Interpret(new EstimativePhrase("w", t))!).ToArray();
        for (int i = 1; i < ranges.Length; i++)
        {
            Assert.Equal(ranges[i - 1].High, ranges[i].Low);
        }
        var likely = Policy.Interpret(EstimativePhrase.Recognize("likely")!)!;
        var almostCertain = Policy.Interpret(EstimativePhrase.Recognize("almost certain")!)!;
        Assert.True(almostCertain.Low >= likely.High);
        Assert.Equal((0.01m, 0.05m), (ranges[0].Low, ranges[0].High));
        Assert.Equal((0.95m, 0.99m), (ranges[^1].Low, ranges[^1].High));
    }

    [Theory]
    [InlineData("probably", "likely")]
    [InlineData("most likely", "likely")]
    [InlineData("highly likely", "very likely")]
    [InlineData("definitely", "almost certain")]
    [InlineData("certainly", "almost certainly")]
    [InlineData("is certain", "almost certain")]
    [InlineData("could", "may")]
    [InlineData("might", "may")]
    [InlineData("I think", "we believe")]
    [InlineData("probably not", "unlikely")]
    public void OrdinarySynonyms_MapToTheirIcdWord(string synonym, string word)
    {
        var a = Policy.Interpret(EstimativePhrase.Recognize(synonym)!)!;
        var b = Policy.Interpret(EstimativePhrase.Recognize(word)!)!;
        Assert.Equal((b.Low, b.High), (a.Low, a.High));
    }

    [Fact]
    public void RealisticPossibility_IsThePhiaRangeAcrossUnlikelyAndEvenChance()
    {
        var realistic = Policy.Interpret(EstimativePhrase.Recognize("realistic possibility")!)!;
        var unlikely = Policy.Interpret(EstimativePhrase.Recognize("unlikely")!)!;
        var even = Policy.Interpret(EstimativePhrase.Recognize("even chance")!)!;
        Assert.Equal((0.40m, 0.50m), (realistic.Low, realistic.High));
        Assert.True(realistic.Low < unlikely.High && unlikely.High < realistic.High && realistic.High < even.High);
    }

    [Fact]
    public void BeliefAndPossibility_AreWideAndContainTheRungsTheyAllow()
    {
        var may = Policy.Interpret(EstimativePhrase.Recognize("may")!)!;
        var believe = Policy.Interpret(EstimativePhrase.Recognize("we believe")!)!;
        Assert.Equal((0.05m, 0.95m), (may.Low, may.High));
        Assert.Equal((0.55m, 0.99m), (believe.Low, believe.High));
        Assert.True(believe.Contains(0.99m));
        Assert.Null(Policy.Interpret(EstimativePhrase.Recognize("less likely than we first assessed")!));
    }
}
