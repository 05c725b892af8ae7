using System;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Unit words, the counted noun and the "(best estimate X)" after a figure.</content>
internal sealed partial class QuantityGrammar
{
    private bool TryUnit(ref int p, ref PhraseBuilder phrase, ref int resumeAt)
    {
        if (!MayStartUnit(p))
        {
            // Most figures are followed by their noun or a function word: one look-up instead of every test below.
            return phrase.TryResolveCurrency();
        }
        // "pc" is British newspapers' percent ("40pc of the budget").
        if (IsSymbol(p, '%') || IsWord(p, "percent") || IsWord(p, "pct") || IsWord(p, "pc"))
        {
            phrase.Unit = Unit.Percent;
            p++;
        }
        else if (IsWord(p, "per") && IsWord(p + 1, "cent"))
        {
            phrase.Unit = Unit.Percent;
            p += 2;
        }
        else if (TryMeasure(ref p, out var measure))
        {
            phrase.Unit = measure;
        }
        else if (IsWord(p, "bpd") || (IsWord(p, "b") && IsSymbol(p + 1, '/') && IsWord(p + 2, "d")))
        {
            // Barrels per day, as oil reporting abbreviates it.
            phrase.Unit = Unit.PerPeriod(Unit.Count("barrel"), TimeUnit.Day);
            p += IsWord(p, "bpd") ? 1 : 3;
        }
        else if (IsWord(p, "times") && !phrase.IsVague)
        {
            ReadMultipleOf(ref p, ref phrase);
        }
        else if (IsWord(p) && TryTimeWord(p, out var timeUnit, out int factor) && phrase.FitsScaledBy(factor))
        {
            if (IsWordOfWhen(p + 1))
            {
                // "two years ago" is a date, not a duration.
                resumeAt = p + 2;
                return false;
            }
            if (!IsWord(p + 1, "old"))
            {
                // "thirty years old" is an age: the number stays, without a unit of time.
                phrase.Unit = Unit.Duration(timeUnit);
                phrase.A.Multiplier *= factor;
                if (phrase.B is { } b)
                {
                    b.Multiplier *= factor;
                    phrase.B = b;
                }
                p++;
            }
        }
        else if (IsWord(p) && IsWord(p + 1) && QuantityLexicon.QualifiedCurrency(Span(p), Span(p + 1)) is { } qualified)
        {
            if (!phrase.TryAddCurrency(qualified))
            {
                return false;
            }
            p += 2;
        }
        else if (IsWord(p) && (QuantityLexicon.CurrencyWord(Span(p)) ?? QuantityLexicon.CurrencyCode(Span(p))) is { } code)
        {
            if (!phrase.TryAddCurrency(code))
            {
                return false;
            }
            p++;
        }
        return phrase.TryResolveCurrency();
    }

    /// <summary>
    /// Whether a unit of <see cref="TryUnit"/> may start at token <paramref name="p"/>: a symbol, a word of
    /// <see cref="QuantityLexicon.MayStartUnit"/>; false where every test of <see cref="TryUnit"/> would fail.
    /// </summary>
    private bool MayStartUnit(int p)
    {
        if (!Has(p))
        {
            return false;
        }
        ref readonly var token = ref tokens[p];
        return token.Kind == TokenKind.Symbol || (token.Kind == TokenKind.Word && QuantityLexicon.MayStartUnit(Span(p)));
    }

    /// <summary>A time unit word, or "decade(s)" as ten years: the unit and how many of it one word stands for.</summary>
    private bool TryTimeWord(int p, out TimeUnit unit, out int factor)
    {
        factor = 1;
        if (IsWord(p, "decade") || IsWord(p, "decades"))
        {
            unit = TimeUnit.Year;
            factor = 10;
            return true;
        }
        return QuantityLexicon.TryTimeUnit(Span(p), out unit) && !IsWord(p, "night") && !IsWord(p, "nights");
    }

    /// <summary>
    /// "fled over six weeks", "killed over three days": "over" before a duration is the period something happened in,
    /// not "more than" — unless a verb of lasting or a preposition comes before it ("lasted over six weeks", "for over
    /// two hours", "in over a decade"), where it is the hedge. The duration is then read on its own, from the number.
    /// </summary>
    private bool IsOverAPeriod(int p) =>
        IsWord(p, "over") && Has(p + 1) && (tokens[p + 1].Class & WordClass.Numeric) != 0 && IsWord(p + 2) && TryTimeWord(p + 2, out _, out _)
        && !(IsWord(p - 1) && QuantityLexicon.IsLastingWord(Span(p - 1)));

