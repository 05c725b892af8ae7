namespace ConflictData.Text;

/// <summary>The grammatical role of an English number word, which decides how it combines with its neighbours.</summary>
internal enum NumberWordKind : byte
{
    /// <summary>Not a number word.</summary>
    None,

    /// <summary>"zero" to "nine".</summary>
    Unit,

    /// <summary>"ten" to "nineteen".</summary>
    Teen,

    /// <summary>"twenty" to "ninety", and hyphenated compounds such as "twenty-five".</summary>
    Tens,

    /// <summary>"hundred".</summary>
    Hundred,

    /// <summary>"thousand", "million", "billion", "trillion".</summary>
    Scale,

    /// <summary>"dozen".</summary>
    Dozen,
}
