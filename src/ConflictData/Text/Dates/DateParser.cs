using System.Diagnostics.CodeAnalysis;
using ConflictData.Text.Scanning;
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
/// DateParser.Default.Parse("11-20 March 2019", null).Value;                    // during 2019-03-11/2019-03-20
/// DateParser.Default.Parse("last August", PublicationTime.OnDate(new LocalDate(2019, 7, 1))).Value.Anchor; // 2018-08
/// DateParser.Default.Parse("on Friday", null).Error.Code;                    // ParseErrorCode.NeedsPublicationTime
/// </code>
/// </example>
public sealed class DateParser
{
    private DateParser()
    {
    }

    /// <summary>The parser. Dates have no policy to choose, so this is the only instance; it is an instance, as
    /// <see cref="QuantityParser.Default"/> is, so that every parser in the library has one shape.</summary>
    public static DateParser Default { get; } = new();

    /// <summary>Parses <paramref name="text"/> as one date phrase, resolved against <paramref name="published"/> (if any).</summary>
    /// <returns>The value (flagged <see cref="ParseResult{T}.IsAmbiguous"/> when it is the envelope of a bounded
    /// publication time's ends), or why there is none: <see cref="ParseErrorCode.NullText"/>,
    /// <see cref="ParseErrorCode.EmptyText"/>, <see cref="ParseErrorCode.Unrecognized"/>,
    /// <see cref="ParseErrorCode.TrailingText"/>, <see cref="ParseErrorCode.NeedsPublicationTime"/> or
    /// <see cref="ParseErrorCode.Unresolvable"/>.</returns>
    [SuppressMessage("Performance", "CA1822", Justification = "Every parser is an instance with a Default, whether or not it has settings.")]
    public ParseResult<ReferenceTime> Parse(string? text, PublicationTime? published)
    {
        if (text is null)
        {
            return ParseResult<ReferenceTime>.ForNullText(nameof(text));
        }
        var grammar = new DateGrammar(text, standalone: true);
        DateGrammar.Cursor first = grammar.At(0);
        if (!first.Exists)
        {
            return ParseResult<ReferenceTime>.ForEmptyText("a date phrase such as \"24 March 2019\", \"last August\" or \"since 2014\"");
        }
        int start = first.Start;
        int end = QuantityParser.TrimmedEnd(text);
        if (!DateGrammar.CanStart(first) || !grammar.TryMatch(first, out DateMatch match))
        {
            return ParseResult<ReferenceTime>.ForError(ParseErrorCode.Unrecognized,
                $"{Quote(text)} is not a date phrase this parser reads; expected forms such as \"24 March 2019\", "
                + "\"March 2019\", \"2019\", \"11-20 March 2019\", \"mid-March\", \"last August\", \"two years ago\", \"since 2014\" or \"as of October 2017\".",
                TextSpan.FromBounds(first.Start, first.TokenEnd));
        }
        if (match.End != end)
        {
            return ParseResult<ReferenceTime>.ForError(ParseErrorCode.TrailingText,
                $"{Quote(text)} has more text after the date phrase \"{text[match.Start..match.End]}\", "
                + $"from offset {Invariant.Plain(match.End)}; give one date phrase only.", TextSpan.FromBounds(TrimmedStart(text, match.End), end));
        }
        return DateResolver.Resolve(match.Rule, match.Kind, published, text[start..end], TextSpan.FromBounds(start, end));
    }

    private static int TrimmedStart(string text, int position)
    {
        while (position < text.Length && Lexer.IsSpace(text[position]))
        {
            position++;
        }
        return position;
    }

    /// <summary>The text in quotes for a message, shortened to its first 60 characters when longer, so a message stays one readable line.</summary>
    private static string Quote(string text) => text.Length <= 60 ? $"\"{text}\"" : $"\"{text[..60]}\u2026\" ({Invariant.Plain(text.Length)} characters)";

    /// <summary>Parses <paramref name="text"/> as one date phrase; <c>false</c> when it is null, not one, or cannot be resolved.</summary>
    public bool TryParse(string? text, PublicationTime? published, [NotNullWhen(true)] out ReferenceTime? value) =>
        Parse(text, published).TryGetValue(null!, out value);
}
