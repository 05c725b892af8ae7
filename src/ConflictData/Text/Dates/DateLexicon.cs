using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <summary>
/// The words the date grammar knows, lower case, with what each is to it. They are not looked up here: the
/// <see cref="WordTable"/> merges them with the quantity grammar's words, so the lexer classifies each word once and
/// every <see cref="Token"/> carries its date meaning.
/// </summary>
internal static class DateLexicon
{
    internal static readonly FrozenDictionary<string, WordEntry> Words = Build();

    private static FrozenDictionary<string, WordEntry> Build()
    {
        var words = new Dictionary<string, WordEntry>(StringComparer.Ordinal);
        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int i = 0; i < months.Length; i++)
        {
            words[months[i]] = WordEntry.ForDate(DateWord.MonthName, i + 1);
        }
        foreach (var (abbreviation, month) in (ReadOnlySpan<(string, int)>)[("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6),
            ("jul", 7), ("aug", 8), ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12)])
        {
            words[abbreviation] = WordEntry.ForDate(DateWord.MonthName, month, WordForm.Abbreviated);
        }
        string[] weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int i = 0; i < weekdays.Length; i++)
        {
            words[weekdays[i]] = WordEntry.ForDate(DateWord.WeekdayName, i + 1);
        }
        string[] numbers = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
        for (int i = 0; i < numbers.Length; i++)
        {
            words[numbers[i]] = WordEntry.ForDate(DateWord.NumberWord, i + 1);
        }
        foreach (var (word, unit) in QuantityLexicon.TimeUnitWords)
        {
            // The calendar counts in the units named by their own code ("day", "days"): not in nights, and dates have no hours.
            string name = Unit.TimeUnitCode(unit);
            if (unit != TimeUnit.Hour && word.StartsWith(name, StringComparison.Ordinal))
            {
                words[word] = WordEntry.ForDate(DateWord.Unit, (int)unit, word.Length > name.Length ? WordForm.Plural : WordForm.None);
            }
        }
        foreach (var (ordinal, value) in (ReadOnlySpan<(string, int)>)[("first", 1), ("second", 2), ("third", 3), ("fourth", 4)])
        {
            words[ordinal] = WordEntry.ForDate(DateWord.Ordinal, value);
        }
        foreach (var (season, period) in (ReadOnlySpan<(string, NamedPeriod)>)[("spring", NamedPeriod.Spring), ("summer", NamedPeriod.Summer),
            ("autumn", NamedPeriod.Autumn), ("fall", NamedPeriod.Autumn), ("winter", NamedPeriod.Winter)])
        {
            words[season] = WordEntry.ForDate(DateWord.Season, (int)period);
        }
        foreach (var (word, date, value) in (ReadOnlySpan<(string, DateWord, int)>)[
            ("a", DateWord.Article, 1), ("an", DateWord.Article, 1), ("the", DateWord.The, 0), ("in", DateWord.In, 0),
            ("on", DateWord.On, 0), ("during", DateWord.During, 0), ("since", DateWord.Since, 0), ("as", DateWord.As, 0),
            ("of", DateWord.Of, 0), ("by", DateWord.By, 0), ("over", DateWord.Over, 0), ("within", DateWord.Within, 0),
            ("and", DateWord.And, 0), ("this", DateWord.This, 0), ("that", DateWord.That, 0), ("last", DateWord.Last, 0),
            ("past", DateWord.Past, 0), ("next", DateWord.Next, 0), ("earlier", DateWord.Earlier, 0), ("later", DateWord.Later, 0),
            ("early", DateWord.Early, 0), ("mid", DateWord.Mid, 0), ("late", DateWord.Late, 0), ("ago", DateWord.Ago, 0),
            ("end", DateWord.End, 0), ("beginning", DateWord.Beginning, 0), ("start", DateWord.Beginning, 0),
            ("today", DateWord.Today, 0), ("yesterday", DateWord.Yesterday, -1), ("tomorrow", DateWord.Tomorrow, 1),
            ("st", DateWord.OrdinalSuffix, 0), ("nd", DateWord.OrdinalSuffix, 0), ("rd", DateWord.OrdinalSuffix, 0),
            ("th", DateWord.OrdinalSuffix, 0), ("between", DateWord.Between, 0), ("from", DateWord.From, 0), ("to", DateWord.To, 0),
            ("through", DateWord.To, 0), ("until", DateWord.Until, 0), ("till", DateWord.Until, 0), ("for", DateWord.For, 0),
            ("now", DateWord.Now, 0), ("recent", DateWord.Recent, 0), ("coming", DateWord.Coming, 0), ("decade", DateWord.Decade, 0),
            ("half", DateWord.Half, 0), ("quarter", DateWord.Quarter, 0), ("fiscal", DateWord.Fiscal, 0),
            ("fy", DateWord.FiscalYearPrefix, 0), ("q", DateWord.PartPrefix, 4), ("h", DateWord.PartPrefix, 2), ("weekend", DateWord.Weekend, 0),
            ("overnight", DateWord.Overnight, 0), ("fortnight", DateWord.Fortnight, 0)])
        {
            words[word] = WordEntry.ForDate(date, value);
        }
        words["fortnights"] = WordEntry.ForDate(DateWord.Fortnight, 0, WordForm.Plural);
        foreach (string first in (ReadOnlySpan<string>)["new", "christmas", "boxing", "easter", "good", "ramadan", "eid", "thanksgiving",
            "armistice", "remembrance", "halloween", "valentine"])
        {
            words[first] = WordEntry.ForDate(DateWord.NamedDayStart);
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
