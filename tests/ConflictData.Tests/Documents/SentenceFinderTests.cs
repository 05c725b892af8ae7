using System;

namespace ConflictData.Tests.Documents;

public class SentenceFinderTests
{
    [Theory]
    [InlineData(10_000)]
    [InlineData(1_000_000)]
    [InlineData(10_000_000)]
    public void Window_OfASpanInTextWithoutASentenceEnd_IsTheSameSizeWhateverTheText(int length)
    {
        // The finder is handed only this window, so the characters it can read are counted by its length.
        string text = new('x', length);
        var span = new TextSpan(length / 2, 10);
        Assert.Equal(10 + (2 * SentenceFinder.Reach), SentenceFinder.Window(text, span).Length);
    }

    [Fact]
    public void SentenceAround_TenMegabytesWithoutAFullStop_IsCutAtTheReachEitherSide()
    {
        string text = new('x', 10_000_000);
        var span = new TextSpan(5_000_000, 10);
        Assert.Equal(TextSpan.FromBounds(5_000_000 - SentenceFinder.Reach, 5_000_010 + SentenceFinder.Reach), SentenceFinder.SentenceAround(text, span));
    }

    [Fact]
    public void SentenceAround_WithinReach_IsTheSameOnTheWholeTextAndOnItsWindow()
    {
        string sentence = "Some 40,000 foreign fighters joined. ";
        string text = string.Concat(new string('y', 50_000), ". ", sentence, "Then more. ", new string('z', 50_000));
        int at = text.IndexOf("40,000", StringComparison.Ordinal);
        var found = SentenceFinder.SentenceAround(text, new TextSpan(at, 6));
        Assert.Equal(sentence.TrimEnd(), text.Substring(found.Start, found.Length));
    }

    [Fact]
    public void SentenceAround_SpanLongerThanTheReach_KeepsTheWholeSpan()
    {
        string text = new('x', 5_000);
        Assert.Equal(TextSpan.FromBounds(0, 5_000), SentenceFinder.SentenceAround(text, TextSpan.FromBounds(1_000, 4_000)));
    }
}
