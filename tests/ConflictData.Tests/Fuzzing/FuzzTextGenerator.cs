using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ConflictData.Text;
using NodaTime;

namespace ConflictData.Tests.Fuzzing;

/// <summary>
/// Composes English-like texts from <see cref="FuzzVocabulary"/>: hedged figures with numerals in every separator
/// and size, number words, currencies, units, nouns, links ("and", "to", "-"), dates, punctuation, negative signs,
/// unicode spaces and broken UTF-16. One seed gives one text, as a list of pieces the shrinker can drop.
/// </summary>
internal static class FuzzTextGenerator
{
    private static readonly string[] Spaces = [" ", " ", " ", " ", "  ", "\u00A0", "\u2009", "\u202F", "\u200B", "\n", "\t", "\u3000", ""];

    private static readonly string[] GroupSeparators = [",", ",", "\u00A0", "\u202F", "\u2009", " ", ".", "'", ",\\"];

    private static readonly string[] Links = ["and", "to", "-", "\u2013", "or", ",", "between", "from", "and up to", "of", "per", "a", "an", "each"];

    private static readonly string[] Punctuation = [".", ",", ";", ":", "(", ")", "\"", "'", "\u201C", "\u201D", "!", "?", "/", "%", "²", "+", "*"];

    private static readonly string[] Negatives = ["-", "\u2212", "minus ", "negative ", "- ", "--"];

    private static readonly string[] Symbols = ["$", "£", "€", "¥", "₹", "US$", "A$", "NZ$", "C$", "HK$"];

    private static readonly string[] Suffixes = ["k", "K", "m", "mn", "M", "bn", "b", "B", "tn", "km", "km2", "sq", "st", "th", "s", "am", "pm"];

    private static readonly string[] UnitPhrases =
        ["percent", "%", "per cent", "pct", "sq km", "sq. km", "square kilometres", "square kilometers", "km2", "km²",
         "per month", "a year", "every day", "each week", "years ago", "years old", "or so", "or more", "plus", "(best estimate 40,000)"];

    private static readonly string[] DatePhrases =
        ["last August", "this year", "two years ago", "mid-March", "early 2019", "late last year", "since 2014", "as of October 2017",
         "on Friday", "in the summer", "2019-05-02", "22-07-2017", "9/11", "7:25 pm", "the 1990s", "March 12, 2019", "1st", "F-16"];

    private static readonly string[] Strange = ["\uD800", "\uDC00", "\uDBFF\uDFFF", "\uFFFD", "\u0000", "\u00AD", "\uFEFF", "\u202E", "é", "ß", "İ", "ı", "🙂", "١٢٣"];

    /// <summary>The pieces of the text for <paramref name="seed"/>; their concatenation is the text.</summary>
    internal static List<string> Pieces(int seed)
    {
        var random = new Random(seed);
        var pieces = new List<string>();
        int phrases = random.Next(1, 7);
        for (int i = 0; i < phrases; i++)
        {
            if (i > 0)
            {
                pieces.Add(Pick(random, Spaces));
                if (random.Next(3) == 0)
                {
                    pieces.Add(Pick(random, Links));
                    pieces.Add(Pick(random, Spaces));
                }
            }
            AddPhrase(random, pieces);
        }
        if (random.Next(4) == 0)
        {
            pieces.Add(Pick(random, Punctuation));
        }
        return pieces;
    }

