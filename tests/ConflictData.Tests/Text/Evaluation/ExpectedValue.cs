using System;
using System.Globalization;

namespace ConflictData.Tests.Text.Evaluation;

/// <summary>
/// The value notation of figures.txt, which says what a reader takes from the text without tying the set to one
/// approximation policy: "=x" exact; "~x" hedged, its bounds enclosing x; "~~x" a vague quantity of magnitude x (bounds
/// within [x, 10x]); "&gt;x", "&gt;=x", "&lt;x", "&lt;=x" a lower or upper bound; "a..b" a range. A number may be a
/// fraction "a/b".
/// </summary>
internal static class ExpectedValue
{
    /// <summary>Whether <paramref name="value"/> is what <paramref name="notation"/> says; <paramref name="why"/> says how not.</summary>
    internal static bool Matches(string notation, RangedValue value, out string why)
    {
        why = $"value {value} is not {notation}";
        if (notation.Contains("..", StringComparison.Ordinal))
        {
            string[] ends = notation.Split("..");
            return value.Lower is { IsInclusive: true } l && l.Value == Number(ends[0])
                && value.Upper is { IsInclusive: true } u && u.Value == Number(ends[1]);
        }
        if (notation.StartsWith("~~", StringComparison.Ordinal))
        {
            decimal magnitude = Number(notation[2..]);
            return value.Lower is { } l && l.Value >= magnitude && value.Upper is { } u && u.Value <= magnitude * 10;
        }
        if (notation.StartsWith('~'))
        {
            decimal x = Number(notation[1..]);
            return !value.IsExact && value.Lower is { } l && l.Value <= x && value.Upper is { } u && u.Value >= x;
        }
        if (notation.StartsWith(">=", StringComparison.Ordinal))
        {
            return value.Lower is { IsInclusive: true } l && l.Value == Number(notation[2..]);
        }
        if (notation.StartsWith("<=", StringComparison.Ordinal))
        {
            return value.Upper is { IsInclusive: true } u && u.Value == Number(notation[2..]);
        }
        if (notation.StartsWith('>'))
        {
            return value.Lower is { IsInclusive: false } l && l.Value == Number(notation[1..]);
        }
        if (notation.StartsWith('<'))
        {
            return value.Upper is { IsInclusive: false } u && u.Value == Number(notation[1..]);
        }
        if (notation.StartsWith('='))
        {
            return value.IsExact && value.Lower!.Value.Value == Number(notation[1..]);
        }
        throw new FormatException($"\"{notation}\" is no value notation: expected =x, ~x, ~~x, >x, >=x, <x, <=x or a..b.");
    }

    private static decimal Number(string text)
    {
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash < 0
            ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture)
            : Number(text[..slash]) / Number(text[(slash + 1)..]);
    }
}