    /// <summary>"three times as many refugees", "ten times the size", "twice as high": a multiple, its reference kept.</summary>
    private void ReadMultipleOf(ref int p, ref PhraseBuilder phrase)
    {
        p++;
        string? reference = null;
        if (IsWord(p, "as") && (IsWord(p + 1, "many") || IsWord(p + 1, "much")))
        {
            p += 2;
            if (TryReference(p, out int last, out string found))
            {
                reference = found;
                p = last + 1;
            }
        }
        else if (IsWord(p, "as") && IsWord(p + 1) && QuantityLexicon.IsLowerWord(Span(p + 1)) && !QuantityLexicon.IsStopWord(Span(p + 1)))
        {
            p += 2;
        }
        else if (IsWord(p, "the") && TryReference(p, out int last, out string found))
        {
            reference = found;
            p = last + 1;
        }
        else if (IsWord(p, "more") || IsWord(p, "higher") || IsWord(p, "larger"))
        {
            p++;
        }
        phrase.Unit = reference is null ? Unit.Ratio() : Unit.Ratio(reference);
    }

    /// <summary>A rate's period after the figure or its noun: "a month", "per day", "each week", "a night".</summary>
    private void TryRate(ref int p, ref PhraseBuilder phrase)
    {
        if (IsRate(p) && QuantityLexicon.TryTimeUnit(Span(p + 1), out var period))
        {
            phrase.Period = period;
            p += 2;
        }
    }

    // "1.9m a year earlier": a unit of time that a word of time follows is when, not how often.
    private bool IsRate(int p) =>
        (IsWord(p, "per") || IsWord(p, "a") || IsWord(p, "an") || IsWord(p, "each") || IsWord(p, "every"))
        && IsWord(p + 1) && QuantityLexicon.TryTimeUnit(Span(p + 1), out _) && !Span(p + 1).EndsWith("s")
        && !IsWordOfWhen(p + 2);

    /// <summary>"ago", "earlier", "later": after a unit of time ("two years ago", "a year earlier") it says when.</summary>
    private bool IsWordOfWhen(int i) => IsWord(i, "ago") || IsWord(i, "earlier") || IsWord(i, "later");

    /// <summary>Areas and lengths in the spellings news uses, each kept in its own unit: nothing is converted.</summary>
    private bool TryMeasure(ref int p, out Unit unit)
    {
        unit = Unit.SquareKilometre;
        int q = p;
        bool square = false;
        if (IsWord(q, "square") || (IsWord(q, "sq") && !IsWord(q + 1, "ft")))
        {
            square = true;
            q += IsSymbol(q + 1, '.') ? 2 : 1;
        }
        if (!IsWord(q))
        {
            return false;
        }
        // "mi" is a length only after "square": alone it is as often an abbreviation of something else.
        var named = IsWord(q, "mi") && square ? Unit.Mile : QuantityLexicon.MeasureWord(Span(q));
        if (named is null)
        {
            return false;
        }
        if (named.Dimension == Dimension.Length)
        {
            bool squared = square || IsSymbol(q + 1, '²');
            unit = !squared ? named : named == Unit.Kilometre ? Unit.SquareKilometre : Unit.SquareMile;
            p = IsSymbol(q + 1, '²') ? q + 2 : q + 1;
            return true;
        }
        if (square)
        {
            return false;
        }
        unit = named;
        p = q + 1;
        return true;
    }

