namespace ConflictData.Text.Scanning;

/// <summary>How a numeral token was written, which decides whether it can be a year or a figure.</summary>
internal enum NumeralShape : byte
{
    /// <summary>Not a numeral.</summary>
    None,

    /// <summary>Digits only ("2014", "1000").</summary>
    Plain,

    /// <summary>With thousands separators ("45,000").</summary>
    Grouped,

    /// <summary>With decimals ("2.5", "1,234.5").</summary>
    Decimal,

    /// <summary>More digits than a decimal holds: never a quantity.</summary>
    Overflow,
}
