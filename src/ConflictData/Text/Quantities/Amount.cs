namespace ConflictData.Text;

/// <summary>One number of a phrase as read: its tokens, digits or words, multiplier, currency and sign.</summary>
internal struct Amount
{
    /// <summary>
    /// The largest value an amount may reach, with its multiplier: every decimal, so that whatever
    /// <see cref="QuantityFormatter"/> writes reads back (policies saturate rather than overflow).
    /// </summary>
    internal const decimal Largest = decimal.MaxValue;

    internal int First;
    internal int Last;
    internal decimal Raw;
    internal decimal Multiplier;
    internal bool HasMultiplier;
    internal string? Currency;
    internal bool Spelled;
    internal bool YearLike;
    internal bool Negative;

    /// <summary>The signed value with trailing zeros dropped, so "2.5bn" is 2500000000, not 2500000000.0.</summary>
    internal readonly decimal Value => (Negative ? -Raw : Raw) * Multiplier / 1.0000000000000000000000000000m;
}
