using System.Linq;
using ConflictData.Text.Scanning;

namespace ConflictData.Tests.Text.Scanning;

public class LexerTests
{
    /// <summary>The lexer's ASCII shortcut answers as <see cref="char.IsLetter(char)"/> for every UTF-16 code unit.</summary>
    [Fact]
    public void IsLetter_AgreesWithChar_ForEveryCodeUnit()
    {
        var disagreements = Enumerable.Range(0, char.MaxValue + 1)
            .Select(code => (char)code)
            .Where(c => Lexer.IsLetter(c) != char.IsLetter(c))
            .Select(c => (int)c)
            .ToList();

        Assert.Empty(disagreements);
    }

    /// <summary>Words run through ASCII letters, Latin-1 and other letters, digits and joiners, and stop at anything else.</summary>
    [Theory]
    [InlineData("fighters, said", "fighters")]
    [InlineData("António's men", "António's")]
    [InlineData("Zürich-based", "Zürich-based")]
    [InlineData("Q3 figures", "Q3")]
    [InlineData("Σύνολο 40", "Σύνολο")]
    [InlineData("end.", "end")]
    public void TryNext_ReadsTheWholeWord(string text, string word)
    {
        int i = 0;
        bool space = true;

        Assert.True(Lexer.TryNext(text, ref i, ref space, out var token));
        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Equal(word, text[token.Start..token.End]);
    }
}
