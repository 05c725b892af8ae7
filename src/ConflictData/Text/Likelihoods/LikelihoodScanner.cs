using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using ConflictData.Text.Likelihoods;
using ConflictData.Text.Scanning;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Finds words of estimative probability in running text ("will likely", "probably", "almost certainly", "We believe
/// 99 percent", "I think", "may", "could", "less likely than we first assessed"), each with its span, what it says
/// (<see cref="EstimativePhrase"/>) and the range an <see cref="ILikelihoodPolicy"/> puts on it.
/// </summary>
/// <remarks>
/// <para>Reading rules, on the tokens of the shared lexer:</para>
/// <list type="bullet">
/// <item>The longest entry of the vocabulary wins ("most likely" over "likely", "probably not" over "probably").</item>
/// <item>Entries side by side (up to three) are one expression read as its most specific term: "could likely" is "likely"; a stated
/// percentage beats a rung of the scale, a rung beats a belief, a belief beats a bare possibility.</item>
/// <item>A belief verb takes its subject pronoun and a negation before it ("I think", "We do not think", "don't
/// believe" — the last two as <see cref="EstimativeTerm.Disbelief"/>) and a percentage after it ("We believe 99 percent").</item>
/// <item>A percentage is a likelihood only beside a belief or before "sure", "certain", "confident", "chance",
/// "probability" or "likely" ("99 percent sure"); "down 9 percent" is a figure, not a probability.</item>
/// <item>A comparative runs to the words that name the earlier judgement, within five words ("less likely than we first
/// assessed", "more likely than previously thought").</item>
/// <item>"May" with a capital is the month; only "may" is the modal. "think tank" is not a belief.</item>
/// </list>
/// <para>One forward pass with a look-ahead of a few tokens and a look-back that never reaches into the previous
/// mention: the work is linear in the text, and no text makes it throw. This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// foreach (LikelihoodMention m in LikelihoodScanner.Default.Scan("IS could likely resurge in Syria within six to 12 months."))
/// {
///     Console.WriteLine(m); // [3..15) "could likely" → 55–80 % (icd-203)
/// }
/// </code>
/// </example>
public sealed class LikelihoodScanner
{
    private const int ComparisonReach = 5;

    // "could likely" joins two entries; a run of more is no phrase of English, and joining it all would let one
    // mention outgrow the token window.
    private const int MaxJoinedEntries = 3;

    /// <summary>Creates a scanner.</summary>
    /// <param name="policy">How words become ranges; <c>null</c> for <see cref="Icd203LikelihoodPolicy"/>.</param>
    public LikelihoodScanner(ILikelihoodPolicy? policy = null) => Policy = policy ?? Icd203LikelihoodPolicy.Instance;

    /// <summary>A scanner with the ICD 203 policy.</summary>
    public static LikelihoodScanner Default { get; } = new();

    /// <summary>How words become ranges.</summary>
    public ILikelihoodPolicy Policy { get; }

    /// <summary>Every estimative expression in <paramref name="text"/>, in text order, none overlapping.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<LikelihoodMention> Scan(string text) => Scan(text, out _);

    /// <summary>Scans and reports the work done in token inspections, which tests hold to a linear bound.</summary>
    internal ImmutableArray<LikelihoodMention> Scan(string text, out long steps)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return Scan(text, new TokenStream(text), out steps);
    }

    /// <summary>Scans the tokens of <paramref name="text"/> that another reader may share.</summary>
    internal ImmutableArray<LikelihoodMention> Scan(string text, TokenStream tokens, out long steps)
    {
        var reader = new Reader(text, tokens);
        var mentions = ImmutableArray.CreateBuilder<LikelihoodMention>();
        int i = 0;
        int floor = 0;
        while ((i = reader.NextStart(i)) >= 0)
        {
            if (!reader.TryMatch(i, floor, out var match))
            {
                i++;
                continue;
            }
            int start = reader[match.First].Start;
            int end = reader[match.Last].End;
            var span = TextSpan.FromBounds(start, end);
            string words = text.Substring(start, end - start);
            var phrase = new EstimativePhrase(words, match.Term, match.Percentage);
            mentions.Add(new LikelihoodMention(span, words, phrase, Policy.Interpret(phrase)));
            i = floor = match.Last + 1;
        }
        steps = reader.Steps;
        return mentions.ToImmutable();
    }

    /// <summary>The tokens an expression covers, inclusive, and what it says.</summary>
    private readonly record struct Match(int First, int Last, EstimativeTerm Term, decimal? Percentage);

    /// <summary>The token stream of one text, with the look-ups of the reading rules; counts every token inspection.</summary>
    private sealed class Reader(string text, TokenStream tokens)
    {
        private readonly EstimativeLexicon.Node root = EstimativeLexicon.Instance.Root;

        internal long Steps { get; private set; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal bool Exists(int index)
        {
            Steps++;
            return tokens.Exists(index);
        }

        internal ref readonly Token this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get
            {
                Steps++;
                return ref tokens[index];
            }
        }

        private ReadOnlySpan<char> Word(int index)
        {
            ref readonly var token = ref this[index];
            return token.Kind == TokenKind.Word ? text.AsSpan(token.Start, token.Length) : default;
        }

        /// <summary>
        /// The first token at or after <paramref name="index"/> that an expression can start at, or -1 past the last token:
        /// a number (a percentage) or a word that starts a vocabulary entry, as the lexer marked it
        /// (<see cref="TokenMarks.EstimativeStart"/>). Most tokens of a text are neither, and are passed by without a look
        /// at each; each is counted in <see cref="Steps"/> once.
        /// </summary>
        internal int NextStart(int index)
        {
            int next = tokens.Next(index, TokenMarks.EstimativeStart);
            Steps += (next < 0 ? tokens.Lexed : next + 1) - index;
            return next;
        }

        /// <summary>Whether token <paramref name="index"/> exists, is a word and follows its predecessor after white space.</summary>
        private bool IsSpacedWord(int index) => Exists(index) && this[index] is { Kind: TokenKind.Word, SpaceBefore: true };

        internal bool TryMatch(int i, int floor, out Match match)
        {
            if (TryPercentageBefore(i, out match))
            {
                return true;
            }
            if (!TryEntry(i, out match))
            {
                return false;
            }
            if (match.Term is EstimativeTerm.LessLikely or EstimativeTerm.MoreLikely)
            {
                match = match with { Last = ComparisonEnd(match.Last) };
                return true;
            }
            if (match.Term == EstimativeTerm.Belief)
            {
                match = WithBeliefContext(match, floor);
            }
            // Entries side by side are one expression, read as the most specific of them.
            for (int joined = 1; joined < MaxJoinedEntries && match.Term != EstimativeTerm.StatedPercentage && IsSpacedWord(match.Last + 1)
                && TryEntry(match.Last + 1, out var next) && next.Term is not (EstimativeTerm.LessLikely or EstimativeTerm.MoreLikely); joined++)
            {
                if (next.Term == EstimativeTerm.Belief)
                {
                    next = WithBeliefContext(next, next.First);
                }
                match = new Match(match.First, next.Last, Specificity(next.Term) > Specificity(match.Term) ? next.Term : match.Term,
                    next.Percentage);
                if (next.Percentage is not null)
                {
                    match = match with { Term = EstimativeTerm.StatedPercentage };
                }
            }
            return true;
        }

        /// <summary>The longest vocabulary entry starting at <paramref name="i"/>.</summary>
        private bool TryEntry(int i, out Match match)
        {
            match = default;
            var node = root;
            for (int j = i; j < i + EstimativeLexicon.MaxWords; j++)
            {
                if (j > i ? !IsSpacedWord(j) : !(Exists(j) && this[j] is { Kind: TokenKind.Word, Estimative: true }))
                {
                    break;
                }
                node = node.Find(Word(j));
                if (node is null)
                {
                    break;
                }
                if (node.Term is { } term)
                {
                    match = new Match(i, j, term, null);
                }
            }
            if (match.Term == default)
            {
                return false;
            }
            var first = Word(i);
            // "May" with a capital is the month; "think tank" is an institution.
            if (match.Last == i && ((first.Equals("may", StringComparison.OrdinalIgnoreCase) && !first.SequenceEqual("may"))
                || (match.Term == EstimativeTerm.Belief && IsSpacedWord(i + 1) && Word(i + 1).StartsWith("tank", StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }
            return true;
        }

        /// <summary>A belief with its pronoun and negation before it and a percentage after it.</summary>
        private Match WithBeliefContext(Match belief, int floor)
        {
            int first = belief.First;
            var term = belief.Term;
            if (first - 1 >= floor && this[first].SpaceBefore && EstimativeLexicon.IsNegator(Word(first - 1)))
            {
                term = EstimativeTerm.Disbelief;
                first--;
                if (first - 1 >= floor && this[first].SpaceBefore && !Word(first).Contains('\'') && !Word(first).Contains('\u2019')
                    && EstimativeLexicon.IsDoAuxiliary(Word(first - 1)))
                {
                    first--;
                }
            }
            if (first - 1 >= floor && this[first].SpaceBefore && EstimativeLexicon.IsPronoun(Word(first - 1)))
            {
                first--;
            }
            if (term == EstimativeTerm.Belief && TryPercentage(belief.Last + 1, out int last, out decimal probability))
            {
                return new Match(first, last, EstimativeTerm.StatedPercentage, probability);
            }
            return belief with { First = first, Term = term };
        }

        /// <summary>"99 percent sure", "a 60% chance": a percentage followed by a word of probability.</summary>
        private bool TryPercentageBefore(int i, out Match match)
        {
            match = default;
            if (!TryPercentage(i, out int last, out decimal probability) || !IsSpacedWord(last + 1)
                || !EstimativeLexicon.IsProbabilityNoun(Word(last + 1)))
            {
                return false;
            }
            match = new Match(i, last + 1, EstimativeTerm.StatedPercentage, probability);
            return true;
        }

        /// <summary>A number from 0 to 100 followed by "percent", "per cent" or "%".</summary>
        private bool TryPercentage(int i, out int last, out decimal probability)
        {
            last = i;
            probability = 0;
            if (!Exists(i) || this[i] is not { Kind: TokenKind.Number } number || number.Shape == NumeralShape.Overflow || !Exists(i + 1))
            {
                return false;
            }
            // The unit first: most numbers are no percentage, and their value is not worth its decimal arithmetic.
            ref readonly var unit = ref this[i + 1];
            var unitText = text.AsSpan(unit.Start, unit.Length);
            if (unit.Kind == TokenKind.Symbol && unitText is "%")
            {
                last = i + 1;
            }
            else if (unit.Kind == TokenKind.Word && unitText.Equals("percent", StringComparison.OrdinalIgnoreCase))
            {
                last = i + 1;
            }
            else if (unit.Kind == TokenKind.Word && unitText.Equals("per", StringComparison.OrdinalIgnoreCase) && IsSpacedWord(i + 2)
                && Word(i + 2).Equals("cent", StringComparison.OrdinalIgnoreCase))
            {
                last = i + 2;
            }
            else
            {
                return false;
            }
            decimal value = Lexer.ValueOf(text, number);
            if (value > 100)
            {
                last = i;
                return false;
            }
            probability = value / 100;
            return true;
        }

        /// <summary>The last token of "less likely than we first assessed": the word naming the earlier judgement, if near.</summary>
        private int ComparisonEnd(int last)
        {
            if (!IsSpacedWord(last + 1) || !Word(last + 1).Equals("than", StringComparison.OrdinalIgnoreCase))
            {
                return last;
            }
            for (int k = last + 2; k <= last + 1 + ComparisonReach && IsSpacedWord(k); k++)
            {
                if (EstimativeLexicon.EndsComparison(Word(k), root))
                {
                    return k;
                }
            }
            return last;
        }

        private static int Specificity(EstimativeTerm term) => term switch
        {
            EstimativeTerm.StatedPercentage => 4,
            EstimativeTerm.Belief or EstimativeTerm.Disbelief => 2,
            EstimativeTerm.Possible => 1,
            _ => 3,
        };
    }
}
