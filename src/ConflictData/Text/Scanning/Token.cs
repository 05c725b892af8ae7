namespace ConflictData.Text.Scanning;

/// <summary>
/// One token of a text: its kind, its UTF-16 bounds and, for numbers, the value the digits spell.
/// </summary>
/// <remarks>
/// Tokens keep positions rather than strings so that scanning a megabyte allocates next to nothing.
/// </remarks>
internal readonly struct Token
{
    internal Token(TokenKind kind, int start, int end, bool spaceBefore, decimal value = 0, NumeralShape shape = NumeralShape.None)
    {
        Kind = kind;
        Start = start;
        End = end;
        SpaceBefore = spaceBefore;
        Value = value;
        Shape = shape;
    }

    internal TokenKind Kind { get; }

    internal int Start { get; }

    /// <summary>Exclusive end.</summary>
    internal int End { get; }

    /// <summary>Whether white space separates this token from the one before (or it starts the text).</summary>
    internal bool SpaceBefore { get; }

    /// <summary>For numbers, the value; zero otherwise (and for <see cref="NumeralShape.Overflow"/>).</summary>
    internal decimal Value { get; }

    internal NumeralShape Shape { get; }

    internal int Length => End - Start;
}
