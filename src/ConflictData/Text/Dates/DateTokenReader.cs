using System;
using System.Buffers;

namespace ConflictData.Text;

/// <summary>
/// Reads one <see cref="DateToken"/> at a time, on demand, so scanning needs no token list proportional to the text.
/// </summary>
internal static class DateTokenReader
{
    /// <summary>The widest run of white space allowed inside one date phrase ("April 30 , 2019").</summary>
    private const int MaxGap = 8;

    /// <summary>The longest word the grammar knows ("thanksgiving").</summary>
    private const int LongestKnownWord = 12;

    /// <summary>The letters the known words start with; most other words are rejected on their first letter.</summary>
    private static readonly SearchValues<char> KnownInitials = SearchValues.Create("abcdefghijlmnopqrstuvwy");

    /// <summary>Reads the token that starts at <paramref name="position"/>, which must not be white space.</summary>
    internal static DateToken Read(string text, int position)
    {
        char first = text[position];
        int end = position + 1;
        if (char.IsAsciiDigit(first))
        {
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }
            return new DateToken(DateTokenKind.Number, position, end, DateWord.None, NumberValue(text, position, end), false, false);
        }
        if (char.IsLetter(first))
        {
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }
            DateToken word = ClassifyWord(text, position, end);
            return word.Word == DateWord.Unit && StartsCompound(text, end) ? Word(position, end, DateWord.None, 0, word.Capitalized) : word;
        }
        return new DateToken(DateTokenKind.Symbol, position, end, DateWord.None, first, false, false);
    }

    /// <summary>
    /// The start of the next token after a gap of white space at <paramref name="position"/>, or -1 when the text ends
    /// or the gap is too wide (more than a few characters, or a paragraph break) to sit inside one date phrase.
    /// </summary>
    internal static int SkipGap(string text, int position)
    {
        int lineBreaks = 0;
        int end = position;
        while (end < text.Length && Scanning.Lexer.IsSpace(text[end]))
        {
            if (text[end] == '\n')
            {
                lineBreaks++;
            }
            end++;
            if (end - position > MaxGap || lineBreaks > 1)
            {
                return -1;
            }
        }
        return end < text.Length ? end : -1;
    }

    /// <summary>The first position at or after <paramref name="position"/> that is not white space, as the one
    /// <see cref="Scanning.Lexer.IsSpace"/> defines it for both grammars (zero-width and soft-hyphen characters included).</summary>
    internal static int SkipWhiteSpace(string text, int position)
    {
        while (position < text.Length && Scanning.Lexer.IsSpace(text[position]))
        {
            position++;
        }
        return position;
    }

    /// <summary>Whether the token at <paramref name="start"/> continues a number, a currency amount or a word ("$2019", "1,2019", "A4").</summary>
    internal static bool FollowsNumberOrWord(string text, int start)
    {
        if (start == 0)
        {
            return false;
        }
        char before = text[start - 1];
        if (char.IsAsciiDigit(before) || char.IsLetter(before) || before is '$' or '\u00A3' or '\u20AC' or '\u00A5')
        {
            return true;
        }
        return before is ',' or '.' or '-' or '/' && start >= 2 && char.IsAsciiLetterOrDigit(text[start - 2]);
    }

    /// <summary>Whether the token ending at <paramref name="end"/> runs on into a number, percentage or word ("2019.5", "1990s", "2014%").</summary>
    internal static bool RunsOn(string text, int end)
    {
        if (end >= text.Length)
        {
            return false;
        }
        char after = text[end];
        if (char.IsLetterOrDigit(after) || after == '%')
        {
            return true;
        }
        return after is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]);
    }

    /// <summary>Whether a hyphen and a letter follow, as in "year-over-year" or "two-year-old", where a unit word is no date.</summary>
    private static bool StartsCompound(string text, int end) =>
        end + 1 < text.Length && text[end] == '-' && char.IsLetter(text[end + 1]);

    private static int NumberValue(string text, int start, int end)
    {
        if (end - start > 9)
        {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }
        return value;
    }

    private static DateToken ClassifyWord(string text, int start, int end)
    {
        bool capitalized = char.IsUpper(text[start]);
        if (end - start > LongestKnownWord)
        {
            return Word(start, end, DateWord.None, 0, capitalized);
        }
        Span<char> lower = stackalloc char[LongestKnownWord];
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (!char.IsAsciiLetter(c))
            {
                return Word(start, end, DateWord.None, 0, capitalized);
            }
            lower[i - start] = (char)(c | 0x20);
        }
        if (!KnownInitials.Contains(lower[0]))
        {
            return Word(start, end, DateWord.None, 0, capitalized);
        }
        ReadOnlySpan<char> word = lower[..(end - start)];
        return word switch
        {
            "january" => Word(start, end, DateWord.MonthName, 1, capitalized),
            "february" => Word(start, end, DateWord.MonthName, 2, capitalized),
            "march" => Word(start, end, DateWord.MonthName, 3, capitalized),
            "april" => Word(start, end, DateWord.MonthName, 4, capitalized),
            "may" => Word(start, end, DateWord.MonthName, 5, capitalized),
            "june" => Word(start, end, DateWord.MonthName, 6, capitalized),
            "july" => Word(start, end, DateWord.MonthName, 7, capitalized),
            "august" => Word(start, end, DateWord.MonthName, 8, capitalized),
            "september" => Word(start, end, DateWord.MonthName, 9, capitalized),
            "october" => Word(start, end, DateWord.MonthName, 10, capitalized),
            "november" => Word(start, end, DateWord.MonthName, 11, capitalized),
            "december" => Word(start, end, DateWord.MonthName, 12, capitalized),
            "jan" => Abbreviation(start, end, 1, capitalized),
            "feb" => Abbreviation(start, end, 2, capitalized),
            "mar" => Abbreviation(start, end, 3, capitalized),
            "apr" => Abbreviation(start, end, 4, capitalized),
            "jun" => Abbreviation(start, end, 6, capitalized),
            "jul" => Abbreviation(start, end, 7, capitalized),
            "aug" => Abbreviation(start, end, 8, capitalized),
            "sep" or "sept" => Abbreviation(start, end, 9, capitalized),
            "oct" => Abbreviation(start, end, 10, capitalized),
            "nov" => Abbreviation(start, end, 11, capitalized),
            "dec" => Abbreviation(start, end, 12, capitalized),
            "monday" => Word(start, end, DateWord.WeekdayName, 1, capitalized),
            "tuesday" => Word(start, end, DateWord.WeekdayName, 2, capitalized),
            "wednesday" => Word(start, end, DateWord.WeekdayName, 3, capitalized),
            "thursday" => Word(start, end, DateWord.WeekdayName, 4, capitalized),
            "friday" => Word(start, end, DateWord.WeekdayName, 5, capitalized),
            "saturday" => Word(start, end, DateWord.WeekdayName, 6, capitalized),
            "sunday" => Word(start, end, DateWord.WeekdayName, 7, capitalized),
            "one" => Word(start, end, DateWord.NumberWord, 1, capitalized),
            "two" => Word(start, end, DateWord.NumberWord, 2, capitalized),
            "three" => Word(start, end, DateWord.NumberWord, 3, capitalized),
            "four" => Word(start, end, DateWord.NumberWord, 4, capitalized),
            "five" => Word(start, end, DateWord.NumberWord, 5, capitalized),
            "six" => Word(start, end, DateWord.NumberWord, 6, capitalized),
            "seven" => Word(start, end, DateWord.NumberWord, 7, capitalized),
            "eight" => Word(start, end, DateWord.NumberWord, 8, capitalized),
            "nine" => Word(start, end, DateWord.NumberWord, 9, capitalized),
            "ten" => Word(start, end, DateWord.NumberWord, 10, capitalized),
            "eleven" => Word(start, end, DateWord.NumberWord, 11, capitalized),
            "twelve" => Word(start, end, DateWord.NumberWord, 12, capitalized),
            "a" or "an" => Word(start, end, DateWord.Article, 1, capitalized),
            "the" => Word(start, end, DateWord.The, 0, capitalized),
            "in" => Word(start, end, DateWord.In, 0, capitalized),
            "on" => Word(start, end, DateWord.On, 0, capitalized),
            "during" => Word(start, end, DateWord.During, 0, capitalized),
            "since" => Word(start, end, DateWord.Since, 0, capitalized),
            "as" => Word(start, end, DateWord.As, 0, capitalized),
            "of" => Word(start, end, DateWord.Of, 0, capitalized),
            "by" => Word(start, end, DateWord.By, 0, capitalized),
            "over" => Word(start, end, DateWord.Over, 0, capitalized),
            "within" => Word(start, end, DateWord.Within, 0, capitalized),
            "and" => Word(start, end, DateWord.And, 0, capitalized),
            "day" => Word(start, end, DateWord.Unit, (int)TimeUnit.Day, capitalized),
            "days" => new DateToken(DateTokenKind.Word, start, end, DateWord.Unit, (int)TimeUnit.Day, capitalized, false, plural: true),
            "week" => Word(start, end, DateWord.Unit, (int)TimeUnit.Week, capitalized),
            "weeks" => new DateToken(DateTokenKind.Word, start, end, DateWord.Unit, (int)TimeUnit.Week, capitalized, false, plural: true),
            "month" => Word(start, end, DateWord.Unit, (int)TimeUnit.Month, capitalized),
            "months" => new DateToken(DateTokenKind.Word, start, end, DateWord.Unit, (int)TimeUnit.Month, capitalized, false, plural: true),
            "year" => Word(start, end, DateWord.Unit, (int)TimeUnit.Year, capitalized),
            "years" => new DateToken(DateTokenKind.Word, start, end, DateWord.Unit, (int)TimeUnit.Year, capitalized, false, plural: true),
            "this" => Word(start, end, DateWord.This, 0, capitalized),
            "that" => Word(start, end, DateWord.That, 0, capitalized),
            "last" => Word(start, end, DateWord.Last, 0, capitalized),
            "past" => Word(start, end, DateWord.Past, 0, capitalized),
            "next" => Word(start, end, DateWord.Next, 0, capitalized),
            "earlier" => Word(start, end, DateWord.Earlier, 0, capitalized),
            "later" => Word(start, end, DateWord.Later, 0, capitalized),
            "early" => Word(start, end, DateWord.Early, 0, capitalized),
            "mid" => Word(start, end, DateWord.Mid, 0, capitalized),
            "late" => Word(start, end, DateWord.Late, 0, capitalized),
            "ago" => Word(start, end, DateWord.Ago, 0, capitalized),
            "end" => Word(start, end, DateWord.End, 0, capitalized),
            "beginning" or "start" => Word(start, end, DateWord.Beginning, 0, capitalized),
            "today" => Word(start, end, DateWord.Today, 0, capitalized),
            "yesterday" => Word(start, end, DateWord.Yesterday, -1, capitalized),
            "tomorrow" => Word(start, end, DateWord.Tomorrow, 1, capitalized),
            "st" or "nd" or "rd" or "th" => Word(start, end, DateWord.OrdinalSuffix, 0, capitalized),
            "between" => Word(start, end, DateWord.Between, 0, capitalized),
            "from" => Word(start, end, DateWord.From, 0, capitalized),
            "to" or "through" => Word(start, end, DateWord.To, 0, capitalized),
            "until" or "till" => Word(start, end, DateWord.Until, 0, capitalized),
            "for" => Word(start, end, DateWord.For, 0, capitalized),
            "now" => Word(start, end, DateWord.Now, 0, capitalized),
            "recent" => Word(start, end, DateWord.Recent, 0, capitalized),
            "coming" => Word(start, end, DateWord.Coming, 0, capitalized),
            "decade" => Word(start, end, DateWord.Decade, 0, capitalized),
            "half" => Word(start, end, DateWord.Half, 0, capitalized),
            "quarter" => Word(start, end, DateWord.Quarter, 0, capitalized),
            "first" => Word(start, end, DateWord.Ordinal, 1, capitalized),
            "second" => Word(start, end, DateWord.Ordinal, 2, capitalized),
            "third" => Word(start, end, DateWord.Ordinal, 3, capitalized),
            "fourth" => Word(start, end, DateWord.Ordinal, 4, capitalized),
            "fiscal" => Word(start, end, DateWord.Fiscal, 0, capitalized),
            "fy" => Word(start, end, DateWord.FiscalYearPrefix, 0, capitalized),
            "q" => Word(start, end, DateWord.QuarterPrefix, 0, capitalized),
            "spring" => Word(start, end, DateWord.Season, (int)NamedPeriod.Spring, capitalized),
            "summer" => Word(start, end, DateWord.Season, (int)NamedPeriod.Summer, capitalized),
            "autumn" or "fall" => Word(start, end, DateWord.Season, (int)NamedPeriod.Autumn, capitalized),
            "winter" => Word(start, end, DateWord.Season, (int)NamedPeriod.Winter, capitalized),
            "new" or "christmas" or "boxing" or "easter" or "good" or "ramadan" or "eid" or "thanksgiving" or "armistice"
                or "remembrance" or "halloween" or "valentine" => Word(start, end, DateWord.NamedDayStart, 0, capitalized),
            _ => Word(start, end, DateWord.None, 0, capitalized),
        };
    }

    private static DateToken Word(int start, int end, DateWord word, int value, bool capitalized) =>
        new(DateTokenKind.Word, start, end, word, value, capitalized, false);

    private static DateToken Abbreviation(int start, int end, int month, bool capitalized) =>
        new(DateTokenKind.Word, start, end, DateWord.MonthName, month, capitalized, true);
}
