using System;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Words of estimative probability found in a text: where they stand, the exact text there, what they say and the
/// probability range a policy put on them.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with component-wise equality.</remarks>
public sealed class LikelihoodMention : Mention, IEquatable<LikelihoodMention>
{
    /// <summary>Creates a mention.</summary>
    /// <param name="span">Where the words stand.</param>
    /// <param name="text">The exact text at <paramref name="span"/>.</param>
    /// <param name="phrase">What the words say.</param>
    /// <param name="likelihood">The range the policy put on them; <c>null</c> for a comparative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="phrase"/> is null.</exception>
    /// <exception cref="ArgumentException">The text's length differs from the span's.</exception>
    public LikelihoodMention(TextSpan span, string text, EstimativePhrase phrase, Likelihood? likelihood)
        : base(span, text)
    {
        Phrase = Preconditions.CheckNotNull(phrase, nameof(phrase));
        Likelihood = likelihood;
    }

    /// <summary>What the words say.</summary>
    public EstimativePhrase Phrase { get; }

    /// <summary>The probability range the policy put on the words, or <c>null</c> for a comparative.</summary>
    public Likelihood? Likelihood { get; }

    /// <inheritdoc />
    public bool Equals(LikelihoodMention? other) =>
        other is not null && SameWords(other) && Phrase.Equals(other.Phrase) && Equals(Likelihood, other.Likelihood);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LikelihoodMention);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(WordsHash(), Phrase, Likelihood);

    /// <summary>Compares two mentions component-wise.</summary>
    public static bool operator ==(LikelihoodMention? left, LikelihoodMention? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two mentions component-wise.</summary>
    public static bool operator !=(LikelihoodMention? left, LikelihoodMention? right) => !(left == right);

    /// <summary>"[3956..3966) "I think" → 55–99 % (icd-203)", culture-invariant.</summary>
    public override string ToString() =>
        $"{Span} \"{Text}\" → {(Likelihood is { } l ? l.RangeText : Phrase.Term == EstimativeTerm.LessLikely ? "lower than before" : "higher than before")}";
}
