using System;
using System.Text;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Token tests and the normalised text of token ranges, every inspection counted in Steps.</content>
internal sealed partial class QuantityGrammar
{
    private bool Has(int i)
    {
        Steps++;
        return i >= 0 && i < limit && tokens.Exists(i);
    }

    private ReadOnlySpan<char> Span(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private bool IsWord(int i) => Has(i) && tokens[i].Kind == TokenKind.Word;

    /// <summary>The most tokens between the start of a phrase and its first number ("is estimated to have between £39m").</summary>
    internal const int Reach = 8;

    /// <summary>
    /// Whether a phrase can start at token <paramref name="i"/>, given the index of the next token that is or names a
    /// number: the cheap test that keeps scanning fast, since a phrase needs a number within <see cref="Reach"/>.
    /// </summary>
    internal bool CanStart(int i, int nextNumeric)
    {
        var wordClass = tokens[i].Class;
        return (wordClass & WordClass.Starter) != 0 && nextNumeric >= i && nextNumeric - i <= Reach;
    }

    private bool IsWord(int i, string word) => IsWord(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int i, string symbol) => Has(i) && tokens[i].Kind == TokenKind.Symbol && Span(i).SequenceEqual(symbol);

    private bool IsDash(int i) => Has(i) && tokens[i].Kind == TokenKind.Symbol && Span(i) is "-" or "\u2013" or "\u2012" or "\u2010";

    private bool IsQuote(int i) => Has(i) && tokens[i].Kind == TokenKind.Symbol && Span(i) is "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "\u2019";

    /// <summary>The hedge words of a phrase: the leading hedges as stated, then the range, pair or postfix words.</summary>
    private string? HedgeText(in PhraseBuilder phrase)
    {
        string? leading = phrase.LeadingHedgeFirst < 0 ? null : Normalized(phrase.LeadingHedgeFirst, phrase.LeadingHedgeLast);
        return leading is null ? phrase.TrailingHedge
            : phrase.TrailingHedge is null ? leading
            : leading + " " + phrase.TrailingHedge;
    }

    /// <summary>The words of tokens first..last joined by single spaces, quotes dropped: line breaks inside a phrase vanish.</summary>
    private string Normalized(int first, int last)
    {
        var builder = new StringBuilder();
        bool space = false;
        for (int i = first; i <= last; i++)
        {
            space |= tokens[i].SpaceBefore;
            if (tokens[i].Kind == TokenKind.Symbol && IsQuote(i))
            {
                continue;
            }
            if (builder.Length > 0 && space)
            {
                builder.Append(' ');
            }
            builder.Append(Span(i));
            space = false;
        }
        return builder.ToString();
    }
}
