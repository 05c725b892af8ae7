using System.Runtime.CompilerServices;

namespace ConflictData.Text.Scanning;

/// <summary>One token of a text: its kind, its UTF-16 bounds and what its word is to each grammar and to the likelihood scanner (looked up once in the
/// <see cref="WordTable"/>); a numeral's value is read from the text on demand.</summary>
/// <remarks>Tokens keep positions rather than strings or values, so they stay small and scanning allocates next to nothing.</remarks>
internal readonly struct Token
{
    internal Token(TokenKind kind, int start, int end, bool spaceBefore, WordClass wordClass, NumeralShape shape = NumeralShape.None)
        : this(kind, start, end, spaceBefore, new WordEntry(wordClass, DateWord.None, 0, WordForm.None), shape)
    {
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal Token(TokenKind kind, int start, int end, bool spaceBefore, in WordEntry word, NumeralShape shape = NumeralShape.None)
    {
        Class = word.Class;
        DateWord = word.Date;
        Value = word.Value;
        Form = word.Form;
        Estimative = word.Estimative;
        Kind = kind;
        Start = start;
        End = end;
        SpaceBefore = spaceBefore;
        Shape = shape;
    }

    // The two positions first and the one-byte facts after them: sixteen bytes a token.
    internal int Start { get; }

    /// <summary>Exclusive end.</summary>
    internal int End { get; }

    internal TokenKind Kind { get; }

    /// <summary>Whether white space separates this token from the one before (or it starts the text).</summary>
    internal bool SpaceBefore { get; }

    internal NumeralShape Shape { get; }

    /// <summary>What the token can do in a quantity phrase.</summary>
    internal WordClass Class { get; }

    /// <summary>What the word is to the date grammar: <see cref="DateWord.None"/> for every other token.</summary>
    internal DateWord DateWord { get; }

    /// <summary>The value of a date word (<see cref="WordEntry.Value"/>).</summary>
    internal sbyte Value { get; }

    /// <summary>How the word is written and inflected (<see cref="WordForm"/>).</summary>
    internal WordForm Form { get; }

    /// <summary>Whether an entry of the estimative vocabulary starts with this word (<see cref="WordEntry.Estimative"/>).</summary>
    internal bool Estimative { get; }

    internal int Length => End - Start;

    internal TextSpan Span => TextSpan.FromBounds(Start, End);
}
