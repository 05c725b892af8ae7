using System;
using System.Linq;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Quantities;

/// <summary>Every phrase of <see cref="Hedge"/>'s vocabulary is read by the scanner, with its words and kinds.</summary>
public class HedgeVocabularyCoverageTests
{
    public static readonly TheoryData<string> Phrases = new(Hedge.KnownPhrases);

    private static readonly string[] Postfix = ["or so", "or more", "or less", "or fewer", "or greater", "or above", "or higher", "and more", "and above", "or below", "or lower"];

    /// <summary>A sentence using the phrase the way English does, and the hedge words the scanner should keep.</summary>
    private static (string Sentence, string Words) Use(string phrase)
    {
        if (phrase.Contains('…', StringComparison.Ordinal))
        {
            string sentence = phrase.Replace("… ", "5 ", StringComparison.Ordinal) + " 9 people";
            return (sentence.Replace(" - 9", "-9", StringComparison.Ordinal), phrase);
        }
        if (phrase is "+" or "-plus")
        {
            return ($"500{phrase} people", phrase);
        }
        if (Postfix.Contains(phrase))
        {
            return ($"500 {phrase} people", phrase);
        }
        return Hedge.Recognize(phrase)!.Has(HedgeKinds.Vague) ? ($"{phrase} of people", phrase) : ($"{phrase} 500 people", phrase);
    }

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Scan_EveryVocabularyPhrase_IsReadWithItsKinds(string phrase)
    {
        var (sentence, words) = Use(phrase);
        var found = QuantityScanner.Default.Scan("They counted " + sentence + " there.");
        var mention = Assert.Single(found);
        Assert.Equal(words, mention.Phrase.Hedge.Text);
        Assert.Equal(Hedge.Recognize(phrase)!.Kinds, mention.Phrase.Hedge.Kinds);
        Assert.Equal(Unit.Person, mention.Phrase.Unit);
    }
}
