using System;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>
/// Relative quantities: a fraction or multiple of a reference that the sentence names or implies. "a third of the
/// population" is 1/3 in the unit <c>ratio:population</c>; "one in five children" 1/5 of children; "almost tripled"
/// about 3 in <c>ratio</c>; "twice as high" 2. They are ratios, not bare numbers: 1/3 of nothing is no figure.
/// "three times as many refugees" is read by the unit words ("times") after any number.
/// </content>
internal sealed partial class QuantityGrammar
{
    private bool TryRelative(ref int p, ref PhraseBuilder phrase)
    {
        int start = p;
        if (IsWord(p) && QuantityLexicon.Multiple(Span(p)) is var multiple and > 0)
        {
            bool adverb = IsWord(p, "twice") || IsWord(p, "thrice");
            if (adverb && !(IsWord(p + 1, "as") || IsWord(p + 1, "the")))
            {
                return false;
            }
            phrase.A = new Amount { First = start, Raw = multiple, Multiplier = 1 };
            ReadMultipleOf(ref p, ref phrase);
            phrase.A.Last = p - 1;
            return true;
        }
        if (TryFractionOf(p, out decimal fraction, out int ofAt))
        {
            if (!TryShareOf(ofAt, out int last, out string reference))
            {
                return false;
            }
            phrase.A = new Amount { First = start, Last = last, Raw = fraction, Multiplier = 1, Spelled = true, Share = true };
            phrase.Unit = Unit.Ratio(reference);
            p = last + 1;
            return true;
        }
        return TryOneIn(ref p, ref phrase);
    }

    /// <summary>"a third of", "two thirds of", "half of", "half the": the fraction and the token before the reference.</summary>
    private bool TryFractionOf(int p, out decimal fraction, out int beforeReference)
    {
        fraction = 0;
        beforeReference = -1;
        int q;
        decimal numerator;
        int denominator;
        if (IsWord(p) && QuantityLexicon.TryHyphenatedFraction(Span(p), out numerator, out denominator))
        {
            q = p;
        }
        else
        {
            q = ReadNumerator(p, out numerator);
            denominator = IsWord(q) ? QuantityLexicon.Fraction(Span(q)) : 0;
        }
        if (denominator == 0)
        {
            return false;
        }
        bool half = denominator == 2 && q == p;
        if (IsWord(q + 1, "of") && !(IsWord(q + 2, "a") && IsWord(q + 3) && QuantityLexicon.NumberWord(Span(q + 3), out _) != NumberWordKind.None))
        {
            beforeReference = q + 1;
        }
        else if (half && IsWord(q + 1, "the"))
        {
            beforeReference = q;
        }
        else
        {
            return false;
        }
        fraction = numerator / denominator;
        return true;
    }

    /// <summary>The count of a fraction before its word: "a", "an" or "one" is one, "two" to "nineteen" their value; none is one.</summary>
    /// <returns>The token after the count, or <paramref name="p"/> when there is none.</returns>
    private int ReadNumerator(int p, out decimal numerator)
    {
        numerator = 1;
        if (IsWord(p, "a") || IsWord(p, "an"))
        {
            return p + 1;
        }
        if (IsWord(p) && QuantityLexicon.NumberWord(Span(p), out long n) is NumberWordKind.Unit or NumberWordKind.Teen && n > 0)
        {
            numerator = n;
            return p + 1;
        }
        return p;
    }

    /// <summary>
    /// "one in five children", "1 in 4 people", "one in every ten", "nine out of ten": a share of what follows; and a range of two such
    /// shares, "between one in four and one in three children", "1 in 5 to 1 in 4 people", in either order ("between
    /// one in three and one in four" names its whole's smaller share second).
    /// </summary>
    private bool TryOneIn(ref int p, ref PhraseBuilder phrase)
    {
        bool between = IsWord(p, "between");
        int first = between ? p + 1 : p;
        if (!TryOneInNumbers(first, out decimal share, out int w))
        {
            return false;
        }
        int link = w + 1;
        decimal upper = 0;
        int upperWhole = w;
        bool ranged = (between ? IsWord(link, "and") : IsWord(link, "to") || IsDash(link))
            && TryOneInNumbers(link + 1, out upper, out upperWhole) && upper != share;
        if (between && !ranged)
        {
            return false;
        }
        int w2 = ranged ? upperWhole : w;
        int last;
        string reference;
        if (IsWord(w2 + 1, "of") ? !TryShareOf(w2 + 1, out last, out reference) : !TryReference(w2 + 1, out last, out reference))
        {
            return false;
        }
        phrase.A = new Amount { First = first, Last = ranged ? w : last, Raw = share, Multiplier = 1, Share = true };
        if (ranged)
        {
            phrase.B = new Amount { First = link + 1, Last = last, Raw = upper, Multiplier = 1, Share = true };
            string open = between ? Normalized(p, p) + " " : "";
            phrase.AddTrailingHedge($"{open}{Ellipsis} {(IsDash(link) ? "-" : Normalized(link, link))}", HedgeKinds.Range);
        }
        phrase.Unit = Unit.Ratio(reference);
        p = last + 1;
        return true;
    }

