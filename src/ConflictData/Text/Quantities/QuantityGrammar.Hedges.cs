using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <content>Hedge phrases before and after the number, and the direction words of a change.</content>
internal sealed partial class QuantityGrammar
{
    private bool IsDirection(int p, out bool falling)
    {
        falling = QuantityLexicon.IsFalling(Span(p));
        return falling || QuantityLexicon.IsRising(Span(p));
    }

    /// <summary>"totalling around", "numbering some", "amounting to about": a verb that leads into a hedged amount.</summary>
    private bool TryLeadIn(int p, out int end)
    {
        end = p;
        if (!IsWord(p) || !QuantityLexicon.IsLeadIn(Span(p)))
        {
            return false;
        }
        end = IsWord(p + 1, "to") ? p + 1 : p;
        return TryHedge(end + 1, prefix: true, out _, out _);
    }

    private bool TryHedge(int p, bool prefix, out int end, out HedgeKinds kinds)
    {
        // A phrase asks for the hedge at its first token twice (before a direction word, then as its hedge): the last
        // answer is kept, for the same window.
        if (p == lastHedge.At && prefix == lastHedge.Prefix && limit == lastHedge.Limit)
        {
            (end, kinds) = (lastHedge.End, lastHedge.Kinds);
            return lastHedge.Found;
        }
        bool found = ReadHedge(p, prefix, out end, out kinds);
        lastHedge = (p, prefix, limit, found, end, kinds);
        return found;
    }

    private bool ReadHedge(int p, bool prefix, out int end, out HedgeKinds kinds)
    {
        end = p;
        kinds = HedgeKinds.None;
        // The lexer marks the first word of every prefix hedge as one that starts a phrase (WordClass.Starter): other words
        // are turned away without a look-up. Only ASCII text equals these words ignoring case, and the word table
        // classifies ASCII exactly.
        if (!IsWord(p) || (prefix && (tokens[p].Class & WordClass.Starter) == 0))
        {
            return false;
        }
        foreach (var (words, phraseKinds) in HedgePhrases.Candidates(Span(p), prefix))
        {
            int q = p;
            bool all = true;
            foreach (string word in words)
            {
                if (!IsWord(q, word))
                {
                    all = false;
                    break;
                }
                q++;
            }
            if (all)
            {
                end = q - 1;
                kinds = phraseKinds;
                // "is estimated to have between ...": the verb after "estimated to" belongs to the hedge.
                if (words[^1] == "to" && words.Length > 1 && words[^2] == "estimated"
                    && (IsWord(q, "have") || IsWord(q, "be") || IsWord(q, "number") || IsWord(q, "total")))
                {
                    end = q;
                }
                return true;
            }
        }
        return false;
    }
}
