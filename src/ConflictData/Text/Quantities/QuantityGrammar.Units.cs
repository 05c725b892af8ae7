using System;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Unit words, the counted noun and the "(best estimate X)" after a figure.</content>
internal sealed partial class QuantityGrammar
{
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
}
