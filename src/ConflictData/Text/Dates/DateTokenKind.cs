namespace ConflictData.Text;

/// <summary>What kind of run of characters a <see cref="DateToken"/> is.</summary>
internal enum DateTokenKind : byte
{
    /// <summary>No token: the end of the text, or a gap too wide to belong inside one date phrase.</summary>
    None,

    /// <summary>A maximal run of letters.</summary>
    Word,

    /// <summary>A maximal run of ASCII digits.</summary>
    Number,

    /// <summary>Any other single character that is not white space.</summary>
    Symbol,
}
