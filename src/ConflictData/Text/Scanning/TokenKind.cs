namespace ConflictData.Text.Scanning;

/// <summary>What a <see cref="Token"/> is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>Letters, then letters or digits, with inner hyphens and apostrophes ("four-star", "IS’s", "km2").</summary>
    Word,

    /// <summary>ASCII digits with optional thousands groups and decimals ("45,000", "2.5", "2,\000").</summary>
    Number,

    /// <summary>Any other single character that is not white space ("$", "%", "-", "“").</summary>
    Symbol,
}
