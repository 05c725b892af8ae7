using ConflictData.Text;

namespace ConflictData.Tests.Text.Dates;

public class DateTokenReaderTests
{
    /// <summary>Every word the grammar knows, so the first-letter filter in front of the keyword switch can never drop one.</summary>
    [Theory]
    [InlineData("January February March April May June July August September October November December")]
    [InlineData("Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec")]
    [InlineData("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")]
    [InlineData("one two three four five six seven eight nine ten eleven twelve a an")]
    [InlineData("the in on during since as of by over within and this that last past next")]
    [InlineData("earlier later early mid late ago end beginning start today yesterday tomorrow st nd rd th")]
    [InlineData("day days week weeks month months year years")]
    public void Read_EveryKnownWord_IsClassifiedInAnyCase(string words)
    {
        foreach (string word in words.Split(' '))
        {
            foreach (string text in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                DateToken token = DateTokenReader.Read(text, 0);
                Assert.Equal(DateTokenKind.Word, token.Kind);
                Assert.NotEqual(DateWord.None, token.Word);
                Assert.Equal(text.Length, token.End);
            }
        }
    }

    [Theory]
    [InlineData("Marchs")]
    [InlineData("caliphate")]
    [InlineData("Fridays")]
    [InlineData("\u00C9t\u00E9")]
    [InlineData("year-over-year")]
    public void Read_OtherWords_AreNotKnown(string text) =>
        Assert.Equal(DateWord.None, DateTokenReader.Read(text, 0).Word);
}
