using System;

namespace ConflictData.Text.Scanning;

/// <summary>What a token can do in a quantity phrase, decided once when it is lexed.</summary>
[Flags]
internal enum WordClass : byte
{
    /// <summary>Nothing: most words of a text.</summary>
    None = 0,

    /// <summary>A phrase may start here ("about", "between", "$", "twenty", "-").</summary>
    Starter = 1,

    /// <summary>It is or names a number ("45,000", "twenty", "thousands", "handful").</summary>
    Numeric = 2,
}
