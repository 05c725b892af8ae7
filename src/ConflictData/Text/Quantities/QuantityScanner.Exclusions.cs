using System;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>
/// What running text holds that the grammar reads but that is not a figure: years ("in 2014", "2014-16"), days of a
/// month ("March 12", "12 March"), ages ("aged 45", "a 12-year-old"), numbers made adjectives ("a 40-page report"),
/// spelled numbers that count nothing ("part one", "one of them", "the two groups"), and numbers that belong to a name
/// ("Resolution 2254", "Route 66"). The parser reads such phrases when asked for one phrase; only the scanner, which
/// meets them in running text, refuses them.
/// </content>
public sealed partial class QuantityScanner
{
    private static bool IsExcluded(string text, TokenStream tokens, int start, in PhraseBuilder phrase)
    {
        if (phrase.IsVague)
        {
            return false;
        }
        var a = phrase.A;
        bool hedged = phrase.HasPrefixHedge || phrase.HasPostfixHedge;
        bool unitless = phrase.Unit is null && phrase.Currency is null;
        int before = a.First - 1;
        if (!hedged && IsWordWhere(text, tokens, before, QuantityLexicon.IsNameContext))
        {
            return true;
        }
        if (!hedged && a.CodeBefore && !a.HasMultiplier && phrase.B is null && a.Raw < 100 && decimal.IsInteger(a.Raw))
        {
            // "COP 26", "ALL 3": a code before a small bare number is a name, not an amount of money.
            return true;
        }
        if (!hedged && a.Article && !IsWordWhere(text, tokens, before, QuantityLexicon.IsDurationVerb))
        {
            // "postponed by a year": an article is a figure only under a hedge ("more than a decade") or as the
            // object of a verb of time ("spent a year", "took a decade").
            return true;
        }
        if (!hedged && unitless && phrase.Noun is null && !a.HasMultiplier && !a.Spelled && IsNameNumber(text, tokens, a.First, phrase.B?.Last ?? a.Last))
        {
            return true;
        }
        if (!hedged && unitless && phrase.Noun is null && (a.Adjectival || phrase.B is { Adjectival: true }))
        {
            // "a 40-page report": the number describes the report.
            return true;
        }
        if (phrase.B is not { } b)
        {
            if (!hedged && unitless && (IsWordWhere(text, tokens, before, QuantityLexicon.IsMonth) || IsWordWhere(text, tokens, a.Last + 1, QuantityLexicon.IsMonth)))
            {
                return true;
            }
            if (!hedged && unitless && a.YearLike && phrase.NounUnit != Unit.Person)
            {
                return true;
            }
            return a.Spelled && !hedged
                && ((phrase.Unit is null && phrase.Currency is null && phrase.NounUnit is null && phrase.Noun is null) || IsWordWhere(text, tokens, start - 1, static w => w.Equals("the", StringComparison.OrdinalIgnoreCase)));
        }
        return unitless && phrase.Noun is null && !phrase.HasPrefixHedge && a.YearLike && (b.YearLike || b.Raw < 100);
    }