    /// <summary>
    /// Whether a figure with no noun is the subject of a verb said only of people: "1.9 million were displaced", "more
    /// than 5,600 had returned", "300 have been killed", "dozens were reportedly wounded", "thousands fled", "another
    /// 20,000 are expected to flee", "40 were forced to return". It counts people though no noun names them. Between the
    /// figure and the verb: a modal, an auxiliary, "been" or "being", one adverb of report or manner ("reportedly",
    /// "since", "seriously"), and a verb or adjective with "to" ("expected to", "likely to have").
    /// </summary>
    private bool IsSubjectOfPeopleVerb(int p)
    {
        int q = p;
        q += IsWord(q) && QuantityLexicon.IsModal(Span(q)) ? 1 : 0;
        q += IsWord(q) && QuantityLexicon.IsAuxiliary(Span(q)) ? 1 : 0;
        q += IsWord(q, "been") || IsWord(q, "being") ? 1 : 0;
        q += IsWord(q) && QuantityLexicon.IsAdverbBeforeVerb(Span(q)) ? 1 : 0;
        // "returned to their homes" is the verb itself; "expected to flee" leads to it.
        if (IsWord(q) && !QuantityLexicon.IsPeopleVerb(Span(q)) && IsWord(q + 1, "to") && QuantityLexicon.IsLowerWord(Span(q))
            && (Span(q).EndsWith("ed", StringComparison.Ordinal) || IsWord(q, "likely") || IsWord(q, "due") || IsWord(q, "set")))
        {
            q += IsWord(q + 2, "have") ? 3 : 2;
        }
        return IsWord(q) && QuantityLexicon.IsPeopleVerb(Span(q));
    }

    /// <summary>
    /// Whether a figure with no noun is the object of a verb done only to people: "the blast killed 15", "killing at least
    /// 20 and wounding 30", "police arrested 200", "claimed the lives of 300", "killed 15 of them". A part of something
    /// named after it ("killed 15 of the bills") is a part of that, not of people.
    /// </summary>
    /// <param name="first">The first token of the figure's phrase, its hedge included.</param>
    /// <param name="next">The token after the figure.</param>
    private bool IsObjectOfPeopleVerb(int first, int next) =>
        IsWord(first - 1) && (QuantityLexicon.IsPeopleObjectVerb(Span(first - 1)) || (IsWord(first - 1, "of") && IsWord(first - 2, "lives")))
        && (!IsWord(next, "of") || IsWord(next + 1, "them") || IsWord(next + 1, "whom"));

    /// <summary>
    /// The unit of a figure with no noun that says how large a count named before it is: a toll counts the dead ("the
    /// death toll rose to 1,234", "bringing the toll to more than 34,000", "a toll of 80", "the toll, officials said, rose
    /// to 300", "the toll is now in the hundreds"), as does a casualty figure ("the casualty figure is put at 80"); people
    /// and bodies of people count people ("refugees were estimated at 2.5 million", "the dead numbered 300", "the
    /// militia, which numbers 20,000", "the population rose to 3 million"); and "the number
    /// of" a plural counts that ("the number of attacks rose to 300"). Between the two: link words
    /// (<see cref="QuantityLexicon.IsSubjectLink"/>) and at most one parenthetical report between commas. A people noun
    /// needs a link that speaks of size ("rose", "at"): "refugees from 12" and "soldiers have 300" say nothing of it.
    /// </summary>
    /// <param name="first">The first token of the figure's phrase, its hedge included.</param>
    /// <param name="unit">The unit of what the figure counts.</param>
    private bool TryUnitOfSubject(int first, out Unit unit)
    {
        unit = ConflictData.Unit.Person;
        int q = first - 1;
        int links = 0;
        bool sized = false;
        bool parenthetical = false;
        while (q >= 0 && links < 5)
        {
            if (IsWord(q) && QuantityLexicon.IsSubjectLink(Span(q)))
            {
                sized |= !QuantityLexicon.IsAuxiliaryLink(Span(q));
                links++;
                q--;
            }
            else if (!parenthetical && links > 0 && TrySkipReport(q, out int before))
            {
                parenthetical = true;
                q = before;
            }
            else
            {
                break;
            }
        }
        if (links == 0 || !IsWord(q))
        {
            return false;
        }
        if (IsWord(q, "which") && IsSymbol(q - 1, ',') && IsWord(q - 2))
        {
            // "the militia, which numbers 20,000": the figure says the size of what the clause is about.
            q -= 2;
        }
        if (IsWord(q, "toll") || IsWord(q, "tolls") || (IsWord(q - 1) && QuantityLexicon.IsCasualtyCount(Span(q - 1), Span(q))))
        {
            return true;
        }
        if (!sized)
        {
            return false;
        }
        if (QuantityLexicon.IsPeopleNoun(Span(q)) || QuantityLexicon.IsBodyOfPeople(Span(q)))
        {
            return true;
        }
        return IsWord(q - 1, "of") && IsWord(q - 2, "number") && QuantityLexicon.IsLowerWord(Span(q)) && TryHead(Span(q), false, out unit);
    }

