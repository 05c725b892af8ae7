namespace ConflictData.Text;

/// <summary>
/// The leading digits a vague quantity allows at its magnitude's place, where its words name them: "the low thousands"
/// are 1,000–3,999 (leading digit 1 to 3), "the mid-hundreds" 400–699, "the high tens of thousands" 70,000–99,999, "double
/// digits" 10–99 (any leading digit at the tens). A plain vague word ("thousands") names none, and the approximation
/// policy reads it instead.
/// </summary>
/// <remarks>
/// English splits a magnitude's digits in thirds: low 1–3, mid 4–6, high 7–9. The words state a position within the
/// magnitude, not a rounded number, so the reading is the same whatever the policy; the upper end is exclusive ("the
/// high hundreds" stop short of a thousand).
/// </remarks>
internal readonly record struct LeadingDigits(byte First, byte Last)
{
    /// <summary>Every leading digit, 1 to 9: "single digits", "double digits".</summary>
    internal static LeadingDigits Any => new(1, 9);

    /// <summary>Whether the words named any digits; the default names none.</summary>
    internal bool IsNamed => First > 0;

    /// <summary>The part of a magnitude a word names ("low", "mid", "high"), or false for any other word.</summary>
    internal static bool TryPart(System.ReadOnlySpan<char> word, out LeadingDigits part)
    {
        part = word.Length switch
        {
            3 when QuantityGrammar.EqualsIgnoringCase(word, "low") => new(1, 3),
            3 when QuantityGrammar.EqualsIgnoringCase(word, "mid") => new(4, 6),
            4 when QuantityGrammar.EqualsIgnoringCase(word, "high") => new(7, 9),
            _ => default,
        };
        return part.IsNamed;
    }

    /// <summary>The numbers these digits allow at <paramref name="magnitude"/>: [First·m, (Last + 1)·m).</summary>
    internal RangedValue At(decimal magnitude) =>
        new(Bound.Inclusive(First * magnitude), Bound.Exclusive((Last + 1) * magnitude));
}
