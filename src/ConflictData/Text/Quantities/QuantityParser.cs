using System;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <summary>
/// Parses one whole quantity phrase ("between 14,000 and 18,000 people", "some 40,000 foreign fighters",
/// "USD 25,000,000") and formats quantities back to canonical English, in NodaTime's style: expected failures come
/// back as a <see cref="ParseResult{T}"/> saying why and where, never as an exception.
/// </summary>
/// <remarks>
/// <para>The parser reads the grammar of <see cref="QuantityScanner"/> in strict mode: the whole text must be one
/// phrase, and the running-text exclusions (years, days of a month, bare spelled numbers) do not apply, so "2014"
/// parses as the number 2014. A lone count of exactly one may name a singular noun ("1 country").</para>
/// <para>Round trip: for every quantity q, <c>Parse(Format(q)).Value.Quantity</c> equals q. This type is immutable
/// and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var phrase = QuantityParser.Default.Parse("slightly more than 50 foreign fighters").Value;
/// // phrase.Value is (50, ); phrase.Unit is person; phrase.Hedge is "slightly more than"
/// string text = QuantityParser.Format(phrase.Quantity!);   // "more than 50 people"
/// </code>
/// </example>
public sealed class QuantityParser
{
    /// <summary>Creates a parser with the given approximation policy.</summary>
    /// <param name="policy">How single hedged numbers become ranges; <c>null</c> for <see cref="SignificantDigitApproximationPolicy"/>.</param>
    public QuantityParser(IApproximationPolicy? policy = null) => Policy = policy ?? SignificantDigitApproximationPolicy.Instance;

    /// <summary>A parser with the default policy.</summary>
    public static QuantityParser Default { get; } = new();

    /// <summary>How single hedged numbers become ranges.</summary>
    public IApproximationPolicy Policy { get; }

    /// <summary>Parses <paramref name="text"/> as exactly one quantity phrase.</summary>
    /// <returns>The phrase, or why not: <see cref="ParseErrorCode.NullText"/>, <see cref="ParseErrorCode.EmptyText"/>,
    /// <see cref="ParseErrorCode.Unrecognized"/> (at the first word) or <see cref="ParseErrorCode.TrailingText"/>.</returns>
    public ParseResult<QuantityPhrase> Parse(string? text)
    {
        if (text is null)
        {
            return ParseResult<QuantityPhrase>.ForNullText(nameof(text));
        }
        var tokens = new TokenStream(text);
        if (!tokens.Exists(0))
        {
            return ParseResult<QuantityPhrase>.ForEmptyText("a quantity such as \"between 14,000 and 18,000 people\"");
        }
        var grammar = new QuantityGrammar(text, tokens, Policy, strict: true);
        if (!grammar.TryMatch(0, out var match, out _))
        {
            return ParseResult<QuantityPhrase>.ForError(ParseErrorCode.Unrecognized,
                $"No quantity starts at \"{Excerpt(text, tokens[0].Start)}\": expected a number, number words, a currency, " +
                "or a hedge such as \"about\", \"more than\" or \"between\" followed by a number.", tokens[0].Span);
        }
        if (tokens.Exists(match.LastToken + 1))
        {
            int at = tokens[match.LastToken + 1].Start;
            return ParseResult<QuantityPhrase>.ForError(ParseErrorCode.TrailingText,
                $"Unexpected text \"{Excerpt(text, at)}\" after the quantity \"{text[match.Start..match.End]}\"; the text must be one quantity phrase.",
                TextSpan.FromBounds(at, TrimmedEnd(text)));
        }
        return ParseResult<QuantityPhrase>.ForValue(match.Phrase);
    }

    /// <summary>Tries to parse <paramref name="text"/> as exactly one quantity phrase.</summary>
    /// <returns>Whether it parsed; <paramref name="phrase"/> is null when not, and for null text.</returns>
    public bool TryParse(string? text, [NotNullWhen(true)] out QuantityPhrase? phrase) => Parse(text).TryGetValue(null!, out phrase);

    /// <summary>Canonical English for <paramref name="quantity"/>, which <see cref="Parse"/> reads back to the same quantity.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    public static string Format(Quantity quantity) => QuantityFormatter.Format(quantity);

    internal static int TrimmedEnd(string text)
    {
        int end = text.Length;
        while (end > 0 && Lexer.IsSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    private static string Excerpt(string text, int start)
    {
        const int Length = 30;
        return text.Length - start <= Length ? text[start..] : string.Concat(text.AsSpan(start, Length), "…");
    }
}
