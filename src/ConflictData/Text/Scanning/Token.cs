namespace ConflictData.Text.Scanning;

/// <summary>One token of a text: its kind and its UTF-16 bounds; a numeral's value is read from the text on demand.</summary>
/// <remarks>Tokens keep positions rather than strings or values, so they stay small and scanning allocates next to nothing.</remarks>
internal readonly struct Token
{
    internal Token(TokenKind kind, int start, int end, bool spaceBefore, WordClass wordClass, NumeralShape shape = NumeralShape.None)
    {
        Class = wordClass;
        Kind = kind;
        Start = start;
        End = end;
        SpaceBefore = spaceBefore;
        Shape = shape;
    }

    internal TokenKind Kind { get; }

    internal int Start { get; }

    /// <summary>Exclusive end.</summary>
    internal int End { get; }

    /// <summary>Whether white space separates this token from the one before (or it starts the text).</summary>
    internal bool SpaceBefore { get; }

    internal NumeralShape Shape { get; }

    /// <summary>What the token can do in a quantity phrase.</summary>
    internal WordClass Class { get; }

    internal int Length => End - Start;

    internal TextSpan Span => TextSpan.FromBounds(Start, End);
}