    private static void AddPhrase(Random random, List<string> pieces)
    {
        switch (random.Next(10))
        {
            case 0:
                pieces.Add(Date(random));
                return;
            case 1:
                pieces.Add(Word(random));
                return;
            case 2:
                pieces.Add(Pick(random, Strange));
                return;
            case 3:
                pieces.Add(Pick(random, Punctuation));
                return;
        }
        // A figure: hedge, sign, currency, number, unit, noun.
        if (random.Next(2) == 0)
        {
            string hedge = Pick(random, FuzzVocabulary.HedgePhrases);
            int gap = hedge.IndexOf('…', StringComparison.Ordinal);
            if (gap >= 0)
            {
                pieces.Add(hedge[..gap]);
                AddAmount(random, pieces);
                pieces.Add(hedge[(gap + 1)..]);
                pieces.Add(" ");
            }
            else
            {
                pieces.Add(hedge);
                pieces.Add(Pick(random, Spaces));
            }
        }
        AddAmount(random, pieces);
        if (random.Next(3) == 0)
        {
            pieces.Add(Pick(random, Spaces));
            pieces.Add(Pick(random, Links));
            pieces.Add(Pick(random, Spaces));
            AddAmount(random, pieces);
        }
        if (random.Next(3) == 0)
        {
            pieces.Add(Pick(random, Spaces));
            pieces.Add(Pick(random, UnitPhrases));
        }
        int nouns = random.Next(3);
        for (int n = 0; n < nouns; n++)
        {
            pieces.Add(Pick(random, Spaces));
            pieces.Add(Noun(random));
        }
    }

    private static void AddAmount(Random random, List<string> pieces)
    {
        if (random.Next(6) == 0)
        {
            pieces.Add(Pick(random, Negatives));
        }
        switch (random.Next(8))
        {
            case 0:
                pieces.Add(Pick(random, Symbols));
                break;
            case 1:
                pieces.Add(Pick(random, FuzzVocabulary.CurrencyCodes));
                pieces.Add(Pick(random, Spaces));
                break;
        }
        if (random.Next(3) == 0)
        {
            pieces.Add(NumberWords(random));
        }
        else
        {
            pieces.Add(Numeral(random));
            if (random.Next(4) == 0)
            {
                pieces.Add((random.Next(2) == 0 ? "" : " ") + Pick(random, Suffixes));
            }
        }
        if (random.Next(5) == 0)
        {
            pieces.Add(" " + Pick(random, FuzzVocabulary.CurrencyWords));
        }
    }

    /// <summary>Digits from one to thirty-one, grouped by any separator, often with decimals, sometimes past decimal's range.</summary>
    private static string Numeral(Random random)
    {
        var text = new StringBuilder();
        int size = random.Next(8) == 0 ? random.Next(20, 32) : random.Next(1, 8);
        string separator = random.Next(2) == 0 ? "" : Pick(random, GroupSeparators);
        int head = separator.Length == 0 ? size : 1 + random.Next(3);
        text.Append((char)('0' + random.Next(random.Next(10) == 0 ? 0 : 1, 10)));
        for (int i = 1; i < head; i++)
        {
            text.Append((char)('0' + random.Next(10)));
        }
        for (int done = head; separator.Length > 0 && done < size; done += 3)
        {
            text.Append(separator);
            for (int i = 0; i < 3; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }
        }
        if (random.Next(4) == 0)
        {
            text.Append('.');
            int decimals = random.Next(10) == 0 ? random.Next(20, 31) : random.Next(1, 4);
            for (int i = 0; i < decimals; i++)
            {
                text.Append((char)('0' + random.Next(10)));
            }
        }
        return text.ToString();
    }

    private static string Digits(Random random, int count)
    {
        var digits = new char[count];
        for (int i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }
        return new string(digits);
    }

    private static string NumberWords(Random random)
    {
        int count = random.Next(1, 5);
        var words = new string[count];
        for (int i = 0; i < count; i++)
        {
            words[i] = Pick(random, FuzzVocabulary.NumberWords);
        }
        string joiner = random.Next(6) == 0 ? "-" : random.Next(6) == 0 ? " and " : " ";
        string text = string.Join(joiner, words);
        return random.Next(8) == 0 ? "a " + text : text;
    }

