using System;
using System.Collections.Frozen;

namespace ConflictData;

/// <summary>
/// Finds the sentence around a span of news text. A sentence ends at '.', '!' or '?' (with any closing quotes or
/// brackets) followed by white space, and always at a line break, since headlines, captions and paragraphs end there.
/// </summary>
/// <remarks>
/// <para>A full stop does not end a sentence after a dotted acronym ("U.S.", "U.N."), a single initial ("J."),
/// a title or other common abbreviation ("Gen.", "Mr.", "Dr.", "St.", "No.", "Jan."), or when the next word starts
/// with a lower-case letter or a digit ("about 5 p.m. on Friday"). An acronym can therefore not end a sentence inside a
/// paragraph; in news text "U.S. officials" is far more common than a sentence ending in "U.S.".</para>
/// <para>A boundary is looked for at most <see cref="Reach"/> (1,000) characters before and after the span; a longer
/// "sentence" (a table, a text without full stops) is cut there. So the work of one call is bounded by the span's
/// length plus 2,000 characters, whatever the length of the text. This type is thread-safe.</para>
/// </remarks>
internal static class SentenceFinder
{
    // Looked up by span, so finding a sentence allocates nothing but its result.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = (
        "Mr Mrs Ms Dr Prof Gen Lt Col Maj Capt Cmdr Sgt Adm Gov Sen Rep Rev Hon Pres Amb St Jr Sr No Nos vs etc " +
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Co Corp Inc Ltd Dept Mt Ft approx est e.g i.e").Split(' ')
        .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How far before and after the span a sentence boundary is looked for; no news sentence is longer.</summary>
    internal const int Reach = 1_000;

    /// <summary>The span of the sentence (or sentences) that hold <paramref name="span"/>, without surrounding white space.</summary>
    internal static TextSpan SentenceAround(string text, TextSpan span)
    {
        var window = Window(text, span);
        var found = SentenceAround(text.AsSpan(window.Start, window.Length), new TextSpan(span.Start - window.Start, span.Length));
        return new TextSpan(found.Start + window.Start, found.Length);
    }

    /// <summary>
    /// The part of <paramref name="text"/> the finder reads: <see cref="Reach"/> characters either side of the span,
    /// so one call costs the same on a 10 MB text without a full stop as on a short one.
    /// </summary>
    internal static TextSpan Window(string text, TextSpan span) =>
        TextSpan.FromBounds(Math.Max(0, span.Start - Reach), (int)Math.Min(text.Length, (long)span.End + Reach));

    private static TextSpan SentenceAround(ReadOnlySpan<char> text, TextSpan span)
    {
        int start = SentenceStart(text, span.Start);
        int end = SentenceEnd(text, Math.Max(span.Start, span.End - 1));
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private static int SentenceStart(ReadOnlySpan<char> text, int position)
    {
        int paragraph = position;
        while (paragraph > 0 && text[paragraph - 1] != '\n')
        {
            paragraph--;
        }
        int start = paragraph;
        for (int i = paragraph; i < position; i++)
        {
            if (EndsSentenceAt(text, i, out int next) && next <= position)
            {
                start = next;
            }
        }
        return SkipSpace(text, start, position);
    }

    private static int SentenceEnd(ReadOnlySpan<char> text, int position)
    {
        for (int i = position; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                return TrimEnd(text, i);
            }
            if (EndsSentenceAt(text, i, out int next))
            {
                return TrimEnd(text, next);
            }
        }
        return TrimEnd(text, text.Length);
    }

    /// <summary>Whether the character at <paramref name="i"/> ends a sentence; <paramref name="next"/> is where the white space after it begins.</summary>
    private static bool EndsSentenceAt(ReadOnlySpan<char> text, int i, out int next)
    {
        next = i + 1;
        char c = text[i];
        if (c is not ('.' or '!' or '?'))
        {
            return false;
        }
        while (next < text.Length && IsCloser(text[next]))
        {
            next++;
        }
        if (next < text.Length && !char.IsWhiteSpace(text[next]))
        {
            return false;
        }
        if (c != '.' || next >= text.Length || text[next] == '\n')
        {
            return true;
        }
        int following = next;
        while (following < text.Length && char.IsWhiteSpace(text[following]) && text[following] != '\n')
        {
            following++;
        }
        if (following < text.Length && (char.IsLower(text[following]) || char.IsDigit(text[following])))
        {
            return false;
        }
        return !IsAbbreviation(text, i);
    }

    /// <summary>Whether the word that ends with the full stop at <paramref name="dot"/> is an abbreviation.</summary>
    private static bool IsAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        int wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text.Slice(wordStart, dot - wordStart);
        if (word.Length == 0)
        {
            return false;
        }
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }
        return IsDottedAcronym(word) || Abbreviations.Contains(word);
    }

    /// <summary>"U.S" or "U.N" (the final dot is not part of the word): single letters separated by dots.</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }
        for (int i = 0; i < word.Length; i++)
        {
            bool ok = i % 2 == 0 ? char.IsLetter(word[i]) : word[i] == '.';
            if (!ok)
            {
                return false;
            }
        }
        return word.Length % 2 == 1;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']';

    private static int SkipSpace(ReadOnlySpan<char> text, int start, int limit)
    {
        while (start < limit && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return start;
    }

    private static int TrimEnd(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }
}
