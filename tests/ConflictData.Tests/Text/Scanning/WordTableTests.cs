using System.Linq;
using ConflictData.Text;
using ConflictData.Text.Likelihoods;
using ConflictData.Text.Scanning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Text.Scanning;

public class WordTableTests
{
    /// <summary>Every word the date grammar knows, so the shape filter in front of the look-up can never drop one.</summary>
    [Theory]
    [InlineData("January February March April May June July August September October November December")]
    [InlineData("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")]
    [InlineData("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")]
    [InlineData("one two three four five six seven eight nine ten eleven twelve a an")]
    [InlineData("the in on during since as of by over within and this that last past next")]
    [InlineData("earlier later early mid late ago end beginning start today yesterday tomorrow st nd rd th")]
    [InlineData("day days week weeks month months year years")]
    public void Classify_EveryDateWord_InAnyCase(string words)
    {
        foreach (string word in words.Split(' '))
        {
            foreach (string text in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                Assert.NotEqual(DateWord.None, WordTable.Classify(text).Date);
            }
        }
    }

    [Theory]
    [InlineData("Marchs")]
    [InlineData("caliphate")]
    [InlineData("Fridays")]
    [InlineData("\u00C9t\u00E9")]
    [InlineData("year-over-year")]
    [InlineData("two-year-old")]
    [InlineData("a2016")]
    [InlineData("February1799")]
    [InlineData("Ma\u0443")]
    [InlineData("wee\u212A")]
    public void Classify_OtherWords_AreNoDateWord(string word) =>
        Assert.Equal(DateWord.None, WordTable.Classify(word).Date);

    /// <summary>Each word is classified once for both grammars: one entry says what it is to each.</summary>
    [Theory]
    [InlineData("years", (int)(WordClass.Numeric), (int)DateWord.Unit, (int)TimeUnit.Year, (int)WordForm.Plural)]
    [InlineData("two", (int)(WordClass.Starter | WordClass.Numeric), (int)DateWord.NumberWord, 2, (int)WordForm.None)]
    [InlineData("between", (int)(WordClass.Starter), (int)DateWord.Between, 0, (int)WordForm.None)]
    [InlineData("Sept", (int)(WordClass.None), (int)DateWord.MonthName, 9, (int)WordForm.Abbreviated)]
    [InlineData("half", (int)(WordClass.Starter | WordClass.Numeric), (int)DateWord.Half, 0, (int)WordForm.None)]
    [InlineData("decade", (int)(WordClass.Numeric), (int)DateWord.Decade, 0, (int)WordForm.None)]
    [InlineData("USD", (int)(WordClass.Starter), (int)DateWord.None, 0, (int)WordForm.None)]
    [InlineData("twenty-five", (int)(WordClass.Starter | WordClass.Numeric), (int)DateWord.None, 0, (int)WordForm.None)]
    public void Classify_GivesEachGrammarsMeaning(string word, int wordClass, int date, int value, int form) =>
        Assert.Equal(new WordEntry((WordClass)wordClass, (DateWord)date, (sbyte)value, (WordForm)form), WordTable.Classify(word));

    /// <summary>Words the lexer reads whole that carry a date word: a possessive, a part word before a hyphen, a prefix before digits.</summary>
    [Theory]
    [InlineData("year's", (int)DateWord.Unit, (int)WordForm.Possessive)]
    [InlineData("Friday\u2019s", (int)DateWord.WeekdayName, (int)WordForm.Possessive)]
    [InlineData("mid-March", (int)DateWord.Mid, (int)WordForm.Hyphenated)]
    [InlineData("late-february", (int)DateWord.Late, (int)WordForm.Hyphenated)]
    [InlineData("FY2018", (int)DateWord.FiscalYearPrefix, (int)WordForm.GluedDigits)]
    [InlineData("Q3", (int)DateWord.PartPrefix, (int)WordForm.GluedDigits)]
    public void Classify_WordsInsideAWord(string word, int date, int form)
    {
        WordEntry entry = WordTable.Classify(word);
        Assert.Equal((DateWord)date, entry.Date);
        Assert.Equal((WordForm)form, entry.Form & (WordForm)form);
    }