    private static string Noun(Random random) => random.Next(6) switch
    {
        0 => Pick(random, FuzzVocabulary.PeopleNouns),
        1 => QuantityFormatter.CountWord(Pick(random, FuzzVocabulary.CountEntities), isSingular: random.Next(3) == 0),
        2 => Pick(random, FuzzVocabulary.TimeUnits),
        3 => Pick(random, FuzzVocabulary.StopWords),
        4 => Pick(random, FuzzVocabulary.CurrencyWords),
        _ => Word(random),
    };

    private static string Word(Random random)
    {
        string word = random.Next(3) == 0 ? Pick(random, FuzzVocabulary.Months) : Pick(random, FuzzVocabulary.OtherWords);
        return random.Next(8) switch
        {
            0 => word.ToUpperInvariant(),
            1 => char.ToUpperInvariant(word[0]) + word[1..],
            _ => word,
        };
    }

    private static string Date(Random random)
    {
        if (random.Next(2) == 0)
        {
            return Pick(random, DatePhrases);
        }
        var range = Range(random);
        return random.Next(3) == 0 ? DateFormatter.Format(ReferenceTime.Since(range)) : DateFormatter.Format(range);
    }

    /// <summary>A day, month, year or span from year 1 to 9999, mostly near the present.</summary>
    internal static DateRange Range(Random random)
    {
        int year = random.Next(4) == 0 ? random.Next(1, 10_000) : random.Next(1990, 2030);
        var start = new LocalDate(year, random.Next(1, 13), 1).PlusDays(random.Next(28));
        return random.Next(4) switch
        {
            0 => DateRange.Day(start),
            1 => DateRange.Month(start.Year, start.Month),
            2 => DateRange.Year(start.Year),
            _ => start.Year >= 9998 ? DateRange.Day(start) : DateRange.Span(start, start.PlusDays(random.Next(1, 400))),
        };
    }

    /// <summary>A quantity over decimal's whole range in a unit the vocabulary names, for the format-then-parse identity.</summary>
    internal static Quantity Quantity(Random random)
    {
        Unit unit = random.Next(7) switch
        {
            0 => Unit.Person,
            1 => Unit.Count(Pick(random, FuzzVocabulary.CountEntities)),
            2 => Unit.Money(new Currency(Pick(random, FuzzVocabulary.CurrencyCodes))),
            3 => Unit.SquareKilometre,
            4 => Unit.Percent,
            5 => Unit.PerPeriod((TimeUnit)random.Next(4)),
            _ => Unit.Duration((TimeUnit)random.Next(4)),
        };
        decimal a = Number(random, unit.AllowsNegative);
        decimal b = Number(random, unit.AllowsNegative);
        (decimal low, decimal high) = a <= b ? (a, b) : (b, a);
        RangedValue? value = random.Next(6) switch
        {
            0 => RangedValue.Exact(low),
            1 => RangedValue.Between(low, high, random.Next(2) == 0 ? low : null),
            2 => RangedValue.MoreThan(low),
            3 => RangedValue.AtMost(high),
            4 => RangedValue.TryCreate(Bound.Exclusive(low), Bound.Inclusive(high), null, out var half, out _) ? half : null,
            _ => RangedValue.TryCreate(Bound.Inclusive(low), Bound.Exclusive(high), null, out var other, out _) ? other : null,
        };
        return value is not null && ConflictData.Quantity.TryCreate(value, unit, out var quantity, out _) ? quantity : ConflictData.Quantity.Exact(0, unit);
    }

    private static decimal Number(Random random, bool signed)
    {
        decimal magnitude = random.Next(4) switch
        {
            0 => random.Next(0, 1000),
            1 => new decimal(random.Next(), random.Next(), random.Next(), false, (byte)random.Next(0, 29)),
            2 => new decimal(random.Next(), random.Next(100), 0, false, (byte)random.Next(0, 4)),
            _ => decimal.TryParse(Digits(random, random.Next(1, 30)), NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : decimal.MaxValue,
        };
        return signed && random.Next(2) == 0 ? -magnitude : magnitude;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static string Pick(Random random, ImmutableArray<string> items) => items[random.Next(items.Length)];
}
