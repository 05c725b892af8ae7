using System;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Vague quantities: "a handful", "dozens", "tens of thousands", "several hundred", "the low thousands", "double digits"; and "a couple of hundred".</content>
internal sealed partial class QuantityGrammar
{
    /// <summary>
    /// A vague quantity word and the magnitude it names, which the approximation policy interprets
    /// (<see cref="SignificantDigitApproximationPolicy"/>: [2v, 10v)): "a handful" 1, "dozens" 12, "hundreds" 100,
    /// "thousands" 1,000, "millions", "billions", "tens of thousands" 10,000, "hundreds of thousands" 100,000,
    /// "several hundred" 100. Where the words name the leading digits ("the low thousands", "the mid-hundreds", "double
    /// digits") they are in <paramref name="digits"/>, and they, not the policy, give the range.
    /// </summary>
    private bool TryVague(int p, out decimal magnitude, out int last, out LeadingDigits digits)
    {
        magnitude = 0;
        last = p;
        digits = default;
        if (!IsWord(p))
        {
            return false;
        }
        if (LeadingDigits.TryPart(Span(p), out var part))
        {
            // "the low thousands", "the high tens of thousands", "in the low double digits"
            digits = part;
            return TryMagnitude(p + 1, out magnitude, out last, out _);
        }
        if (TryPartOfMagnitude(p, out part, out magnitude, out last))
        {
            digits = part;
            return true;
        }
        if (TryMagnitude(p, out magnitude, out last, out bool inDigits))
        {
            digits = inDigits ? LeadingDigits.Any : default;
            return true;
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
                if (kind != NumberWordKind.Dozen && IsWord(few + 2) && QuantityLexicon.NumberWord(Span(few + 2), out long larger) == NumberWordKind.Scale
                    && larger > scaleOfFew)
                {
                    // "several hundred million dollars", "a few hundred thousand people": a few of the product.
                    last = few + 2;
                    magnitude = scaleOfFew * larger;
                }
                return true;
            }
            if (kind == NumberWordKind.None && QuantityLexicon.IsLowerWord(Span(few + 1)) && Span(few + 1).EndsWith("s"))
            {
                last = few;
                magnitude = 1;
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The vague words of a magnitude that may be split into low, mid and high: "thousands", "tens of thousands",
    /// "hundreds of millions"; and the numbers of digits, "single digits" 1, "double digits" 10, "triple digits" 100.
    /// </summary>
    private bool TryMagnitude(int p, out decimal magnitude, out int last, out bool inDigits)
    {
        last = p;
        inDigits = false;
        magnitude = 0;
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
        if (IsWord(p + 1, "digits") && QuantityLexicon.DigitCount(Span(p)) is { } count)
        {
            last = p + 1;
            magnitude = count;
            inDigits = true;
            return true;
        }
        return false;
    }

    /// <summary>A part and its magnitude written as one word: "mid-hundreds", "low-thousands", "the mid-single digits".</summary>
    private bool TryPartOfMagnitude(int p, out LeadingDigits part, out decimal magnitude, out int last)
    {
        part = default;
        magnitude = 0;
        last = p;
        var word = Span(p);
        int hyphen = word.IndexOfAny('-', '\u2010');
        if (hyphen <= 0 || !LeadingDigits.TryPart(word[..hyphen], out part))
        {
            return false;
        }
        var rest = word[(hyphen + 1)..];
        if (QuantityLexicon.PluralScale(rest) is { } scale)
        {
            magnitude = scale;
            return true;
        }
        if (QuantityLexicon.DigitCount(rest) is { } count && IsWord(p + 1, "digits"))
        {
            magnitude = count;
            last = p + 1;
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

    private decimal? PluralScale(int p) => IsWord(p) ? QuantityLexicon.PluralScale(Span(p)) : null;
}
