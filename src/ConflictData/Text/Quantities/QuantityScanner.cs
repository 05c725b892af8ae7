using System;
using System.Collections.Immutable;
using ConflictData.Text.Scanning;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Finds every hedged quantity phrase in English text ("some 40,000 foreign fighters", "between £39m-231m",
/// "most likely 50 per month") with its exact span, in one linear pass and without ever throwing on the text.
/// </summary>
/// <remarks>
/// <para>Not quantities: years ("in 2014"), dates ("March 12, 2019", "22-07-2017"), times ("7:25 pm"), ordinals
/// ("1st"), numbers in names ("F-16", "Resolution 2254", "part one", "a four-part series", "a four-star general"),
/// relative times ("two years ago"), ages ("aged 45", "a 12-year-old", "aged between 18 and 25"), and spelled numbers
/// that count nothing ("one of the countries", "the two groups"). A count of a model keeps the model's designation in its
/// noun: "12 T-72 tanks" counts tanks, "14 Leopard 2 tanks" too, and "24 F-16s" has the noun "F-16s" and no unit, since a
/// designation does not say what kind of thing it names.</para>
/// <para>A share of a stated figure: in "at least half of the 40,000 fighters" the share is a ratio of what the figure
/// counts (<c>ratio:fighter</c>, at least 0.5) and the figure is a quantity of its own, read next ("40,000
/// fighters").</para>
/// <para>A hedge shared by a list: in "upwards of 30,000 civilians and 5,000 fighters" the hedge governs both
/// coordinated figures, as an English reader takes it. So a figure that directly follows a hedged figure with a
/// noun after "and" or a comma, has its own noun and no hedge of its own, takes the same hedge and its reading
/// (5,000 fighters becomes more than 5,000). Its span stays its own words; its <see cref="QuantityPhrase.Hedge"/>
/// names the shared words. Ranges and vague words do not share.</para>
/// <para>An elliptical figure: in "between 15,000 and 17,000 IS militants in Iraq and between 13,000 and 14,000 in
/// Syria" the second range counts the same militants. A figure with neither unit nor noun that follows a count with
/// its noun in the same clause, within four tokens that include "and", and has the same shape (both ranges or both
/// single numbers), takes that noun and unit, when the unit can hold it: in "5 fighters and -5" the −5 stays a bare number, since a count
/// is never negative. A bare figure an earlier one is compared with in the same clause ("3,000-4,000 fighters remain,
/// down from 10,000", "$4bn, up from 3bn", "243 from 200", "5,000 troops compared with 8,000") takes its unit and noun
/// likewise. A bare figure counts people when its verb is said only of people ("1.9 million were displaced", "more than
/// 5,600 had returned", "thousands fled") or a toll stands at it ("the death toll rose to 1,234"). Other bare figures ("as
/// many as 10,000 were at large") keep no unit.</para>
/// <para>Single numbers under a hedge become ranges through the <see cref="IApproximationPolicy"/> given to the
/// constructor (by default <see cref="SignificantDigitApproximationPolicy"/>). So do vague words
/// (<see cref="HedgeKinds.Vague"/>), stated as the magnitude they name: "a handful" 1, "dozens" 12, "hundreds" and
/// "several hundred" 100, "thousands" 1,000, "tens of thousands" 10,000, "hundreds of thousands" 100,000, "millions",
/// "billions"; the default policy reads magnitude v as [2v, 10v), so "hundreds" is [200, 1,000). Words that name the
/// leading digits are read as those digits whatever the policy, a third of the digits each: "the low thousands"
/// [1,000, 4,000), "the mid-hundreds" [400, 700), "the high tens of thousands" [70,000, 100,000); and the numbers of
/// digits, "single digits" [1, 10), "double digits" [10, 100), "the low double digits" [10, 40).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class QuantityScanner
{
    /// <summary>Creates a scanner with the given approximation policy.</summary>
    /// <param name="policy">How single hedged numbers become ranges; <c>null</c> for <see cref="SignificantDigitApproximationPolicy"/>.</param>
    public QuantityScanner(IApproximationPolicy? policy = null) => Policy = policy ?? SignificantDigitApproximationPolicy.Instance;

    /// <summary>A scanner with the default policy.</summary>
    public static QuantityScanner Default { get; } = new();

    /// <summary>How single hedged numbers become ranges.</summary>
    public IApproximationPolicy Policy { get; }

    /// <summary>Every quantity phrase in <paramref name="text"/>, in text order, none overlapping.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<QuantityMention> Scan(string text) => Scan(text, out _);

    /// <summary>Scans and reports the grammar's work in token inspections, which tests hold to a linear bound.</summary>
    internal ImmutableArray<QuantityMention> Scan(string text, out long steps)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return Scan(text, new TokenStream(text), out steps);
    }

    /// <summary>Scans the tokens of <paramref name="text"/> that another reader may share.</summary>
    internal ImmutableArray<QuantityMention> Scan(string text, TokenStream tokens, out long steps)
    {
        var grammar = new QuantityGrammar(text, tokens, Policy, strict: false);
        var mentions = ImmutableArray.CreateBuilder<QuantityMention>();
        QuantityMatch? previous = null;
        int i = 0;
        int nextNumeric = -1;
        while (true)
        {
            // The first number-like token at or after i: a phrase needs one within reach of its start, so the tokens
            // before that reach start nothing and are skipped, and after the last one the scan ends. It is searched for
            // only once i has passed the last one found, so the search only moves forward: each token is examined once,
            // linear overall.
            if (nextNumeric < i)
            {
                nextNumeric = tokens.Next(i, TokenMarks.Numeric);
                if (nextNumeric < 0)
                {
                    break;
                }
            }
            i = Math.Max(i, nextNumeric - QuantityGrammar.Reach);
            if (!grammar.CanStart(i, nextNumeric))
            {
                i++;
                continue;
            }
            if (!grammar.TryMatch(i, out var match, out int resumeAt))
            {
                i = resumeAt;
                continue;
            }
            if (IsAge(text, tokens, i, match.LastToken, match.Parts))
            {
                // Skipped whole, so that no part of "aged between 18 and 25" is read as a figure either.
                i = match.LastToken + 1;
                continue;
            }
            if (IsExcluded(text, tokens, i, match.Parts))
            {
                i++;
                continue;
            }
            var phrase = match.Phrase;
            if (previous is { } before && TryShareHedge(text, tokens, before, match, out var hedged))
            {
                phrase = hedged;
            }
            else if (previous is { } parallel && (SharesNoun(text, tokens, parallel, match) || IsComparedWith(text, tokens, parallel, match)))
            {
                phrase = new QuantityPhrase(phrase.Value, parallel.Phrase.Unit, phrase.Hedge, parallel.Phrase.Noun, phrase.Stated);
            }
            if (previous is { } from && IsChangeOfLevel(text, tokens, from, match))
            {
                // "has swollen from 20,000 to 80,000 people", "the toll climbed from 300 to 450": both levels of one
                // change count the same, named at either; a multiplier named only after the level without one is not
                // carried to it ("from 5 to $9m").
                var level = mentions[^1];
                if (Borrows(level.Phrase, from.Parts, phrase, match.Parts))
                {
                    mentions[^1] = new QuantityMention(level.Span, level.Text,
                        new QuantityPhrase(level.Phrase.Value, phrase.Unit, level.Phrase.Hedge, phrase.Noun, level.Phrase.Stated));
                }
                else if (Borrows(phrase, match.Parts, level.Phrase, from.Parts))
                {
                    phrase = new QuantityPhrase(phrase.Value, level.Phrase.Unit, phrase.Hedge, level.Phrase.Noun, phrase.Stated);
                }
            }
            mentions.Add(new QuantityMention(new TextSpan(match.Start, match.End - match.Start), text[match.Start..match.End], phrase));
            previous = phrase == match.Phrase ? match : match with { CanShareHedge = false };
            i = match.LastToken + 1;
        }
        steps = grammar.Steps;
        return mentions.ToImmutable();
    }

    /// <summary>
    /// The next figure of a list read under the hedge of the one before, when the list shares it and the policy's
    /// reading is a range the figure's unit can hold (a replaceable policy may give any range).
    /// </summary>
    private bool TryShareHedge(string text, TokenStream tokens, in QuantityMatch before, in QuantityMatch next, out QuantityPhrase phrase)
    {
        phrase = null!;
        if (!before.CanShareHedge || next.Stated is not { } stated || next.Phrase.Hedge.Kinds != HedgeKinds.None || next.Phrase.Noun is null
            || next.Phrase.Unit is not { Dimension: Dimension.Count } unit || before.Phrase.Unit?.Dimension != Dimension.Count)
        {
            return false;
        }
        int gap = next.FirstToken - before.LastToken - 1;
        bool listed = (gap == 1 && IsListLink(text, tokens[before.LastToken + 1]))
            || (gap == 2 && IsListLink(text, tokens[before.LastToken + 1]) && IsListLink(text, tokens[before.LastToken + 2]));
        if (!listed)
        {
            return false;
        }
        var value = Policy.Interpret(stated, before.Phrase.Hedge.Kinds);
        if (!unit.CanHold(value))
        {
            return false;
        }
        phrase = new QuantityPhrase(value, unit, before.Phrase.Hedge, next.Phrase.Noun, next.Phrase.Stated);
        return true;
    }

    private static bool SharesNoun(string text, TokenStream tokens, in QuantityMatch before, in QuantityMatch next)
    {
        bool sameShape = (before.Stated is null) == (next.Stated is null);
        int gap = next.FirstToken - before.LastToken - 1;
        if (next.Phrase.Unit is not null || next.Phrase.Noun is not null || before.Phrase.Noun is null
            || before.Phrase.Unit is not { Dimension: Dimension.Count } unit || !unit.CanHold(next.Phrase.Value) || !sameShape || gap is < 1 or > 4)
        {
            return false;
        }
        if (!InOneClause(text, tokens, before, next))
        {
            return false;
        }
        for (int t = before.LastToken + 1; t < next.FirstToken; t++)
        {
            if (TextOf(text, tokens[t]) is "and")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether nothing between two figures ends a clause: a full stop, semicolon, colon or bracket.</summary>
    private static bool InOneClause(string text, TokenStream tokens, in QuantityMatch before, in QuantityMatch next)
    {
        for (int t = before.LastToken + 1; t < next.FirstToken; t++)
        {
            if (TextOf(text, tokens[t]) is "." or ";" or ":" or "!" or "?" or "(" or ")")
            {
                return false;
            }
        }
        return true;
    }

    private static ReadOnlySpan<char> TextOf(string text, in Token token) => text.AsSpan(token.Start, token.Length);

    /// <summary>
    /// Whether a bare figure is the earlier value a figure is compared with, in the same clause: "3,000-4,000 fighters
    /// remain, down from 10,000", "$4bn, up from 3bn", "rose to 12 percent from 9", "5,000 troops compared with 8,000";
    /// or the running total a figure adds to: "killed 15 people, taking the total to 4,000".
    /// </summary>
    private static bool IsComparedWith(string text, TokenStream tokens, in QuantityMatch before, in QuantityMatch next)
    {
        int gap = next.FirstToken - before.LastToken - 1;
        if (next.Phrase.Unit is not null || next.Phrase.Noun is not null || before.Phrase.Unit is not { } unit || !unit.CanHold(next.Phrase.Value)
            || gap is < 1 or > 8 || !InOneClause(text, tokens, before, next))
        {
            return false;
        }
        var link = TextOf(text, tokens[next.FirstToken - 1]);
        var beforeLink = gap >= 2 ? TextOf(text, tokens[next.FirstToken - 2]) : default;
        if (IsTotalWord(beforeLink) && (link.Equals("to", StringComparison.OrdinalIgnoreCase) || link.Equals("of", StringComparison.OrdinalIgnoreCase)))
        {
            // "killed 15 people, bringing the total to 4,000", "for a tally of 52": a running total counts what was added to it.
            return true;
        }
        return link.Equals("from", StringComparison.OrdinalIgnoreCase)
            ? gap == 1 || beforeLink.Equals("down", StringComparison.OrdinalIgnoreCase) || beforeLink.Equals("up", StringComparison.OrdinalIgnoreCase)
            : (link.Equals("with", StringComparison.OrdinalIgnoreCase) || link.Equals("to", StringComparison.OrdinalIgnoreCase))
              && beforeLink.Equals("compared", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTotalWord(ReadOnlySpan<char> word) =>
        word.Equals("total", StringComparison.OrdinalIgnoreCase) || word.Equals("tally", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether two figures read one after the other are the levels before and after one change: "fallen from 6.8 million
    /// to 6.5 million people". The grammar reads such a change as two figures, never as a range, so "from" before the
    /// first and "to" alone between them say it.
    /// </summary>
    private static bool IsChangeOfLevel(string text, TokenStream tokens, in QuantityMatch before, in QuantityMatch next) =>
        next.FirstToken == before.LastToken + 2 && before.FirstToken >= 1
        && TextOf(text, tokens[before.LastToken + 1]).Equals("to", StringComparison.OrdinalIgnoreCase)
        && TextOf(text, tokens[before.FirstToken - 1]).Equals("from", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a bare level takes the unit and noun of the other level of its change.</summary>
    private static bool Borrows(QuantityPhrase bare, in PhraseBuilder bareParts, QuantityPhrase named, in PhraseBuilder namedParts) =>
        bare.Unit is null && bare.Noun is null && named.Unit is { } unit && unit.CanHold(bare.Value)
        && (!namedParts.A.HasMultiplier || bareParts.A.HasMultiplier);

    private static bool IsListLink(string text, in Token token) => TextOf(text, token) is "," or "and";
}
