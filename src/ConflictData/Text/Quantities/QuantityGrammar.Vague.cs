using System;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Vague quantities: "a handful", "dozens", "tens of thousands", "several hundred"; and "a couple of hundred".</content>
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
        if (IsWord(p, "scores") && IsWord(p + 1, "of"))
        {
            magnitude = 20;
            return true;
        }
        // "several hundred", "a few thousand", "several dozen"; "several weeks", "a few days": a few of a unit.
        int few = IsWord(p, "several") ? p : IsWord(p, "a") && IsWord(p + 1, "few") ? p + 1 : -1;
        if (few >= 0 && IsWord(few + 1))
        {
            var kind = QuantityLexicon.NumberWord(Span(few + 1), out long scaleOfFew);
            if (kind is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen)
            {
                last = few + 1;
                magnitude = scaleOfFew;
                return true;
            }
            if (kind == NumberWordKind.None && QuantityLexicon.IsLowerWord(Span(few + 1)) && Span(few + 1).EndsWith("s"))
            {
                last = few;
                magnitude = 1;
                return true;
            }
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
            if (IsWord(p + 1, "upon") && PluralScale(p + 2) == scale)
            {
                // "thousands upon thousands": the repetition stresses, it does not multiply.
                last = p + 2;
            }
            return true;
        }
        return false;
    }

    /// <summary>
    /// "a couple of hundred", "a couple thousand", "a couple of dozen": two of the scale, stated as 200, 2,000 or 24 and
    /// approximate, since "a couple" rounds; "a couple of people" states no number and is not read.
    /// </summary>
    private bool TryCouple(ref int p, ref PhraseBuilder phrase)
    {
        if (!IsWord(p, "a") || !IsWord(p + 1, "couple"))
        {
            return false;
        }
        int scale = IsWord(p + 2, "of") ? p + 3 : p + 2;
        if (!IsWord(scale) || QuantityLexicon.NumberWord(Span(scale), out long value) is not (NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen))
        {
            return false;
        }
        phrase.A = new Amount { First = scale, Last = scale, Raw = 2, Multiplier = value, HasMultiplier = true, Spelled = true };
        phrase.AddLeadingHedge(p, scale - 1, HedgeKinds.Approximate);
        p = scale + 1;
        return true;
    }

    private decimal? PluralScale(int p) =>
        IsWord(p, "hundreds") ? 100m : IsWord(p, "thousands") ? 1_000m : IsWord(p, "millions") ? 1_000_000m
        : IsWord(p, "billions") ? 1_000_000_000m : null;
}