    /// <summary>Words of letters: every listed word and arbitrary letter strings, in random case, up to past the packed length.</summary>
    public static class LetterWordArbitraries
    {
        private static readonly string[] Listed =
            [.. DateLexicon.Words.Keys, .. QuantityLexicon.WordClasses().Select(w => w.Word), .. EstimativeLexicon.Instance.FirstWords,
                "USD", "EUR", "GBP", "Usd", "BBC", "abcdefghijkl", "abcdefghijklm"];

        public static Arbitrary<string> Word() => Arb.From(
            Gen.OneOf(
                Gen.Elements(Listed),
                Gen.Choose(1, PackedWords.MaxLength + 2).SelectMany(n => Gen.ArrayOf(Gen.Elements("aeinorstyAEINORSTY".ToCharArray()), n)).Select(c => new string(c)))
            .SelectMany(word => Gen.ArrayOf(Gen.Elements(true, false), word.Length)
                .Select(upper => new string(word.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : c).ToArray()))),
            word => word.Length > 1 ? [word[..^1], word.ToLowerInvariant()] : []);
    }

    /// <summary>The packed look-up that plain ASCII words take answers exactly what the general classification does.</summary>
    [Property(Arbitrary = [typeof(LetterWordArbitraries)], MaxTest = 3000)]
    public bool Classify_LetterWords_AgreesWithTheGeneralClassification(string word) =>
        WordTable.Classify(word) == WordTable.ClassifyAnyWord(word);

    /// <summary>The likelihood scanner passes by every word the lexer does not mark: the mark must be exactly its
    /// vocabulary's first words, compared as the vocabulary compares (ordinal, ignoring case).</summary>
    [Property(Arbitrary = [typeof(LetterWordArbitraries)], MaxTest = 3000)]
    public bool Classify_MarksExactlyTheFirstWordsOfTheEstimativeVocabulary(string word) =>
        WordTable.Classify(word).Estimative == EstimativeLexicon.Instance.Root.Find(word) is not null;

    [Theory]
    [InlineData("likely", true)]
    [InlineData("ALMOST", true)]
    [InlineData("Fifty-Fifty", true)]
    [InlineData("fifty’fifty", false)]
    [InlineData("İs", false)]
    [InlineData("chance", false)]
    [InlineData("likelihood", false)]
    public void Classify_MarksEstimativeFirstWords_OfAnyShape(string word, bool estimative)
    {
        Assert.Equal(estimative, WordTable.Classify(word).Estimative);
        Assert.Equal(EstimativeLexicon.Instance.Root.Find(word) is not null, WordTable.Classify(word).Estimative);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcdefghijklm")]
    [InlineData("ab1")]
    [InlineData("\u00E9t\u00E9")]
    [InlineData("a-b")]
    [InlineData("[`@{")]
    public void TryPack_OnlyOneToTwelveAsciiLetters(string word) => Assert.False(PackedWords.TryPack(word, out _));

    [Fact]
    public void TryPack_FoldsCaseAndKeepsOrder()
    {
        Assert.True(PackedWords.TryPack("March", out ulong mixed));
        Assert.True(PackedWords.TryPack("march", out ulong lower));
        Assert.True(PackedWords.TryPack("charm", out ulong anagram));
        Assert.Equal(lower, mixed);
        Assert.NotEqual(lower, anagram);
    }

    [Theory]
    [InlineData("24\u200BMarch 2019")]
    [InlineData("24\u00A0March\u2009 2019")]
    [InlineData("24\u00ADMarch\uFEFF2019")]
    public void BothGrammars_ReadWhiteSpaceAsTheLexerDefinesIt(string text)
    {
        var mention = Assert.Single(DateScanner.Default.Scan(text, null));
        Assert.Equal(DateScanner.Default.Scan("24 March 2019", null)[0].Resolution.Value, mention.Resolution.Value);
    }
}
