using System;
using System.Runtime.CompilerServices;
using System.Text;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Token tests and the normalised text of token ranges, every inspection counted in Steps.</content>
internal sealed partial class QuantityGrammar
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Has(int i)
    {
        // A count of inspections cannot overflow a long: the check the project's checked arithmetic adds is left out.
        Steps = unchecked(Steps + 1);
        return i < limit && Exists(i);
    }

    /// <summary>Whether the text has a token at <paramref name="i"/>, uncounted and without the window's limit.</summary>
    internal bool Exists(int i) => i >= 0 && (i < lexed || Lex(i));

    /// <summary>Asks the stream for token <paramref name="i"/> and remembers how far it has lexed: the grammar and the
    /// scanner test tokens many times, and a count held here answers most of them without a call into the stream.</summary>
    private bool Lex(int i)
    {
        if (!tokens.Exists(i))
        {
            return false;
        }
        lexed = tokens.Lexed;
        return true;
    }

    /// <summary>The value of the numeral token <paramref name="i"/>; several readings of a phrase ask for the same one, so
    /// the last is kept.</summary>
    private decimal ValueOf(int i)
    {
        if (i != valuedToken)
        {
            lastValue = WholeValueOf(text, tokens[i]);
            valuedToken = i;
        }
        return lastValue;
    }

    /// <summary>
    /// <see cref="Lexer.ValueOf"/>, which builds the value in decimal arithmetic digit by digit, reached the short way for
    /// the numerals news writes most: whole numbers of up to 18 characters ("2014", "45,000"), whose digits fit a
    /// <see cref="ulong"/> whatever separators they hold. The tests hold the two to the same bits.
    /// </summary>
    internal static decimal WholeValueOf(string text, in Token token)
    {
        if (token.Shape is not (NumeralShape.Plain or NumeralShape.Grouped) || token.Length > 18)
        {
            return Lexer.ValueOf(text, token);
        }
        ulong value = 0;
        foreach (char c in text.AsSpan(token.Start, token.Length))
        {
            value = char.IsAsciiDigit(c) ? (value * 10) + (uint)(c - '0') : value;
        }
        return value;
    }

    private ReadOnlySpan<char> Span(int i)
    {
        ref readonly var token = ref tokens[i];
        return text.AsSpan(token.Start, token.Length);
    }

    private bool IsWord(int i) => Has(i) && tokens[i].Kind == TokenKind.Word;

    /// <summary>A word in the possessive: "camp's", "country’s".</summary>
    private bool IsPossessive(int p) => IsWord(p) && Span(p) is [.., _, '\'' or '\u2019', 's' or 'S'];

    /// <summary>The most tokens between the start of a phrase and its first number ("is estimated to have between £39m").</summary>
    internal const int Reach = 8;

    /// <summary>
    /// Whether a phrase can start at token <paramref name="i"/>, given the index of the next token that is or names a
    /// number: the cheap test that keeps scanning fast, since a phrase needs a number within <see cref="Reach"/>.
    /// </summary>
    internal bool CanStart(int i, int nextNumeric) =>
        nextNumeric >= i && nextNumeric - i <= Reach && (tokens[i].Class & WordClass.Starter) != 0;

    /// <summary>Whether token <paramref name="i"/> is a word that reads as <paramref name="word"/> (ASCII), ignoring case as an
    /// ordinal comparison does.</summary>
    private bool IsWord(int i, string word)
    {
        if (!Has(i))
        {
            return false;
        }
        // An ordinal comparison, even ignoring case, never matches spans of different lengths: the length turns most away.
        ref readonly var token = ref tokens[i];
        return token.Kind == TokenKind.Word && token.Length == word.Length && EqualsIgnoringCase(text.AsSpan(token.Start, token.Length), word);
    }

    /// <summary>
    /// <see cref="MemoryExtensions.Equals(ReadOnlySpan{char}, ReadOnlySpan{char}, StringComparison)"/> ignoring case
    /// ordinally, for an ASCII <paramref name="word"/> of the same length: the grammar compares a token with one of its
    /// words dozens of times per phrase, and most differ at the first character. No character outside ASCII equals one
    /// inside it in that comparison (the tests check every one), so ASCII case folding is the whole answer.
    /// </summary>
    internal static bool EqualsIgnoringCase(ReadOnlySpan<char> span, string word)
    {
        for (int k = 0; k < span.Length; k++)
        {
            uint c = span[k];
            uint w = word[k];
            if (c != w && ((c | 0x20) != (w | 0x20) || unchecked((w | 0x20) - 'a') > 'z' - 'a'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether token <paramref name="i"/> is the symbol <paramref name="symbol"/>: a symbol token is one character.</summary>
    private bool IsSymbol(int i, char symbol) => IsSymbolOfOne(i) && text[tokens[i].Start] == symbol;

    private bool IsDash(int i) => IsSymbolOfOne(i) && text[tokens[i].Start] is '-' or '\u2013' or '\u2012' or '\u2010';

    private bool IsQuote(int i) => IsSymbolOfOne(i) && text[tokens[i].Start] is '"' or '\u201C' or '\u201D' or '\'' or '\u2018' or '\u2019';

    // Every dash, quote and symbol the grammar reads is one UTF-16 character.
    private bool IsSymbolOfOne(int i)
    {
        if (!Has(i))
        {
            return false;
        }
        ref readonly var token = ref tokens[i];
        return token.Kind == TokenKind.Symbol && token.Length == 1;
    }

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
