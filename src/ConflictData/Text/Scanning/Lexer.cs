using System;
using System.Runtime.CompilerServices;

namespace ConflictData.Text.Scanning;

/// <summary>
/// Splits text into words, numerals and symbols in one forward pass: every character is looked at a bounded number
/// of times, so the cost is linear in the text whatever it holds.
/// </summary>
/// <remarks>
/// <para>White space is anything <see cref="char.IsWhiteSpace(char)"/> calls so (line breaks and non-breaking spaces
/// included) plus zero-width and soft-hyphen characters, which copy-pasted articles are full of.</para>
/// <para>Numerals: ASCII digits; thousands groups of exactly three digits after a comma, a non-breaking or thin
/// space, or an ordinary space unless a month's name comes before ("45,000", "10\u00A0000", "10 000", but "March 5
/// 200"); a stray backslash after the comma is read as noise ("2,\000" is 2,000, as a CMS escaping bug printed it);
/// decimals after a point. A numeral that <see cref="decimal"/> cannot hold exactly (above
/// <see cref="decimal.MaxValue"/>, or more than 28 digits after the point) overflows and is marked so; every other
/// numeral, and so everything <see cref="QuantityFormatter"/> writes, reads to its exact value.</para>
/// </remarks>
internal static class Lexer
{
    // Decimal's limits: 29 significant digits up to decimal.MaxValue, and 28 after the point.
    private const int MaxDigits = 29;
    private const int MaxDecimals = 28;

    /// <summary>Reads the next token at or after <paramref name="i"/>; false at the end of the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="i">Where to start; moved past the token.</param>
    /// <param name="space">Whether white space came before; true at the start of the text.</param>
    /// <param name="token">The token read.</param>
    internal static bool TryNext(string text, ref int i, ref bool space, out Token token)
    {
        // The position and the space flag live in locals while the token is read; the callers' copies are often fields.
        int at = i;
        int n = text.Length;
        bool spaced = space;
        while (at < n && IsSpace(text[at]))
        {
            spaced = true;
            at++;
        }
        if (at >= n)
        {
            i = at;
            space = spaced;
            token = default;
            return false;
        }
        int start = at;
        char c = text[at];
        if (char.IsAsciiDigit(c))
        {
            at = ReadNumeral(text, at, out NumeralShape shape);
            token = new Token(TokenKind.Number, start, at, spaced, WordClass.Starter | WordClass.Numeric, shape);
        }
        else if (IsLetter(c))
        {
            at = ReadWord(text, at, out ulong packed);
            var word = text.AsSpan(start, at - start);
            if (packed != 0 && !WordTable.IsCurrencyCode(word))
            {
                // Most words: the token takes its fields from the table entry where it lies.
                token = new Token(TokenKind.Word, start, at, spaced, in WordTable.LetterWord(packed));
            }
            else
            {
                token = new Token(TokenKind.Word, start, at, spaced, packed != 0 ? WordTable.Classify(word, packed) : WordTable.ClassifyAnyWord(word));
            }
        }
        else
        {
            at += char.IsHighSurrogate(c) && at + 1 < n && char.IsLowSurrogate(text[at + 1]) ? 2 : 1;
            var symbol = text.AsSpan(start, at - start);
            bool starts = symbol is "-" or "\u2212" || QuantityLexicon.CurrencySymbol(symbol) is not null;
            token = new Token(TokenKind.Symbol, start, at, spaced, starts ? WordClass.Starter : WordClass.None);
        }
        i = at;
        space = false;
        return true;
    }

    /// <summary>The value of the numeral token <paramref name="token"/>; zero for an overflowing one.</summary>
    internal static decimal ValueOf(string text, in Token token) => Value(text, token.Start, token.End, out _);

