using System.Diagnostics.CodeAnalysis;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Reads one English date phrase ("24 March 2019", "mid-March", "since 2014", "two years ago") against a publication
/// time, with the rules of <see cref="DateScanner"/>; reads back everything <see cref="DateFormatter"/> writes.
/// </summary>
/// <remarks>
/// The whole text (less surrounding white space) must be one date phrase. Unlike the scanner, a standalone phrase may
/// be a bare year ("2019") or month ("March"), and month names need not be capitalised. This type is thread-safe.
/// </remarks>
/// <example>
/// <code>
/// DateParser.Parse("11-20 March 2019", null).Value;                    // during 2019-03-11/2019-03-20
/// DateParser.Parse("last August", PublicationTime.OnDate(new LocalDate(2019, 7, 1))).Value.Anchor; // 2018-08
/// DateParser.Parse("on Friday", null).Message;                        // "on Friday" is relative to when it was written, ...
/// </code>
/// </example>
public static class DateParser
{
    /// <summary>Parses <paramref name="text"/> as one date phrase, resolved against <paramref name="published"/> (if any).</summary>
    /// <returns>The value, or why there is none: <see cref="DateParseStatus.NotADate"/> or <see cref="DateParseStatus.Unresolved"/>.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static DateParseResult Parse(string text, PublicationTime? published)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        int start = DateTokenReader.SkipWhiteSpace(text, 0);
        int end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (start == end)
        {
            return DateParseResult.NotADate("The text is empty; expected a date phrase such as \"24 March 2019\", \"last August\" or \"since 2014\".");
        }
        var grammar = new DateGrammar(text, standalone: true);
        DateToken first = grammar.TokenAt(start);
        if (!DateGrammar.CanStart(first) || !grammar.TryMatch(first, out DateMatch match))
        {
            return DateParseResult.NotADate($"{Quote(text)} is not a date phrase this parser reads; expected forms such as \"24 March 2019\", "
                + "\"March 2019\", \"2019\", \"11-20 March 2019\", \"mid-March\", \"last August\", \"two years ago\", \"since 2014\" or \"as of October 2017\".");
        }
        if (match.End != end)
        {
            return DateParseResult.NotADate($"{Quote(text)} has more text after the date phrase \"{text[match.Start..match.End]}\", "
                + $"from offset {Invariant.Plain(match.End)}; give one date phrase only.");
        }
        return DateResolver.Resolve(match.Rule, match.Kind, published, text[start..end]);
    }

    /// <summary>The text in quotes for a message, shortened to its first 60 characters when longer, so a message stays one readable line.</summary>
    private static string Quote(string text) => text.Length <= 60 ? $"\"{text}\"" : $"\"{text[..60]}\u2026\" ({Invariant.Plain(text.Length)} characters)";

    /// <summary>Parses <paramref name="text"/> as one date phrase; <c>false</c> when it is not one or cannot be resolved.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static bool TryParse(string text, PublicationTime? published, [NotNullWhen(true)] out ReferenceTime? value) =>
        Parse(text, published).TryGetValue(out value);
}