    /// <summary>"one in five", "1 in 4", "one in every ten", "nine out of ten": the share, and the token of its whole.</summary>
    private bool TryOneInNumbers(int p, out decimal share, out int whole)
    {
        share = 0;
        int afterLink = IsWord(p + 1, "in") ? p + 2 : IsWord(p + 1, "out") && IsWord(p + 2, "of") ? p + 3 : -1;
        whole = IsWord(afterLink, "every") ? afterLink + 1 : afterLink;
        if (afterLink < 0 || !TryCardinal(p, out decimal part) || !TryCardinal(whole, out decimal of) || of == 0 || part > of)
        {
            return false;
        }
        share = part / of;
        return true;
    }

    /// <summary>
    /// What a share is of, after its "of": a reference read with the share ("half of the population"), or the noun of a
    /// figure that follows ("half of the 40,000 fighters", "one in five of the 600,000 refugees"). The figure is a
    /// quantity of its own, so the share ends before its "of" and the scanner reads the figure next.
    /// </summary>
    /// <param name="ofAt">The token "of".</param>
    /// <param name="last">The share's last token.</param>
    /// <param name="reference">The singular noun the share is of.</param>
    private bool TryShareOf(int ofAt, out int last, out string reference)
    {
        if (TryReference(ofAt + 1, out last, out reference))
        {
            return true;
        }
        if (!TryFigureAfterOf(ofAt, out int q) || !TryReference(q, out _, out reference))
        {
            return false;
        }
        last = ofAt - 1;
        return true;
    }

    /// <summary>
    /// "2,500 of the 4,000 prisoners", "only 7 of the 52 hospitals": a part of a stated figure counts what the figure
    /// counts. The figure is a quantity of its own, so the part ends before its "of".
    /// </summary>
    /// <param name="ofAt">The token "of".</param>
    /// <param name="unit">The unit the figure's noun counts in.</param>
    /// <param name="noun">The figure's noun as written.</param>
    private bool TryNounOfFigure(int ofAt, out Unit? unit, out string noun)
    {
        unit = Unit.Person;
        noun = "";
        return IsWord(ofAt, "of") && TryFigureAfterOf(ofAt, out int q) && TryNoun(q, false, out _, out unit, out noun);
    }

    /// <summary>
    /// A figure after an "of" ("of the 40,000 fighters", "of the camp's 80,000 residents", "of Gaza's 2.3 million
    /// people"): where the words after its number begin.
    /// </summary>
    private bool TryFigureAfterOf(int ofAt, out int afterNumber)
    {
        int q = ofAt + 1;
        while (IsDeterminer(q))
        {
            q++;
        }
        q += IsPossessive(q) ? 1 : IsWord(q) && IsPossessive(q + 1) ? 2 : 0;
        afterNumber = q + 1;
        if (!Has(q) || tokens[q].Kind != TokenKind.Number)
        {
            return false;
        }
        if (IsWord(afterNumber) && QuantityLexicon.NumberWord(Span(afterNumber), out _) == NumberWordKind.Scale)
        {
            afterNumber++;
        }
        return true;
    }

    /// <summary>One token that is a small whole number, in digits or as one word.</summary>
    private bool TryCardinal(int p, out decimal value)
    {
        value = 0;
        if (!Has(p))
        {
            return false;
        }
        if (tokens[p].Kind == TokenKind.Number && tokens[p].Shape == NumeralShape.Plain)
        {
            value = ValueOf(p);
            return true;
        }
        if (IsWord(p) && QuantityLexicon.NumberWord(Span(p), out long n) is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens)
        {
            value = n;
            return true;
        }
        return false;
    }
}
