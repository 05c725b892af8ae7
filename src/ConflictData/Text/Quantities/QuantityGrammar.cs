using System;
using System.Text;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <summary>
/// Reads one quantity phrase starting at a token, looking at most <see cref="Window"/> tokens ahead. Every phrase
/// attempt is therefore bounded, and a scan that tries each token once is linear in the text.
/// </summary>
/// <remarks>
/// <para>The grammar, in order: an optional direction ("down", "increased by", only kept for percentages); up to two
/// prefix hedges ("an estimated", "slightly more than", "is estimated to have"); then a vague quantity ("hundreds",
/// "a handful"), or a range ("between A and B", "from A to B", "A to B", "A-B", "A–B", "A through B"), or a bounded
/// pair ("more than A and up to B"), or one amount with an optional postfix hedge ("or so", "or more"); then unit
/// words ("percent", "per month", "square kilometres", "months", "dollars"); then the counted noun; then an optional
/// "(best estimate X)". An amount is an optional currency (symbol, "US$", ISO code), an optional sign, a numeral or
/// English number words, and an optional multiplier ("m", "bn", "million"). A range carries currency and multiplier
/// from either end to the other ("between £39m-231m", "between 2 and 3 million").</para>
/// <para>The grammar reads what a phrase says; whether a phrase in running text is a figure at all (not a year, a
/// day of a month, a number in a name) is the scanner's call (<c>QuantityScanner.IsExcluded</c>), made on the
/// <see cref="PhraseBuilder"/> each match carries. The parts live in partial files by concern: amounts and ranges,
/// number words and vague quantities, units and nouns, hedges, token tests.</para>
/// </remarks>
internal sealed partial class QuantityGrammar
{
    /// <summary>The most tokens one phrase may span.</summary>
    internal const int Window = 64;

    private const string Ellipsis = "…";

    private readonly string text;
    private readonly TokenStream tokens;
    private readonly IApproximationPolicy policy;
    private readonly bool strict;
    private int limit;
    private int lexed;
    private int valuedToken = -1;
    private decimal lastValue;
    private (int At, bool Prefix, int Limit, bool Found, int End, HedgeKinds Kinds) lastHedge = (-1, false, 0, false, 0, HedgeKinds.None);

    internal QuantityGrammar(string text, TokenStream tokens, IApproximationPolicy policy, bool strict)
    {
        this.text = text;
        this.tokens = tokens;
        this.policy = policy;
        this.strict = strict;
    }

    /// <summary>How many token inspections the grammar has made: the measure of its work.</summary>
    internal long Steps { get; private set; }