    /// <summary>
    /// A report set off by commas inside a clause, read backwards from its closing comma at <paramref name="comma"/>:
    /// ", officials said," or ", according to the ministry,"; <paramref name="before"/> is the token before its opening
    /// comma.
    /// </summary>
    private bool TrySkipReport(int comma, out int before)
    {
        before = -1;
        if (!IsSymbol(comma, ','))
        {
            return false;
        }
        for (int q = comma - 1; q >= 0 && q >= comma - 7; q--)
        {
            if (IsSymbol(q, ','))
            {
                bool report = (q < comma - 2 && IsWord(comma - 1) && QuantityLexicon.IsReportVerb(Span(comma - 1))) || IsWord(q + 1, "according");
                before = q - 1;
                return report;
            }
            if (!IsWord(q))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// The counted noun: up to three modifiers ("foreign", "IS", "hard-core", "T-72") before a head noun, stopping at a
    /// function word or punctuation other than quotes. A head is a people noun (unit person), a lower-case plural
    /// (unit: its singular, see <see cref="EnglishNouns"/>), or, when the value is exactly one, a lower-case singular;
    /// or a designation in the plural ("24 F-16s"), whose noun is kept without a unit, since its letters and digits name
    /// a model, not what kind of thing it is.
    /// </summary>
    private bool TryNoun(int p, bool singularAllowed, out int last, out Unit? unit, out string noun)
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
            if (t.Kind == TokenKind.Word && TryDesignation(q, out int designationLast, out bool plural))
            {
                first = first < 0 ? q : first;
                if (plural && !(IsWord(designationLast + 1) && TryHead(Span(designationLast + 1), false, out _)))
                {
                    last = designationLast;
                    unit = null;
                    noun = Normalized(first, last);
                    return true;
                }
                q = designationLast;
                words++;
                continue;
            }
            if (t.Kind != TokenKind.Word || QuantityLexicon.IsStopWord(Span(q)) || QuantityLexicon.IsNumberWord(Span(q)))
            {
                return false;
            }
            first = first < 0 ? q : first;
            if (TryHead(Span(q), singularAllowed && words == 0, out unit))
            {
                // "internally displaced people": a head may be followed by a head it modifies.
                while (words < 3 && IsWord(q + 1) && !QuantityLexicon.IsStopWord(Span(q + 1)) && EnglishNouns.Singular(Span(q + 1).ToString()) is not null
                       && TryHead(Span(q + 1), false, out var further))
                {
                    unit = further;
                    q++;
                    words++;
                }
                last = q;
                noun = Normalized(first, q);
                return true;
            }
            words++;
        }
        return false;
    }

    /// <summary>
    /// A model's designation: letters, a hyphen and a number with nothing between ("F-16", "T-72", "BMP-2", "Su-25SM",
    /// "MiG-29s", plural by the "s" written against the number), or a name and a number ("Leopard 2", "Boeing 737"),
    /// which is a designation only in the plural or before the counted noun ("14 Leopard 2 tanks", not "300 Marines 2
    /// weeks ago").
    /// </summary>
    private bool TryDesignation(int q, out int last, out bool plural)
    {
        last = q;
        plural = false;
        var letters = Span(q);
        if (!char.IsAsciiLetterUpper(letters[0]))
        {
            return false;
        }
        bool hyphened = letters.Length <= 4 && IsDash(q + 1) && !tokens[q + 1].SpaceBefore;
        int number = hyphened ? q + 2 : q + 1;
        if (!Has(number) || tokens[number].Kind != TokenKind.Number || tokens[number].SpaceBefore != !hyphened
            || (!hyphened && (tokens[number].Shape != NumeralShape.Plain || tokens[number].Length > 4)))
        {
            return false;
        }
        last = number;
        if (IsWord(number + 1) && !tokens[number + 1].SpaceBefore)
        {
            last = number + 1;
            plural = Span(last) is "s";
        }
        return hyphened || plural || (IsWord(last + 1) && TryHead(Span(last + 1), false, out _));
    }

