using System;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>
/// What running text holds that the grammar reads but that is not a figure: years ("in 2014", "2014-16"), days of a
/// month ("March 12", "12 March"), spelled numbers that count nothing ("part one", "one of them", "the two groups"),
/// and numbers that belong to a name ("Resolution 2254", "Route 66"). The parser reads such phrases when asked for
/// one phrase; only the scanner, which meets them in running text, refuses them.
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
                && ((phrase.Unit is null && phrase.NounUnit is null) || IsWordWhere(text, tokens, start - 1, static w => w.Equals("the", StringComparison.OrdinalIgnoreCase)));
        }
        return unitless && phrase.Noun is null && !phrase.HasPrefixHedge && a.YearLike && (b.YearLike || b.Raw < 100);
    }

    private static bool IsWordWhere(string text, TokenStream tokens, int i, Func<ReadOnlySpan<char>, bool> test) =>
        i >= 0 && tokens.Exists(i) && tokens[i].Kind == TokenKind.Word && test(text.AsSpan(tokens[i].Start, tokens[i].Length));
}