    /// <summary>Tries to read a phrase starting at token <paramref name="start"/>.</summary>
    /// <param name="start">The first token.</param>
    /// <param name="match">The phrase read.</param>
    /// <param name="resumeAt">On failure, the first token worth trying next (past a date or phone number chain).</param>
    internal bool TryMatch(int start, out QuantityMatch match, out int resumeAt)
    {
        limit = start + Window;
        resumeAt = start + 1;
        match = default;
        var phrase = new PhraseBuilder();
        int p = start;
        if (IsOverAPeriod(p))
        {
            return false;
        }
        if (tokens[p].Kind == TokenKind.Word && !TryHedge(p, prefix: true, out _, out _) && !QuantityLexicon.MayOpenUnhedged(Span(p)))
        {
            // Most words that can start a phrase ("in", "is", "as") only start a hedge: where none starts, nothing does.
            return false;
        }

        int directionStart = -1;
        if (!TryHedge(p, prefix: true, out _, out _) && IsWord(p) && IsDirection(p, out phrase.Falling))
        {
            directionStart = p++;
            if (IsWord(p, "by"))
            {
                p++;
            }
        }
        int hedgeStart = p;
        if (TryLeadIn(p, out int leadInEnd))
        {
            phrase.AddLeadingHedge(p, leadInEnd, HedgeKinds.None);
            p = leadInEnd + 1;
        }
        for (int h = 0; h < 2 && TryHedge(p, prefix: true, out int end, out var kinds); h++)
        {
            phrase.AddLeadingHedge(p, end, kinds);
            p = end + 1;
        }
        phrase.HasPrefixHedge = p > hedgeStart;

        int ofAt = -1;
        if (!phrase.HasPrefixHedge && TryVague(p, out decimal magnitude, out int vagueEnd, out phrase.VagueDigits))
        {
            phrase.A = new Amount { First = p, Last = vagueEnd, Raw = magnitude, Multiplier = 1 };
            phrase.AddLeadingHedge(p, vagueEnd, HedgeKinds.Vague);
            phrase.IsVague = true;
            p = vagueEnd + 1;
            if (IsWord(p, "of") && Has(p + 1) && tokens[p + 1].Kind == TokenKind.Word)
            {
                ofAt = p++;
            }
        }
        else if (!phrase.HasPrefixHedge && TryCouple(ref p, ref phrase))
        {
            // "a couple of hundred": two hundred, approximately.
        }
        else if (TryRelative(ref p, ref phrase))
        {
            // "a third of the population", "almost tripled": a ratio, its reference read with it.
        }
        else if (!TryAmounts(ref p, ref phrase, ref resumeAt))
        {
            return false;
        }
        else
        {
            phrase.Unit = phrase.A.CompoundUnit;
        }

        if (phrase.Unit is null ? !TryUnit(ref p, ref phrase, ref resumeAt) : !phrase.TryResolveCurrency())
        {
            return false;
        }
        // "300 more people", "three other soldiers", "a dozen more were wounded": a count added to another counts the same.
        int nounAt = IsWord(p, "more") || IsWord(p, "other") ? p + 1 : p;
        if (phrase.Unit is null && phrase.Currency is null && TryNoun(nounAt, phrase.AllowsSingularNoun(strict), out int nounLast, out var nounUnit, out var noun))
        {
            phrase.NounUnit = nounUnit;
            phrase.Noun = noun;
            p = nounLast + 1;
            if (IsQuote(p) && !tokens[p].SpaceBefore)
            {
                p++;
            }
            // "600,000 barrels of oil per day": what the barrels hold, before the period.
            if (IsWord(p, "of") && IsWord(p + 1) && QuantityLexicon.IsLowerWord(Span(p + 1)) && IsRate(p + 2))
            {
                p += 2;
            }
        }
        else if (phrase.Unit is null && phrase.Currency is null && !phrase.IsVague && IsWord(p, "strong"))
        {
            // "the force is 10,000 strong", as "a 10,000-strong force": the strength of a body of people.
            phrase.NounUnit = ConflictData.Unit.Person;
            p++;
        }
        else if (phrase.Unit is null && phrase.Currency is null && !phrase.IsVague && TryNounOfFigure(p, out nounUnit, out noun))
        {
            phrase.NounUnit = nounUnit;
            phrase.Noun = noun;
        }
        else if (phrase.Unit is null && phrase.Currency is null && (IsSubjectOfPeopleVerb(nounAt) || IsObjectOfPeopleVerb(hedgeStart, p)))
        {
            phrase.NounUnit = ConflictData.Unit.Person;
        }
        else if (phrase.Unit is null && phrase.Currency is null && TryUnitOfSubject(hedgeStart, out var subjectUnit))
        {
            phrase.NounUnit = subjectUnit;
        }
        if (phrase.Unit is null || phrase.Unit.Dimension == Dimension.Count)
        {
            TryRate(ref p, ref phrase);
        }
        if (ofAt >= 0 && phrase.Unit is null && phrase.Currency is null && phrase.Noun is null)
        {
            // "hundreds of them": the "of" belongs to the phrase only when what follows is counted.
            p = ofAt;
        }
        if (phrase.IsVague && phrase.A.Raw == 1 && !phrase.VagueDigits.IsNamed && phrase.Unit is null && phrase.Currency is null && phrase.Noun is null
            && !IsWord(phrase.A.First + 1, "handful"))
        {
            // "several" or "a few" counts nothing by itself.
            return false;
        }
        TryPostfixAfterNoun(ref p, ref phrase);
        decimal? best = null;
        if (!phrase.IsVague)
        {
            best = TryBest(ref p, phrase.Currency);
        }
        int first = directionStart >= 0 && phrase.IsPercent ? directionStart : hedgeStart;
        if (!phrase.TryBuild(policy, best, HedgeText(phrase), out var built))
        {
            return false;
        }
        decimal? stated = phrase.B is null && !phrase.IsVague ? phrase.A.Value : null;
        match = new QuantityMatch(first, p - 1, tokens[first].Start, tokens[p - 1].End, built, stated, phrase.IsShareableHedge, phrase);
        return true;
    }

    /// <summary>"5,000 troops at most", "2,000 people or more": a bound word after the counted noun.</summary>
    private void TryPostfixAfterNoun(ref int p, ref PhraseBuilder phrase)
    {
        if (phrase.Noun is null || phrase.B is not null || phrase.IsVague || phrase.HasPrefixHedge || phrase.HasPostfixHedge)
        {
            return;
        }
        if (TryHedge(p, prefix: false, out int end, out var kinds) && !IsWord(end + 1, "than"))
        {
            phrase.AddTrailingHedge(Normalized(p, end), kinds);
            phrase.HasPostfixHedge = true;
            p = end + 1;
        }
    }
}
