using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text.Scanning;

namespace ConflictData.Tests.Text.Scanning;

public class TokenStreamTests
{
    [Theory]
    [InlineData("")]
    [InlineData("overnight")]
    [InlineData("some 40,000 fighters")]
    public void Exists_BeforeTheFirstToken_IsFalseAndNeverThrows(string text)
    {
        Assert.False(new TokenStream(text).Exists(-1));
        var whole = TokenStream.LexWhole(text);
        Assert.NotNull(whole);
        Assert.False(whole.Exists(int.MinValue));
    }

    [Fact]
    public void Exists_LexesOnUpToTheTokenAskedFor()
    {
        var tokens = new TokenStream("some 40,000 fighters");
        Assert.True(tokens.Exists(2));
        Assert.False(tokens.Exists(3));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Next_FindsEachMarkedTokenInOrder_WholeOrThroughARing(bool numeric)
    {
        var mark = numeric ? TokenMarks.Numeric : TokenMarks.EstimativeStart;
        // The seed articles are thousands of tokens: the ring turns over many times, and both kinds of mark occur.
        string text = string.Concat(Directory.GetFiles(RepositoryPaths.Combine("seeds"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText));
        var whole = TokenStream.LexWhole(text)!;
        var expected = new List<int>();
        for (int i = 0; whole.Exists(i); i++)
        {
            if (HasMark(whole[i], mark))
            {
                expected.Add(i);
            }
        }
        Assert.True(expected.Count > 10);
        Assert.Equal(expected, NextAll(whole, mark));
        Assert.Equal(expected, NextAll(new TokenStream(text), mark));
        whole.Release();
    }

    [Theory]
    [InlineData("", true, -1)]
    [InlineData("fighters arrived", true, -1)]
    [InlineData("some twenty fighters", true, 1)]
    [InlineData("fighters likely left", false, 1)]
    [InlineData("fighters LIKELY left", false, 1)]
    [InlineData("about 40,000", false, 1)]
    public void Next_FromTheStart(string text, bool numeric, int first)
    {
        var mark = numeric ? TokenMarks.Numeric : TokenMarks.EstimativeStart;
        Assert.Equal(first, new TokenStream(text).Next(0, mark));
        var whole = TokenStream.LexWhole(text)!;
        Assert.Equal(first, whole.Next(0, mark));
        Assert.Equal(-1, whole.Next(whole.Lexed, mark));
        whole.Release();
    }

    private static List<int> NextAll(TokenStream tokens, TokenMarks mark)
    {
        var found = new List<int>();
        for (int i = tokens.Next(0, mark); i >= 0; i = tokens.Next(i + 1, mark))
        {
            found.Add(i);
        }
        return found;
    }

    private static bool HasMark(in Token token, TokenMarks mark) => mark == TokenMarks.Numeric
        ? (token.Class & WordClass.Numeric) != 0
        : token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && token.Estimative);
}