    /// <summary>
    /// The value of the numeral <c>text[start..end)</c> that <see cref="ReadNumeral"/> delimited: its digits in order,
    /// separators and a CMS's stray backslash skipped, those after the point counted as decimals.
    /// </summary>
    private static decimal Value(string text, int start, int end, out bool overflow)
    {
        decimal mantissa = 0;
        int digits = 0;
        int decimals = 0;
        bool afterPoint = false;
        for (int k = start; k < end; k++)
        {
            char c = text[k];
            if (char.IsAsciiDigit(c))
            {
                Accumulate(ref mantissa, ref digits, c);
                decimals += afterPoint ? 1 : 0;
            }
            else
            {
                afterPoint |= c == '.';
            }
        }
        overflow = digits > MaxDigits || decimals > MaxDecimals;
        return overflow ? 0 : decimals == 0 ? mantissa : WithScale(mantissa, decimals);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u00AD' or '\uFEFF';

    /// <summary>What <see cref="char.IsLetter(char)"/> answers, without its call for the ASCII characters that most text is.</summary>
    /// <remarks>A profile of the Native AOT tool showed <see cref="char.IsLetter(char)"/> called, not inlined, at every
    /// token and at the end of every word.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsLetter(char c) => char.IsAsciiLetter(c) || (!char.IsAscii(c) && char.IsLetter(c));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsGroupSeparator(char c) => c is ',' or '\u00A0' or '\u202F' or '\u2009';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordJoiner(char c) => c is '-' or '\'' or '\u2019' or '\u2010' or '\u2011';

    /// <summary>Where the word at <paramref name="i"/> ends, with its <see cref="PackedWords"/> key when it packs (else 0),
    /// made in the same pass over its letters.</summary>
    /// <remarks>Most words of news are a few plain ASCII letters and end at a space or a punctuation mark: a tight loop
    /// reads those and packs their key, and only a word that goes on after its run of ASCII letters (a digit, another
    /// letter, a hyphen or apostrophe before a letter) takes the general loop. A profile of the Native AOT tool showed the
    /// one general loop keeping its state on the stack for every word.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int ReadWord(string text, int i, out ulong packed)
    {
        int start = i;
        int n = text.Length;
        ulong key = 0;
        while (i < n && char.IsAsciiLetter(text[i]))
        {
            key = PackedWords.Append(key, text[i]);
            i++;
        }
        if (i < n && i > start && !GoesOn(text, i))
        {
            packed = i - start <= PackedWords.MaxLength ? key : 0;
            return i;
        }
        return ReadWordOn(text, start, i, key, out packed);
    }

    /// <summary>Whether the word goes on at <paramref name="i"/>, just after a run of ASCII letters: the rarer cases of
    /// <see cref="ReadWordOn"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool GoesOn(string text, int i)
    {
        char c = text[i];
        return c >= 0x80 || char.IsAsciiDigit(c) || IsWordJoiner(c);
    }

    /// <summary>
    /// <see cref="ReadWord"/> on from <paramref name="i"/>, where the run of ASCII letters from <paramref name="start"/>
    /// (packed as <paramref name="key"/>, perhaps empty) ends: digits and other letters join the word, as does a joiner
    /// before a letter, and each makes it a word that does not pack.
    /// </summary>
    private static int ReadWordOn(string text, int start, int i, ulong key, out ulong packed)
    {
        int n = text.Length;
        bool letters = i > start;
        while (i < n)
        {
            char c = text[i];
            if (char.IsAsciiLetter(c))
            {
                key = PackedWords.Append(key, c);
                i++;
            }
            else if (char.IsAsciiDigit(c) || IsLetter(c))
            {
                if (letters && char.IsAsciiDigit(c) && WordTable.IsCurrencyBeforeAmount(text.AsSpan(start, i - start)))
                {
                    // "EUR3.5bn", "USD500m", "Rs5bn": a currency written against its amount is a word of its own.
                    break;
                }
                letters = false;
                i++;
            }
            else if (IsWordJoiner(c) && i + 1 < n && IsLetter(text[i + 1]))
            {
                letters = false;
                i += 2;
            }
            else
            {
                break;
            }
        }
        packed = letters && i - start <= PackedWords.MaxLength ? key : 0;
        return i;
    }

    /// <summary>
    /// Where the numeral at <paramref name="i"/> ends, and its shape. Its value waits until a grammar asks
    /// (<see cref="ValueOf"/>): the lexer meets every numeral of a text, the grammars want the values of few.
    /// </summary>
    private static int ReadNumeral(string text, int i, out NumeralShape shape)
    {
        int start = i;
        int n = text.Length;
        int digits = 0;   // significant digits: leading zeros add nothing
        int decimals = 0;
        int firstGroup = 0;
        while (i < n && char.IsAsciiDigit(text[i]))
        {
            CountDigit(ref digits, text[i++]);
            firstGroup++;
        }
        shape = NumeralShape.Plain;
        while (firstGroup <= 3 && i < n && (IsGroupSeparator(text[i]) || text[i] == ' '))
        {
            int g = GroupStart(text, i);
            if (g < 0 || (text[i] == ' ' && AfterMonthName(text, start)))
            {
                break;
            }
            CountDigit(ref digits, text[g]);
            CountDigit(ref digits, text[g + 1]);
            CountDigit(ref digits, text[g + 2]);
            i = g + 3;
            shape = NumeralShape.Grouped;
        }
        if (i + 1 < n && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < n && char.IsAsciiDigit(text[i]))
            {
                CountDigit(ref digits, text[i++]);
                decimals++;
            }
            shape = NumeralShape.Decimal;
        }
        // 29 significant digits may or may not fit a decimal: only the value tells.
        if (digits > MaxDigits || decimals > MaxDecimals || (digits == MaxDigits && Overflows(text, start, i)))
        {
            shape = NumeralShape.Overflow;
        }
        return i;
    }

