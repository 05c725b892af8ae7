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
}