    /// <summary>
    /// What a ratio refers to: optional determiners ("the", "its", "the country's"), then one lower-case noun, perhaps
    /// after one modifier (<see cref="IsModifierOfNext"/>); the reference is its singular ("the fighters" → fighter,
    /// "the population", "displaced people" → person).
    /// </summary>
    private bool TryReference(int p, out int last, out string reference)
    {
        last = -1;
        reference = "";
        int q = p;
        while (IsDeterminer(q) || IsPossessive(q))
        {
            q++;
        }
        // One word: the next is as likely a verb ("the population depends") as a noun, so it is not guessed at.
        if (!IsWord(q) || !QuantityLexicon.IsLowerWord(Span(q)) || QuantityLexicon.IsStopWord(Span(q)))
        {
            return false;
        }
        int candidate = IsModifierOfNext(q) ? q + 1 : q;
        string head = Span(candidate).ToString();
        reference = EnglishNouns.Singular(head) ?? head;
        last = candidate;
        return true;
    }

    /// <summary>A word that points to what a share is of: "the", "its", "their", "this", "all".</summary>
    private bool IsDeterminer(int q) => IsWord(q, "the") || IsWord(q, "its") || IsWord(q, "their") || IsWord(q, "this") || IsWord(q, "all");

    /// <summary>
    /// Whether the word at <paramref name="q"/> only modifies the noun after it: "as many displaced people", "one in five
    /// young men", "a third of the displaced families". That is taken only where the next word cannot be a verb — a
    /// people noun, or a plural after a participle — because a singular noun is as often followed by its verb
    /// ("the population depends"), whose third person looks like a plural.
    /// </summary>
    private bool IsModifierOfNext(int q)
    {
        if (!IsWord(q + 1) || !QuantityLexicon.IsLowerWord(Span(q + 1)) || QuantityLexicon.IsStopWord(Span(q + 1)))
        {
            return false;
        }
        var word = Span(q);
        if (EnglishNouns.Singular(word.ToString()) is not null)
        {
            // A plural is the noun itself ("as many refugees"), whatever follows it.
            return false;
        }
        if (QuantityLexicon.IsPeopleNoun(Span(q + 1)))
        {
            return true;
        }
        bool participle = word.EndsWith("ed") || word.EndsWith("ing");
        return participle && EnglishNouns.Singular(Span(q + 1).ToString()) is not null;
    }

    private static bool TryHead(ReadOnlySpan<char> word, bool singularAllowed, out Unit unit)
    {
        unit = Unit.Person;
        if (QuantityLexicon.IsPeopleNoun(word))
        {
            return true;
        }
        if (word.Equals("times", StringComparison.OrdinalIgnoreCase))
        {
            // "three times as many": the unit reader's multiplier. Counted ("dozens of times"), it would be written back
            // as "24-120 times", which reads as a multiple, so a count of occasions is left unnamed.
            return false;
        }
        if (!QuantityLexicon.IsLowerWord(word))
        {
            // "Syrians", "Iraqis", "Sudanese", "Frenchmen", "Alawites", "Islamists", "Kurds": a people, faith or faction
            // named by a capitalised plural counts persons.
            return QuantityLexicon.IsPeopleName(word)
                || (word.Length >= 5 && char.IsUpper(word[0]) && IsLowerTail(word[1..])
                    && (word.EndsWith("ans") || word.EndsWith("is") || word.EndsWith("ites") || word.EndsWith("ists")
                        || (word.Length >= 6 && word.EndsWith("ese")) || (word.Length >= 7 && word.EndsWith("men"))));
        }
        if (word[^1] != 's' && !word.Contains('-') && !singularAllowed && !EnglishNouns.IsInvariant(word))
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

    private static bool IsLowerTail(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (c is not (>= 'a' and <= 'z'))
            {
                return false;
            }
        }
        return true;
    }

    private decimal? TryBest(ref int p, string? currency)
    {
        if (!(IsSymbol(p, '(') && IsWord(p + 1, "best") && IsWord(p + 2, "estimate")))
        {
            return null;
        }
        int ignored = p;
        if (!TryAmount(p + 3, allowAnd: true, out var best, ref ignored) || !IsSymbol(best.Last + 1, ')')
            || (best.Currency is not null && best.Currency != currency))
        {
            return null;
        }
        p = best.Last + 2;
        return best.Value;
    }
}