    private static bool Overflows(string text, int start, int end)
    {
        Value(text, start, end, out bool overflow);
        return overflow;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CountDigit(ref int digits, char digit)
    {
        if (digits > 0 || digit != '0')
        {
            digits++;
        }
    }

    /// <summary>Whether the numeral at <paramref name="start"/> follows a month's name, as a day of it does ("March 5").</summary>
    /// <remarks>An ordinary space separates thousands too ("10 000 people", as much of the English-speaking press writes),
    /// but not after a month's name: "on March 5 200 people were arrested" is a day and a count. Asked only when three
    /// digits follow a space, and it looks back one word, so the lexer stays linear.</remarks>
    private static bool AfterMonthName(string text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        int begin = end;
        while (begin > 0 && end - begin <= PackedWords.MaxLength && char.IsAsciiLetter(text[begin - 1]))
        {
            begin--;
        }
        return begin < end && WordTable.Classify(text.AsSpan(begin, end - begin)).Date == DateWord.MonthName;
    }

    /// <summary>The first digit of the thousands group after the separator at <paramref name="i"/>, or -1 when none follows.</summary>
    private static int GroupStart(string text, int i)
    {
        int n = text.Length;
        int g = i + 1;
        if (text[i] == ',' && g < n && text[g] == '\\')
        {
            g++;
        }
        if (g + 3 > n || !char.IsAsciiDigit(text[g]) || !char.IsAsciiDigit(text[g + 1]) || !char.IsAsciiDigit(text[g + 2])
            || (g + 3 < n && char.IsAsciiDigit(text[g + 3])))
        {
            return -1;
        }
        return g;
    }

    private static decimal WithScale(decimal integer, int decimals)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(integer, bits);
        return new decimal(bits[0], bits[1], bits[2], false, (byte)decimals);
    }

    private static void Accumulate(ref decimal mantissa, ref int digits, char digit)
    {
        // Leading zeros add nothing; past decimal's capacity the numeral overflows and only the count matters.
        int d = digit - '0';
        if (digits > MaxDigits)
        {
            return;
        }
        if (mantissa > (decimal.MaxValue - d) / 10)
        {
            digits = MaxDigits + 1;
            return;
        }
        mantissa = (mantissa * 10) + d;
        if (digits > 0 || d != 0)
        {
            digits++;
        }
    }
}
