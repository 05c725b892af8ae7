using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Vague quantities: "a handful", "dozens", "tens of thousands", "several hundred".</content>
internal sealed partial class QuantityGrammar
{
    /// <summary>
    /// A vague quantity word and the magnitude it names, which the approximation policy interprets
    /// (<see cref="SignificantDigitApproximationPolicy"/>: [2v, 10v)): "a handful" 1, "dozens" 12, "hundreds" 100,
    /// "thousands" 1,000, "millions", "billions", "tens of thousands" 10,000, "hundreds of thousands" 100,000,
    /// "several hundred" 100.
    /// </summary>
    private bool TryVague(int p, out decimal magnitude, out int last)
    {
        magnitude = 0;
        last = p;
        if (!IsWord(p))
        {
            return false;
        }
        if (IsWord(p, "a") && IsWord(p + 1, "handful"))
        {
            last = p + 1;
            magnitude = 1;
            return true;
        }
        if (IsWord(p, "dozens"))
        {
            magnitude = 12;
            return true;
        }
        if (IsWord(p, "several") && IsWord(p + 1) && QuantityLexicon.NumberWord(Span(p + 1), out long scaleOfSeveral) is NumberWordKind.Hundred or NumberWordKind.Scale)
        {
            last = p + 1;
            magnitude = scaleOfSeveral;
            return true;
        }
        decimal factor = IsWord(p, "tens") ? 10 : IsWord(p, "hundreds") ? 100 : 0;
        if (factor > 0 && IsWord(p + 1, "of") && PluralScale(p + 2) is { } ofScale)
        {
            last = p + 2;
            magnitude = factor * ofScale;
            return true;
        }
        if (PluralScale(p) is { } scale)
        {
            magnitude = scale;
            return true;
        }
        return false;
    }

    private decimal? PluralScale(int p) =>
        IsWord(p, "hundreds") ? 100m : IsWord(p, "thousands") ? 1_000m : IsWord(p, "millions") ? 1_000_000m
        : IsWord(p, "billions") ? 1_000_000_000m : null;
}
