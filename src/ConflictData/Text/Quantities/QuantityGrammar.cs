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
/// <para>Outside strict mode the grammar also refuses what is not a figure in running text: years, days of a
/// month, spelled numbers with nothing counted ("part one", "one of them", "the two groups"), and numbers that
/// belong to a name ("Resolution 2254").</para>
/// </remarks>
internal sealed class QuantityGrammar
{
    /// <summary>The most tokens one phrase may span.</summary>
    internal const int Window = 64;

    private const string Ellipsis = "…";

    private readonly string text;
    private readonly TokenStream tokens;
    private readonly IApproximationPolicy policy;
    private readonly bool strict;
    private int limit;

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
        for (int h = 0; h < 2 && TryHedge(p, prefix: true, out int end, out var kinds); h++)
        {
            phrase.AddLeadingHedge(p, end, kinds);
            p = end + 1;
        }
        phrase.HasPrefixHedge = p > hedgeStart;

        int ofAt = -1;
        if (!phrase.HasPrefixHedge && TryVague(p, out decimal magnitude, out int vagueEnd))
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
        else if (!TryAmounts(ref p, ref phrase, ref resumeAt))
        {
            return false;
        }

        if (!TryUnit(ref p, ref phrase, ref resumeAt))
        {
            return false;
        }
        if (phrase.Unit is null && phrase.Currency is null && TryNoun(p, phrase.AllowsSingularNoun(strict), out int nounLast, out var nounUnit, out var noun))
        {
            phrase.NounUnit = nounUnit;
            phrase.Noun = noun;
            p = nounLast + 1;
            if (IsQuote(p) && !tokens[p].SpaceBefore)
            {
                p++;
            }
            if (TryRate(ref p, out var rate))
            {
                phrase.Unit = rate;
            }
        }
        if (ofAt >= 0 && phrase.Unit is null && phrase.Currency is null && phrase.Noun is null)
        {
            // "hundreds of them": the "of" belongs to the phrase only when what follows is counted.
            p = ofAt;
        }
        decimal? best = null;
        if (!phrase.IsVague)
        {
            best = TryBest(ref p, phrase.Currency);
        }
        if (!strict && IsExcluded(start, ref phrase))
        {
            return false;
        }
        int first = directionStart >= 0 && phrase.IsPercent ? directionStart : hedgeStart;
        if (!phrase.TryBuild(policy, best, HedgeText(phrase), out var built))
        {
            return false;
        }
        decimal? stated = phrase.B is null && !phrase.IsVague ? phrase.A.Value : null;
        match = new QuantityMatch(first, p - 1, tokens[first].Start, tokens[p - 1].End, built, stated, phrase.IsShareableHedge);
        return true;
    }

    // ---- amounts and ranges ----

    private bool TryAmounts(ref int p, ref PhraseBuilder phrase, ref int resumeAt)
    {
        int opener = -1;
        if (IsWord(p, "between") || IsWord(p, "from"))
        {
            opener = p++;
        }
        if (!TryAmount(p, allowAnd: opener < 0 || !IsWord(opener, "between"), out var a, ref resumeAt))
        {
            return false;
        }
        phrase.A = a;
        p = a.Last + 1;
        bool between = opener >= 0 && IsWord(opener, "between");
        int connector = p;
        bool isConnector = between
            ? IsWord(p, "and") || IsDash(p)
            : IsWord(p, "to") || IsDash(p) || IsWord(p, "through") || IsSymbol(p, "~");
        if (isConnector && TryAmount(p + 1, allowAnd: true, out var b, ref resumeAt))
        {
            phrase.B = b;
            string open = opener >= 0 ? Normalized(opener, opener) + " " : "";
            string link = IsDash(connector) ? "-" : Normalized(connector, connector);
            phrase.AddTrailingHedge($"{open}{Ellipsis} {link}", HedgeKinds.Range);
            p = b.Last + 1;
            if (phrase.RangeIsReversed())
            {
                resumeAt = p;
                return false;
            }
            return true;
        }
        if (opener >= 0)
        {
            return false;
        }
        if (phrase.HasPrefixHedge && TryBoundedPair(ref p, ref phrase, ref resumeAt))
        {
            return true;
        }
        // "12 and more than 194" starts another phrase; "500 and more" ends this one.
        if (TryHedge(p, prefix: false, out int postfixEnd, out var postfixKinds) && !IsWord(postfixEnd + 1, "than"))
        {
            phrase.AddTrailingHedge(Normalized(p, postfixEnd), postfixKinds);
            phrase.HasPostfixHedge = true;
            p = postfixEnd + 1;
        }
        return true;
    }

    /// <summary>"more than A and up to B", "at most 100 and at least 20": one lower and one upper bound.</summary>
    private bool TryBoundedPair(ref int p, ref PhraseBuilder phrase, ref int resumeAt)
    {
        int q = p;
        if (IsSymbol(q, ","))
        {
            q++;
        }
        if (!(IsWord(q, "and") || IsWord(q, "but")))
        {
            return false;
        }
        q++;
        if (!TryHedge(q, prefix: true, out int hedgeEnd, out var kinds) || !BoundedPairOf(phrase.Kinds, kinds))
        {
            return false;
        }
        int skip = resumeAt;
        if (!TryAmount(hedgeEnd + 1, allowAnd: true, out var b, ref skip))
        {
            return false;
        }
        var candidate = phrase;
        candidate.B = b;
        candidate.SecondKinds = kinds;
        if (!candidate.TryBoundsOfPair(out _, out _))
        {
            return false;
        }
        candidate.AddTrailingHedge($"{Ellipsis} {Normalized(p, q - 1)} {Normalized(q, hedgeEnd)}", kinds);
        phrase = candidate;
        p = b.Last + 1;
        return true;
    }

    private static bool BoundedPairOf(HedgeKinds first, HedgeKinds second) =>
        (IsLowerHedge(first) && IsUpperHedge(second)) || (IsUpperHedge(first) && IsLowerHedge(second));

    internal static bool IsLowerHedge(HedgeKinds kinds) => (kinds & (HedgeKinds.MoreThan | HedgeKinds.AtLeast)) != 0;

    internal static bool IsUpperHedge(HedgeKinds kinds) => (kinds & (HedgeKinds.UpTo | HedgeKinds.LessThan)) != 0;

    private bool TryAmount(int p, bool allowAnd, out Amount amount, ref int resumeAt)
    {
        amount = default;
        amount.First = p;
        if (!Has(p))
        {
            return false;
        }
        string? currency = null;
        if (tokens[p].Kind == TokenKind.Symbol && QuantityLexicon.CurrencySymbol(Span(p)) is { } symbolCode)
        {
            currency = symbolCode;
            p++;
        }
        else if (tokens[p].Kind == TokenKind.Word && IsSymbol(p + 1, "$") && !tokens[p + 1].SpaceBefore
                 && QuantityLexicon.DollarPrefix(Span(p)) is { } dollarCode)
        {
            currency = dollarCode;
            p += 2;
        }
        else if (tokens[p].Kind == TokenKind.Word && QuantityLexicon.CurrencyCode(Span(p)) is { } isoCode && IsNumberStart(p + 1))
        {
            currency = isoCode;
            p++;
        }
        bool negative = false;
        if ((IsSymbol(p, "-") || IsSymbol(p, "\u2212")) && Has(p + 1) && tokens[p + 1].Kind == TokenKind.Number
            && !tokens[p + 1].SpaceBefore && (p == 0 || tokens[p].SpaceBefore || tokens[p - 1].Kind != TokenKind.Number))
        {
            negative = true;
            p++;
        }
        else if (IsWord(p, "minus") || IsWord(p, "negative"))
        {
            negative = true;
            p++;
        }
        if (!Has(p))
        {
            return false;
        }
        bool read = tokens[p].Kind == TokenKind.Number
            ? TryNumeral(p, ref amount, ref resumeAt)
            : TryNumberWords(p, allowAnd, ref amount);
        if (!read)
        {
            return false;
        }
        amount.Negative = negative;
        amount.Currency = currency;
        if (amount.Raw > Amount.Largest / amount.Multiplier)
        {
            return false;
        }
        return true;
    }

    private bool IsNumberStart(int p) =>
        Has(p) && (tokens[p].Kind == TokenKind.Number || (tokens[p].Kind == TokenKind.Word && QuantityLexicon.IsNumberWord(Span(p))));

    private bool TryNumeral(int p, ref Amount amount, ref int resumeAt)
    {
        ref readonly var t = ref tokens[p];
        if (t.Shape == NumeralShape.Overflow || IsGluedToName(p))
        {
            return false;
        }
        int chainEnd = ChainEnd(p);
        if (chainEnd > p)
        {
            // "22-07-2017", "2019-05-02", "+1-222-2222-2222", "9/11", "7:25": dates, phone numbers, fractions, times.
            resumeAt = chainEnd + 1;
            return false;
        }
        amount.Raw = Lexer.ValueOf(text, t);
        amount.Multiplier = 1;
        amount.Last = p;
        amount.YearLike = t.Shape == NumeralShape.Plain && t.Length == 4 && amount.Raw is >= 1500 and <= 2199;
        int q = p + 1;
        if (Has(q) && tokens[q].Kind == TokenKind.Word && !tokens[q].SpaceBefore)
        {
            var suffix = Span(q);
            if (QuantityLexicon.SuffixMultiplier(suffix) is { } multiplier)
            {
                amount.Multiplier = multiplier;
                amount.HasMultiplier = true;
                amount.Last = q;
                amount.YearLike = false;
                return true;
            }
            // Only unit abbreviations may be glued to digits; "1st", "3D", "1990s", "10am" are not figures.
            return suffix is "km" or "km2" or "sq";
        }
        if (IsWord(q, "am") || IsWord(q, "pm") || (IsWord(q, "a") && IsSymbol(q + 1, ".") && IsWord(q + 2, "m")) || IsWord(q, "GMT"))
        {
            return false;
        }
        if (IsWord(q) && QuantityLexicon.NumberWord(Span(q), out long scale) is NumberWordKind.Scale or NumberWordKind.Hundred)
        {
            amount.Multiplier = scale;
            amount.HasMultiplier = true;
            amount.Last = q;
            amount.YearLike = false;
        }
        return true;
    }

    /// <summary>The last token of a chain of numbers glued by "-", "/", ":" or "." that is a date, time or phone number; <paramref name="p"/> when there is none.</summary>
    private int ChainEnd(int p)
    {
        int end = p;
        int links = 0;
        bool slash = false;
        while (Has(end + 2) && tokens[end + 1].Kind == TokenKind.Symbol && !tokens[end + 1].SpaceBefore
               && tokens[end + 2].Kind == TokenKind.Number && !tokens[end + 2].SpaceBefore
               && Span(end + 1) is "-" or "/" or ":" or "." or "\u2013")
        {
            slash |= Span(end + 1) is "/" or ":" or ".";
            end += 2;
            links++;
        }
        bool dashRangeOfTwo = links == 1 && !slash;
        return links == 0 || dashRangeOfTwo ? p : end;
    }

    /// <summary>"F-16", "G7", "IS-2", a number glued to a word before it, is part of a name.</summary>
    private bool IsGluedToName(int p)
    {
        if (p == 0 || tokens[p].SpaceBefore)
        {
            return false;
        }
        ref readonly var before = ref tokens[p - 1];
        if (before.Kind == TokenKind.Word)
        {
            return true;
        }
        // "£39m-231m": a multiplier glued to a number is no name.
        return p >= 2 && Span(p - 1) is "-" or "/" && !before.SpaceBefore && tokens[p - 2].Kind == TokenKind.Word
            && !(p >= 3 && !tokens[p - 2].SpaceBefore && tokens[p - 3].Kind == TokenKind.Number);
    }

    private bool TryNumberWords(int p, bool allowAnd, ref Amount amount)
    {
        long total = 0;
        long current = 0;
        long lastScale = long.MaxValue;
        var previous = NumberWordKind.None;
        int q = p;
        int last = -1;
        long beforeScale = -1;
        if (IsWord(q, "a") && IsWord(q + 1) && QuantityLexicon.NumberWord(Span(q + 1), out _) is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen)
        {
            current = 1;
            previous = NumberWordKind.Unit;
            q++;
        }
        while (IsWord(q))
        {
            var kind = QuantityLexicon.NumberWord(Span(q), out long value);
            if (kind == NumberWordKind.None)
            {
                if (allowAnd && last >= 0 && previous is NumberWordKind.Hundred or NumberWordKind.Scale && IsWord(q, "and")
                    && IsWord(q + 1) && QuantityLexicon.NumberWord(Span(q + 1), out _) is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens)
                {
                    q++;
                    continue;
                }
                break;
            }
            bool fits = kind switch
            {
                NumberWordKind.Unit or NumberWordKind.Teen =>
                    previous is not (NumberWordKind.Unit or NumberWordKind.Teen) && !(previous == NumberWordKind.Tens && (kind == NumberWordKind.Teen || current % 10 != 0)),
                NumberWordKind.Tens => previous is not (NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens),
                NumberWordKind.Hundred => previous != NumberWordKind.None && previous != NumberWordKind.Hundred && current is > 0 and < 100,
                NumberWordKind.Scale => current > 0 && value < lastScale,
                _ => previous is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens,
            };
            if (!fits)
            {
                break;
            }
            switch (kind)
            {
                case NumberWordKind.Hundred:
                case NumberWordKind.Dozen:
                    current *= value;
                    break;
                case NumberWordKind.Scale:
                    beforeScale = total == 0 ? current : -1;
                    total += current * value;
                    current = 0;
                    lastScale = value;
                    break;
                default:
                    current += value;
                    break;
            }
            previous = kind;
            last = q++;
            if (kind == NumberWordKind.Dozen)
            {
                break;
            }
        }
        if (last < 0)
        {
            return false;
        }
        amount.Spelled = true;
        amount.Last = last;
        if (previous == NumberWordKind.Scale && beforeScale > 0)
        {
            // "three million" keeps its multiplier, so "between two and three million" can carry it back.
            amount.Raw = beforeScale;
            amount.Multiplier = lastScale;
            amount.HasMultiplier = true;
        }
        else
        {
            amount.Raw = total + current;
            amount.Multiplier = 1;
        }
        // "nine 9 percent", "five (5) days": a spelled number repeated in digits is one number.
        int r = last + 1;
        bool bracketed = IsSymbol(r, "(");
        int digits = bracketed ? r + 1 : r;
        if (Has(digits) && tokens[digits].Kind == TokenKind.Number && Lexer.ValueOf(text, tokens[digits]) == total + current
            && (!bracketed || IsSymbol(digits + 1, ")")))
        {
            amount.Last = bracketed ? digits + 1 : digits;
        }
        return true;
    }

    // ---- units, nouns, best values ----

    private bool TryUnit(ref int p, ref PhraseBuilder phrase, ref int resumeAt)
    {
        if (IsSymbol(p, "%") || IsWord(p, "percent") || IsWord(p, "pct"))
        {
            phrase.Unit = Unit.Percent;
            p++;
        }
        else if (IsWord(p, "per") && IsWord(p + 1, "cent"))
        {
            phrase.Unit = Unit.Percent;
            p += 2;
        }
        else if (TryRate(ref p, out var rate))
        {
            phrase.Unit = rate;
        }
        else if (TryArea(ref p))
        {
            phrase.Unit = Unit.SquareKilometre;
        }
        else if (IsWord(p) && QuantityLexicon.TryTimeUnit(Span(p), out var timeUnit))
        {
            if (IsWord(p + 1, "ago") || IsWord(p + 1, "later") || IsWord(p + 1, "earlier"))
            {
                // "two years ago" is a date, not a duration.
                resumeAt = p + 2;
                return false;
            }
            if (!IsWord(p + 1, "old"))
            {
                // "thirty years old" is an age: the number stays, without a unit of time.
                phrase.Unit = Unit.Duration(timeUnit);
                p++;
            }
        }
        else if (IsWord(p) && (QuantityLexicon.CurrencyWord(Span(p)) ?? QuantityLexicon.CurrencyCode(Span(p))) is { } code)
        {
            if (!phrase.TryAddCurrency(code))
            {
                return false;
            }
            p++;
        }
        else if (IsWord(p, "US") && IsWord(p + 1, "dollars"))
        {
            if (!phrase.TryAddCurrency("USD"))
            {
                return false;
            }
            p += 2;
        }
        return phrase.TryResolveCurrency();
    }

    private bool TryRate(ref int p, out Unit rate)
    {
        rate = Unit.Percent;
        if ((IsWord(p, "per") || IsWord(p, "a") || IsWord(p, "an") || IsWord(p, "each") || IsWord(p, "every"))
            && IsWord(p + 1) && QuantityLexicon.TryTimeUnit(Span(p + 1), out var period) && !Span(p + 1).EndsWith("s"))
        {
            rate = Unit.PerPeriod(period);
            p += 2;
            return true;
        }
        return false;
    }

    private bool TryArea(ref int p)
    {
        if (IsWord(p, "square") && (IsWord(p + 1, "kilometres") || IsWord(p + 1, "kilometers") || IsWord(p + 1, "kilometre")
                                    || IsWord(p + 1, "kilometer") || IsWord(p + 1, "km")))
        {
            p += 2;
            return true;
        }
        if (IsWord(p, "sq") && (IsWord(p + 1, "km") || (IsSymbol(p + 1, ".") && IsWord(p + 2, "km"))))
        {
            p += IsWord(p + 1, "km") ? 2 : 3;
            return true;
        }
        if (IsWord(p, "km2"))
        {
            p++;
            return true;
        }
        if (IsWord(p, "km") && IsSymbol(p + 1, "²"))
        {
            p += 2;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The counted noun: up to three modifiers ("foreign", "IS", "hard-core") before a head noun, stopping at a
    /// function word or punctuation other than quotes. A head is a people noun (unit person), a lower-case plural
    /// (unit: its singular, see <see cref="EnglishNouns"/>), or, when the value is exactly one, a lower-case singular.
    /// </summary>
    private bool TryNoun(int p, bool singularAllowed, out int last, out Unit unit, out string noun)
    {
        last = -1;
        unit = Unit.Person;
        noun = "";
        int first = -1;
        int words = 0;
        for (int q = p; Has(q) && words < 4; q++)
        {
            ref readonly var t = ref tokens[q];
            if (t.Kind == TokenKind.Symbol && IsQuote(q))
            {
                continue;
            }
            if (t.Kind != TokenKind.Word || QuantityLexicon.IsStopWord(Span(q)) || QuantityLexicon.IsNumberWord(Span(q)))
            {
                return false;
            }
            first = first < 0 ? q : first;
            if (TryHead(Span(q), singularAllowed && words == 0, out unit))
            {
                last = q;
                noun = Normalized(first, q);
                return true;
            }
            words++;
        }
        return false;
    }

    private static bool TryHead(ReadOnlySpan<char> word, bool singularAllowed, out Unit unit)
    {
        unit = Unit.Person;
        if (QuantityLexicon.IsPeopleNoun(word))
        {
            return true;
        }
        if (!QuantityLexicon.IsLowerWord(word))
        {
            return false;
        }
        if (word[^1] != 's' && !word.Contains('-') && !singularAllowed)
        {
            return false;
        }
        string? entity = EnglishNouns.Singular(word.ToString()) ?? (singularAllowed ? word.ToString() : null);
        if (entity is not null && Unit.TryParse(entity, out var parsed) && parsed.Dimension == Dimension.Count)
        {
            unit = parsed;
            return true;
        }
        return false;
    }

    private decimal? TryBest(ref int p, string? currency)
    {
        if (!(IsSymbol(p, "(") && IsWord(p + 1, "best") && IsWord(p + 2, "estimate")))
        {
            return null;
        }
        int ignored = p;
        if (!TryAmount(p + 3, allowAnd: true, out var best, ref ignored) || !IsSymbol(best.Last + 1, ")")
            || (best.Currency is not null && best.Currency != currency))
        {
            return null;
        }
        p = best.Last + 2;
        return best.Value;
    }

    // ---- vague quantities ----

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

    // ---- exclusions ----

    private bool IsExcluded(int start, ref PhraseBuilder phrase)
    {
        if (phrase.IsVague)
        {
            return false;
        }
        var a = phrase.A;
        bool hedged = phrase.HasPrefixHedge || phrase.HasPostfixHedge;
        bool unitless = phrase.Unit is null && phrase.Currency is null;
        int before = a.First - 1;
        if (!hedged && before >= 0 && tokens[before].Kind == TokenKind.Word && QuantityLexicon.IsNameContext(Span(before)))
        {
            return true;
        }
        if (phrase.B is null)
        {
            if (!hedged && unitless && (IsMonthAt(before) || IsMonthAt(a.Last + 1)))
            {
                return true;
            }
            if (!hedged && unitless && a.YearLike && phrase.NounUnit != Unit.Person)
            {
                return true;
            }
            if (a.Spelled && !hedged && ((phrase.Unit is null && phrase.NounUnit is null) || IsWord(start - 1, "the")))
            {
                return true;
            }
            return false;
        }
        var b = phrase.B.Value;
        return unitless && phrase.Noun is null && !phrase.HasPrefixHedge && a.YearLike && (b.YearLike || b.Raw < 100);
    }

    private bool IsMonthAt(int p) => p >= 0 && IsWord(p) && QuantityLexicon.IsMonth(Span(p));

    private bool IsDirection(int p, out bool falling)
    {
        falling = QuantityLexicon.IsFalling(Span(p));
        return falling || QuantityLexicon.IsRising(Span(p));
    }

    // ---- hedges ----

    private bool TryHedge(int p, bool prefix, out int end, out HedgeKinds kinds)
    {
        end = p;
        kinds = HedgeKinds.None;
        if (!IsWord(p))
        {
            return false;
        }
        foreach (var (words, phraseKinds) in HedgePhrases.Candidates(Span(p), prefix))
        {
            int q = p;
            bool all = true;
            foreach (string word in words)
            {
                if (!IsWord(q, word))
                {
                    all = false;
                    break;
                }
                q++;
            }
            if (all)
            {
                end = q - 1;
                kinds = phraseKinds;
                // "is estimated to have between ...": the verb after "estimated to" belongs to the hedge.
                if (words[^1] == "to" && words.Length > 1 && words[^2] == "estimated"
                    && (IsWord(q, "have") || IsWord(q, "be") || IsWord(q, "number") || IsWord(q, "total")))
                {
                    end = q;
                }
                return true;
            }
        }
        return false;
    }

    // ---- token helpers ----

    private bool Has(int i)
    {
        Steps++;
        return i >= 0 && i < limit && tokens.Exists(i);
    }

    private ReadOnlySpan<char> Span(int i) => text.AsSpan(tokens[i].Start, tokens[i].Length);

    private bool IsWord(int i) => Has(i) && tokens[i].Kind == TokenKind.Word;

    /// <summary>The most tokens between the start of a phrase and its first number ("is estimated to have between £39m").</summary>
    internal const int Reach = 8;

    /// <summary>
    /// Whether a phrase can start at token <paramref name="i"/>, given the index of the next token that is or names a
    /// number: the cheap test that keeps scanning fast, since a phrase needs a number within <see cref="Reach"/>.
    /// </summary>
    internal bool CanStart(int i, int nextNumeric)
    {
        var wordClass = tokens[i].Class;
        return (wordClass & WordClass.Starter) != 0 && nextNumeric >= i && nextNumeric - i <= Reach;
    }

    private bool IsWord(int i, string word) => IsWord(i) && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsSymbol(int i, string symbol) => Has(i) && tokens[i].Kind == TokenKind.Symbol && Span(i).SequenceEqual(symbol);

    private bool IsDash(int i) => Has(i) && tokens[i].Kind == TokenKind.Symbol && Span(i) is "-" or "\u2013" or "\u2012" or "\u2010";

    private bool IsQuote(int i) => Has(i) && tokens[i].Kind == TokenKind.Symbol && Span(i) is "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "\u2019";

    /// <summary>The hedge words of a phrase: the leading hedges as stated, then the range, pair or postfix words.</summary>
    private string? HedgeText(in PhraseBuilder phrase)
    {
        string? leading = phrase.LeadingHedgeFirst < 0 ? null : Normalized(phrase.LeadingHedgeFirst, phrase.LeadingHedgeLast);
        return leading is null ? phrase.TrailingHedge
            : phrase.TrailingHedge is null ? leading
            : leading + " " + phrase.TrailingHedge;
    }

    /// <summary>The words of tokens first..last joined by single spaces, quotes dropped: line breaks inside a phrase vanish.</summary>
    private string Normalized(int first, int last)
    {
        var builder = new StringBuilder();
        bool space = false;
        for (int i = first; i <= last; i++)
        {
            space |= tokens[i].SpaceBefore;
            if (tokens[i].Kind == TokenKind.Symbol && IsQuote(i))
            {
                continue;
            }
            if (builder.Length > 0 && space)
            {
                builder.Append(' ');
            }
            builder.Append(Span(i));
            space = false;
        }
        return builder.ToString();
    }
}
