using System;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Amounts and ranges: currency, sign, numeral or number words, multiplier; "between A and B", "A to B", bounded pairs.</content>
internal sealed partial class QuantityGrammar
{
    private bool TryAmounts(ref int p, ref PhraseBuilder phrase, ref int resumeAt)
    {
        int opener = -1;
        if (IsWord(p, "between") || IsWord(p, "from"))
        {
            opener = p++;
        }
        int innerFirst = -1, innerLast = -1;
        if (opener >= 0 && TryHedge(p, prefix: true, out int innerEnd, out var innerKinds) && (innerKinds & (HedgeKinds.Approximate | HedgeKinds.Estimated)) != 0)
        {
            // "between roughly 1,000 and 2,000": a hedge inside the range governs both ends.
            innerFirst = p;
            innerLast = innerEnd;
            phrase.Kinds |= innerKinds;
            p = innerEnd + 1;
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
            : IsWord(p, "to") || IsDash(p) || IsWord(p, "through") || IsSymbol(p, '~');
        int end = p + 1;
        var endKinds = HedgeKinds.None;
        if (isConnector && opener >= 0 && !IsDash(connector) && TryHedge(end, prefix: true, out int endHedgeLast, out var kinds) && (kinds & HedgeKinds.Range) == 0)
        {
            // "between 500 and more than 1,000", "from 200 to nearly 300": the far end of the range is hedged on its own.
            endKinds = kinds;
            end = endHedgeLast + 1;
        }
        if (isConnector && !IsChange(opener >= 0 ? opener : a.First - 1) && TryAmount(end, allowAnd: true, out var b, ref resumeAt))
        {
            phrase.B = b;
            phrase.EndKinds = endKinds;
            string open = opener < 0 ? "" : innerFirst < 0 ? Normalized(opener, opener) + " " : Normalized(opener, innerLast) + " ";
            string link = IsDash(connector) ? "-" : Normalized(connector, end - 1);
            phrase.AddTrailingHedge($"{open}{Ellipsis} {link}", HedgeKinds.Range | endKinds);
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
        if (a.GluedPlus || (IsSymbol(p, '+') && !tokens[p].SpaceBefore))
        {
            // "1,200+", "3,000-plus": at least the number.
            phrase.AddTrailingHedge(a.GluedPlus ? PlusSuffix : "+", HedgeKinds.AtLeast);
            phrase.HasPostfixHedge = true;
            p += a.GluedPlus ? 0 : 1;
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

    /// <summary>
    /// Whether <paramref name="link"/> is the "by" or "from" of a change ("rose by 17 to 243", "fell from 2,000 to
    /// 1,500", "doubled from 150 to 300"): the numbers are a change and a level, or a level before and after, each a
    /// figure of its own, never the ends of one range.
    /// </summary>
    private bool IsChange(int link) =>
        (IsWord(link, "by") || IsWord(link, "from")) && IsWord(link - 1)
        && (IsDirection(link - 1, out _) || QuantityLexicon.Multiple(Span(link - 1)) > 0);

    /// <summary>"more than A and up to B", "at most 100 and at least 20": one lower and one upper bound.</summary>
    private bool TryBoundedPair(ref int p, ref PhraseBuilder phrase, ref int resumeAt)
    {
        int q = p;
        if (IsSymbol(q, ','))
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
        bool wordBefore = false;
        if (tokens[p].Kind == TokenKind.Symbol && QuantityLexicon.CurrencySymbol(Span(p)) is { } symbolCode)
        {
            currency = symbolCode;
            p++;
        }
        else if (tokens[p].Kind == TokenKind.Word && IsSymbol(p + 1, '$') && !tokens[p + 1].SpaceBefore
                 && QuantityLexicon.DollarPrefix(Span(p)) is { } dollarCode)
        {
            currency = dollarCode;
            p += 2;
        }
        else if (tokens[p].Kind == TokenKind.Word && (QuantityLexicon.CurrencyCode(Span(p)) ?? LowerCurrencyWord(p)) is { } code
                 && IsNumberStart(p + 1))
        {
            // "EUR 3 billion", and in older British style "pounds 120m".
            currency = code;
            wordBefore = true;
            p++;
        }
        else if (tokens[p].Kind == TokenKind.Word && QuantityLexicon.CurrencyAbbreviation(Span(p)) is { } abbreviated
                 && (IsNumberStart(p + 1) || (IsSymbol(p + 1, '.') && IsNumberStart(p + 2))))
        {
            // "Rs 5 billion", "Rs. 500".
            currency = abbreviated;
            wordBefore = true;
            p += IsSymbol(p + 1, '.') ? 2 : 1;
        }
        bool negative = false;
        if ((IsSymbol(p, '-') || IsSymbol(p, '\u2212')) && Has(p + 1) && tokens[p + 1].Kind == TokenKind.Number
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
        amount.CodeBefore = wordBefore;
        if (amount.Currency is { } glued && currency is not null && glued != currency)
        {
            return false;
        }
        amount.Negative = negative;
        amount.Currency = currency ?? amount.Currency;
        if (!amount.FitsScaledBy(1))
        {
            return false;
        }
        return true;
    }

    /// <summary>A currency word in lower case ("pounds"): "Euro 2024" is a name.</summary>
    private string? LowerCurrencyWord(int p) => QuantityLexicon.IsLowerWord(Span(p)) ? QuantityLexicon.CurrencyWord(Span(p)) : null;

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
        amount.Raw = ValueOf(p);
        amount.Multiplier = 1;
        amount.Last = p;
        amount.YearLike = t.Shape == NumeralShape.Plain && t.Length == 4 && amount.Raw is >= 1500 and <= 2199;
        int q = p + 1;
        if (Has(q) && tokens[q].Kind == TokenKind.Word && !tokens[q].SpaceBefore)
        {
            var suffix = WithoutPlus(Span(q), out bool plus);
            decimal? spelled = QuantityLexicon.NumberWord(suffix, out long glued) == NumberWordKind.Scale ? glued : null;
            if ((QuantityLexicon.SuffixMultiplier(suffix) ?? spelled) is { } multiplier)
            {
                // "4bn", "2m-plus", and "2.4billion" as British tabloids glue it.
                amount.Multiplier = multiplier;
                amount.HasMultiplier = true;
                amount.GluedPlus = plus;
                amount.Last = q;
                amount.YearLike = false;
                return true;
            }
            // Only unit abbreviations may be glued to digits; "1st", "3D", "1990s", "10am" are not figures.
            return suffix is "km" or "km2" or "sq" or "pc";
        }
        if (IsWord(q, "am") || IsWord(q, "pm") || (IsWord(q, "a") && IsSymbol(q + 1, '.') && IsWord(q + 2, "m")) || IsWord(q, "GMT"))
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
        else if (IsSymbol(q, '-') && !tokens[q].SpaceBefore && IsWord(q + 1) && !tokens[q + 1].SpaceBefore)
        {
            ReadCompound(q + 1, ref amount);
        }
        else if (IsWord(q) && EndsWithPlus(Span(q)))
        {
            // "2 million-plus": the multiplier and the bound hyphenated together after the number.
            ReadCompound(q, ref amount);
        }
        return true;
    }

    /// <summary>The bound glued to a number or its multiplier: "3,000-plus", "2 million-plus".</summary>
    private const string PlusSuffix = "-plus";

    /// <summary>A word without the "-plus" glued to its end ("million-plus", "m-plus"), and whether it had one.</summary>
    private static ReadOnlySpan<char> WithoutPlus(ReadOnlySpan<char> word, out bool plus)
    {
        plus = EndsWithPlus(word);
        return plus ? word[..^PlusSuffix.Length] : word;
    }

    private static bool EndsWithPlus(ReadOnlySpan<char> word) => word.EndsWith(PlusSuffix, StringComparison.Ordinal);

    /// <summary>
    /// A number used as an adjective, its words hyphenated after it: "a 3-billion-dollar deal", "a $20-million
    /// project", "a 1,300-kilometre border", "3,000-plus fighters", "a 5,000-strong force", "the 12,000-man army", "a
    /// 72-hour ceasefire". Other compounds ("a 40-page report", "a 7.8-magnitude earthquake", "a 15-year-old") make the
    /// number an adjective (<see cref="Amount.Adjectival"/>), which the scanner does not take for a figure.
    /// </summary>
    private void ReadCompound(int word, ref Amount amount)
    {
        var rest = Span(word);
        decimal multiplier = 1;
        string? currency = null;
        Unit? unit = null;
        bool plus = false;
        bool any = false;
        while (rest.Length > 0)
        {
            int hyphen = rest.IndexOf('-');
            var part = hyphen < 0 ? rest : rest[..hyphen];
            rest = hyphen < 0 ? default : rest[(hyphen + 1)..];
            if (!any && QuantityLexicon.NumberWord(part, out long scale) == NumberWordKind.Scale)
            {
                multiplier = scale;
            }
            else if (currency is null && unit is null && QuantityLexicon.CurrencyWord(part) is { } code)
            {
                currency = code;
            }
            else if (currency is null && unit is null && part is "kilometre" or "kilometer" or "km" or "mile")
            {
                unit = part is "mile" ? Unit.Mile : Unit.Kilometre;
            }
            else if (part is "plus" && rest.Length == 0)
            {
                plus = true;
            }
            else if (currency is null && unit is null && rest.Length == 0 && part is "strong" or "man" or "member" or "person")
            {
                // "a 5,000-strong force", "the 12,000-man army", "a 20-member delegation": people counted.
                unit = Unit.Person;
            }
            else if (currency is null && unit is null && rest.Length == 0 && QuantityLexicon.TryTimeUnit(part, out var period))
            {
                // "a 72-hour ceasefire", "a 100-day plan": how long.
                unit = Unit.Duration(period);
            }
            else if (part is "odd" && rest.Length == 0)
            {
                // "20-odd fighters": the number as stated.
            }
            else
            {
                amount.Adjectival = true;
                return;
            }
            any = true;
        }
        amount.Multiplier = multiplier;
        amount.HasMultiplier = multiplier != 1;
        amount.Currency = currency;
        amount.CompoundUnit = unit;
        amount.GluedPlus = plus;
        amount.YearLike = false;
        amount.Last = word;
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
            // "EUR3.5bn", "Rs5bn": a currency written against its amount names no thing.
            return !WordTable.IsCurrencyBeforeAmount(Span(p - 1));
        }
        if (p >= 2 && Span(p - 1) is "." && !before.SpaceBefore && tokens[p - 2].Kind == TokenKind.Word && char.IsAsciiDigit(text[tokens[p - 2].End - 1]))
        {
            // "Abc2.5 billion": the decimals of a number written into a word are no figure of their own.
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
        if (TryFractionOfScale(p, out decimal fraction, out long fractionScale, out int fractionLast))
        {
            amount.Raw = fraction;
            amount.Multiplier = fractionScale;
            amount.HasMultiplier = true;
            amount.Spelled = true;
            amount.Last = fractionLast;
            return true;
        }
        if ((IsWord(q, "a") || IsWord(q, "an")) && IsWord(q + 1) && TryTimeWord(q + 1, out _, out _))
        {
            // "under a week", "more than a decade": the article counts one unit of time.
            amount.Raw = 1;
            amount.Multiplier = 1;
            amount.Spelled = true;
            amount.Article = true;
            amount.Last = q;
            return true;
        }
        if (IsWord(q, "a") && IsWord(q + 1) && QuantityLexicon.NumberWord(Span(q + 1), out _) is NumberWordKind.Hundred or NumberWordKind.Scale or NumberWordKind.Dozen)
        {
            current = 1;
            previous = NumberWordKind.Unit;
            q++;
        }
        while (IsWord(q))
        {
            // "two million-plus": the last scale word may carry the bound.
            var kind = QuantityLexicon.NumberWord(WithoutPlus(Span(q), out bool plus), out long value);
            if (plus && kind != NumberWordKind.Scale)
            {
                break;
            }
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
            if (plus)
            {
                amount.GluedPlus = true;
                break;
            }
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
        bool bracketed = IsSymbol(r, '(');
        int digits = bracketed ? r + 1 : r;
        if (Has(digits) && tokens[digits].Kind == TokenKind.Number && ValueOf(digits) == total + current
            && (!bracketed || IsSymbol(digits + 1, ')')))
        {
            amount.Last = bracketed ? digits + 1 : digits;
        }
        return true;
    }

    /// <summary>
    /// A fraction or a mixed number of a scale word: "half a million", "three quarters of a million", "a quarter of a
    /// million", "one and a half million", "three and a half thousand".
    /// </summary>
    private bool TryFractionOfScale(int p, out decimal value, out long scale, out int last)
    {
        value = 0;
        scale = 1;
        last = p;
        decimal whole = 0;
        int q = ReadNumerator(p, out decimal numerator);
        if ((q > p && numerator > 1) || IsWord(p, "one"))
        {
            decimal n = numerator;
            if (IsWord(q, "and") && IsWord(q + 1, "a") && IsWord(q + 2) && QuantityLexicon.Fraction(Span(q + 2)) == 2)
            {
                whole = n;
                numerator = 1;
                q++;
            }
            else if (!IsWord(q) || QuantityLexicon.Fraction(Span(q)) == 0)
            {
                return false;
            }
        }
        if (IsWord(q, "a") && whole > 0)
        {
            q++;
        }
        int denominator = IsWord(q) ? QuantityLexicon.Fraction(Span(q)) : 0;
        if (denominator == 0)
        {
            return false;
        }
        q++;
        if (whole == 0)
        {
            if (IsWord(q, "of"))
            {
                q++;
            }
            if (!IsWord(q, "a"))
            {
                return false;
            }
            q++;
        }
        if (!IsWord(q) || QuantityLexicon.NumberWord(Span(q), out scale) is not (NumberWordKind.Scale or NumberWordKind.Hundred))
        {
            return false;
        }
        value = whole + (numerator / denominator);
        last = q;
        return true;
    }
}
