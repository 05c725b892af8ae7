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

    /// <summary>
    /// An ordinary space separates thousands as a comma does ("10 000 people"), but not after a month's name, where
    /// the first numeral is a day ("March 5 200 people"), nor after four digits ("2019 100 000").
    /// </summary>
    [Theory]
    [InlineData("Police said 10 000 people gathered", new[] { "10 000" })]
    [InlineData("some 1 250 000 refugees", new[] { "1 250 000" })]
    [InlineData("On March 5 200 people were arrested", new[] { "5", "200" })]
    [InlineData("on 12 Sept 300 troops", new[] { "12", "300" })]
    [InlineData("In 2019 100 000 migrants arrived", new[] { "2019", "100 000" })]
    [InlineData("aged 10 1000 times", new[] { "10", "1000" })]
    [InlineData("10  000 with two spaces", new[] { "10", "000" })]
    public void TryNext_ReadsThousandsSeparatedBySpaces(string text, string[] numerals)
    {
        var found = new System.Collections.Generic.List<string>();
        int i = 0;
        bool space = true;
        while (Lexer.TryNext(text, ref i, ref space, out var token))
        {
            if (token.Kind == TokenKind.Number)
            {
                found.Add(text[token.Start..token.End]);
            }
        }

        Assert.Equal(numerals, found);
    }

    /// <summary>Words run through ASCII letters, Latin-1 and other letters, digits and joiners, and stop at anything else.</summary>
    [Theory]
    [InlineData("fighters, said", "fighters")]
    [InlineData("António's men", "António's")]
    [InlineData("Zürich-based", "Zürich-based")]
    [InlineData("Q3 figures", "Q3")]
    [InlineData("Σύνολο 40", "Σύνολο")]
    [InlineData("end.", "end")]
    [InlineData("EUR3.5bn", "EUR")]
    [InlineData("Rs5bn", "Rs")]
    [InlineData("KSh2.5", "KSh")]
    [InlineData("RS5", "RS5")]
    [InlineData("FY2024", "FY2024")]
    [InlineData("Eur3", "Eur3")]
    public void TryNext_ReadsTheWholeWord(string text, string word)
    {
        int i = 0;
        bool space = true;

        Assert.True(Lexer.TryNext(text, ref i, ref space, out var token));
        Assert.Equal(TokenKind.Word, token.Kind);
        Assert.Equal(word, text[token.Start..token.End]);
    }
}
