using System;
using System.Text;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// Decides whether two citations come from one origin — the last link of a source chain: the report, the person or the
/// organisation a figure comes from. Two outlets quoting one UN report are one source, not two.
/// </summary>
/// <remarks>
/// <para><b>The default normalisation</b> of a name or organisation: Unicode compatibility decomposition with accents
/// removed, lower case (invariant), every character that is not a letter or digit dropped (so "U.N." is "un" and
/// "U.S.-led" is "usled") and runs of white space made one space; a leading "the " is dropped. The key of an origin is
/// its normalised name and organisation, "name|organisation". Two origins are the same when their keys are equal and
/// their dates (<see cref="Source.When"/>) overlap or one is unstated.</para>
/// <para>Derive and override <see cref="Normalize"/>, <see cref="Key"/> or <see cref="SameOrigin"/> to add aliases
/// ("UN" for "United Nations") or stricter rules. Implementations must be thread-safe; this one is immutable.
/// <see cref="Key"/> must depend only on its argument: the reconciler computes it once per distinct origin.</para>
/// <para><b>Cost.</b> With this class itself (not a derived one) the reconciler compares an estimate only with the
/// estimates of its own origin key, since the rule above needs equal keys; a derived class may make any two origins the
/// same, so the reconciler then asks <see cref="SameOrigin"/> of every pair of citations within a time point.</para>
/// </remarks>
public class OriginNormalizer
{
    /// <summary>The default normalisation described on the type.</summary>
    public static OriginNormalizer Default { get; } = new();

    /// <summary>The normalised form of a name or organisation.</summary>
    public virtual string Normalize(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        var result = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Normalize(NormalizationForm.FormKD))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && result.Length > 0)
                {
                    result.Append(' ');
                }
                space = false;
                result.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
            }
        }
        string normalized = result.ToString();
        return normalized.StartsWith("the ", StringComparison.Ordinal) ? normalized[4..] : normalized;
    }

    /// <summary>The key of an origin: its normalised name and organisation, "name|organisation".</summary>
    public virtual string Key(Source origin)
    {
        Preconditions.CheckNotNull(origin, nameof(origin));
        return Normalize(origin.Name) + "|" + (origin.Organisation is null ? "" : Normalize(origin.Organisation));
    }

    /// <summary>Whether two sources are one origin: equal keys, and dates that overlap or are unstated.</summary>
    public virtual bool SameOrigin(Source first, Source second)
    {
        Preconditions.CheckNotNull(first, nameof(first));
        Preconditions.CheckNotNull(second, nameof(second));
        return string.Equals(Key(first), Key(second), StringComparison.Ordinal) && DatesOverlap(first, second);
    }

    /// <summary>The default rule's second half: the sources' dates overlap, or one is unstated.</summary>
    internal static bool DatesOverlap(Source first, Source second) =>
        first.When is not { } a || second.When is not { } b || (a.Start <= b.End && b.Start <= a.End);
}
