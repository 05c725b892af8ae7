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

    /// <summary>A unit named in the number's own hyphenated words: km for "a 1,300-kilometre border".</summary>
    internal Unit? CompoundUnit;

    /// <summary>Whether a currency code or word came before the number ("EUR 3 billion", "pounds 120m").</summary>
    internal bool CodeBefore;

    /// <summary>
    /// Whether the number is hyphenated to words that make it an adjective of the noun after it ("a 40-page report",
    /// "a 7.8-magnitude earthquake"): it describes the thing rather than counting it.
    /// </summary>
    internal bool Adjectival;

    /// <summary>Whether "-plus" was glued to the number ("3,000-plus").</summary>
    internal bool GluedPlus;

    /// <summary>
    /// Whether the number is a share stated as a fraction or as "one in N" ("a third", "one in three"): its decimal
    /// digits (0.3333…) are arithmetic, not the precision it was stated with.
    /// </summary>
    internal bool Share;

    /// <summary>Whether the number is the article of "a year", "a decade": one, as English states a single unit.</summary>
    internal bool Article;

    /// <summary>Whether the value times <paramref name="factor"/> still fits a decimal ("10^28 decades" as years does not).</summary>
    /// <remarks>Every number fits unscaled, and most amounts are unscaled: they skip the two decimal divisions.</remarks>
    internal readonly bool FitsScaledBy(decimal factor) => (Multiplier == 1 && factor == 1) || Raw <= Largest / Multiplier / factor;

    /// <summary>The signed value with trailing zeros dropped, so "2.5bn" is 2500000000, not 2500000000.0.</summary>
    /// <remarks>A whole number without a multiplier has no trailing zeros to drop, and is most amounts: it skips the
    /// decimal multiplication and division (<see cref="Normalize"/>, which the tests hold it to bit for bit).</remarks>
    internal readonly decimal Value => Multiplier == 1 && Raw.Scale == 0 && Raw != 0 ? (Negative ? -Raw : Raw) : Normalize((Negative ? -Raw : Raw) * Multiplier);

    /// <summary>The number with trailing zeros after the point dropped: 2500000000.0 becomes 2500000000.</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