    /// <summary>
    /// A bare number that names or labels rather than counts: beside a capitalised word or an acronym ("Boeing 737",
    /// "10 Downing Street", "Unit 8200", "COP 26"), an age between commas ("Ahmed, 34, said"), one of a run of numbers (a phone number
    /// "+44 20 7946 0958"), or a score ("3-1", "2-2").
    /// </summary>
    private static bool IsNameNumber(string text, TokenStream tokens, int first, int last)
    {
        // A name word has a capital anywhere ("Boeing", "iPhone", "COP") and cannot open a phrase ("Between" can); a
        // function word capitalised at the start of a sentence ("Another 20,000", "Only 300") names nothing.
        bool Capitalised(int i) => i >= 0 && tokens.Exists(i) && tokens[i].Kind == TokenKind.Word
            && ((tokens[i].Class & WordClass.Starter) == 0 || QuantityLexicon.IsAcronym(text.AsSpan(tokens[i].Start, tokens[i].Length)))
            && text.AsSpan(tokens[i].Start, tokens[i].Length).IndexOfAnyInRange('A', 'Z') >= 0
            && !QuantityLexicon.IsStopWord(text.AsSpan(tokens[i].Start, tokens[i].Length));
        bool Is(int i, string symbol) => i >= 0 && tokens.Exists(i) && text.AsSpan(tokens[i].Start, tokens[i].Length).SequenceEqual(symbol);
        bool Number(int i) => i >= 0 && tokens.Exists(i) && tokens[i].Kind == TokenKind.Number;
        if (Capitalised(first - 1) || Capitalised(last + 1))
        {
            return true;
        }
        if (Is(first - 1, ",") && Is(last + 1, ","))
        {
            return true;
        }
        if (Number(first - 1) || Number(last + 1) || Is(first - 1, "+"))
        {
            return true;
        }
        if ((Is(last + 1, "-") && Number(last + 2)) || (Is(first - 1, "-") && Number(first - 2)))
        {
            // "a 2-2 draw": a score, which the grammar does not read as a range when its ends are equal.
            return true;
        }
        if (!tokens[first].SpaceBefore && Is(first - 1, ".") && first >= 2 && tokens[first - 2].Kind == TokenKind.Word && !tokens[first - 1].SpaceBefore)
        {
            // "PM2.5": the decimals of a name.
            return true;
        }
        return last > first && Is(first + 1, "-") && Lexer.ValueOf(text, tokens[first]) < 100 && Lexer.ValueOf(text, tokens[last]) < 100;
    }

    /// <summary>
    /// A person's age, which describes someone rather than counting anything: "aged 45", "aged between 18 and 25", "a
    /// 12-year-old boy", "a six-month-old baby", "60 years of age". A hedged age without "aged" ("more than thirty
    /// years old") is left to be read: it bounds a number of years as any hedged figure does.
    /// </summary>
    private static bool IsAge(string text, TokenStream tokens, int first, int last, in PhraseBuilder phrase)
    {
        bool duration = phrase.Unit is { Dimension: Dimension.Duration };
        if (phrase.Currency is not null || phrase.Noun is not null || !(phrase.Unit is null || duration))
        {
            return false;
        }
        // "aged 45", and "aged over 60 years", where "over" a period of time is no hedge of the figure.
        if (IsWordWhere(text, tokens, first - 1, IsAged) || (IsWordWhere(text, tokens, first - 2, IsAged) && tokens[first - 1].Kind == TokenKind.Word))
        {
            return true;
        }
        if (phrase.HasPrefixHedge || phrase.HasPostfixHedge)
        {
            return false;
        }
        var after = text.AsSpan(tokens[last].End);
        after = after[..Math.Min(after.Length, 24)];
        if (after.Length == 0 || !(after[0] is '-' or ' '))
        {
            return false;
        }
        after = after[1..];
        if (!duration)
        {
            // The unit of time is still to come: "12-year-old", "five years old".
            int unit = after.IndexOfAny('-', ' ');
            if (unit <= 0 || !QuantityLexicon.TryTimeUnit(after[..unit], out var timeUnit) || timeUnit == TimeUnit.Hour)
            {
                return false;
            }
            after = after[(unit + 1)..];
        }
        return after.StartsWith("old", StringComparison.OrdinalIgnoreCase) || after.StartsWith("of age", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAged(ReadOnlySpan<char> word) => word.Equals("aged", StringComparison.OrdinalIgnoreCase);

    private static bool IsWordWhere(string text, TokenStream tokens, int i, Func<ReadOnlySpan<char>, bool> test) =>
        i >= 0 && tokens.Exists(i) && tokens[i].Kind == TokenKind.Word && test(text.AsSpan(tokens[i].Start, tokens[i].Length));
}
