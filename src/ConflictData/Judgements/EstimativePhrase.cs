using System;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// Words of estimative probability exactly as stated ("will likely", "We believe 99 percent", "less likely than we
/// first assessed") with what they say (<see cref="EstimativeTerm"/>) and, for an explicit percentage, the probability
/// stated. Putting a range on them is the job of an <see cref="ILikelihoodPolicy"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with component-wise ordinal equality.</remarks>
/// <example>
/// <code>
/// EstimativePhrase probably = EstimativePhrase.Recognize("probably")!;        // Likely
/// EstimativePhrase talabany = EstimativePhrase.Recognize("We believe 99 percent")!; // StatedPercentage, 0.99
/// Likelihood range = Icd203LikelihoodPolicy.Instance.Interpret(probably)!;   // [0.55, 0.80]
/// </code>
/// </example>
public sealed class EstimativePhrase : IEquatable<EstimativePhrase>
{
    /// <summary>Creates a phrase.</summary>
    /// <param name="words">The words as stated.</param>
    /// <param name="term">What they say.</param>
    /// <param name="percentage">The probability stated, from 0 to 1: required for <see cref="EstimativeTerm.StatedPercentage"/>, absent otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentException">The words are blank or padded; the term is undefined; a percentage is missing or
    /// given where the term states none.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is outside [0, 1].</exception>
    public EstimativePhrase(string words, EstimativeTerm term, decimal? percentage = null)
    {
        Words = Preconditions.CheckNotBlank(words, nameof(words));
        Term = Preconditions.CheckDefined(term, nameof(term));
        Preconditions.CheckArgument(percentage.HasValue == (term == EstimativeTerm.StatedPercentage), nameof(percentage),
            $"A percentage is given exactly when the term is StatedPercentage; the term is {term} and the percentage {(percentage.HasValue ? "given" : "absent")}.");
        Preconditions.CheckRange(percentage is null or (>= 0 and <= 1), nameof(percentage), percentage, "A probability must be from 0 to 1.");
        Percentage = percentage;
    }

    /// <summary>The words as stated.</summary>
    public string Words { get; }

    /// <summary>What the words say.</summary>
    public EstimativeTerm Term { get; }

    /// <summary>The probability stated, from 0 to 1, for an explicit percentage; otherwise <c>null</c>.</summary>
    public decimal? Percentage { get; }

    /// <summary>Whether the words compare with an earlier judgement instead of stating a likelihood.</summary>
    public bool IsComparative => Term is EstimativeTerm.LessLikely or EstimativeTerm.MoreLikely;

    /// <summary>
    /// Reads <paramref name="words"/> as one estimative expression with the same vocabulary as the text scanner
    /// (<see cref="LikelihoodScanner"/>); <c>null</c> when the words are not exactly one such expression.
    /// </summary>
    public static EstimativePhrase? Recognize(string? words) => TryRecognize(words, out var phrase) ? phrase : null;

    /// <summary>As <see cref="Recognize"/>, returning whether the words are one estimative expression.</summary>
    public static bool TryRecognize([NotNullWhen(true)] string? words, [NotNullWhen(true)] out EstimativePhrase? phrase)
    {
        phrase = null;
        if (words is null)
        {
            return false;
        }
        var found = LikelihoodScanner.Default.Scan(words);
        if (found.Length == 1 && found[0].Span.Start == 0 && found[0].Span.End == words.Length)
        {
            phrase = found[0].Phrase;
        }
        return phrase is not null;
    }

    /// <inheritdoc />
    public bool Equals(EstimativePhrase? other) =>
        other is not null && string.Equals(Words, other.Words, StringComparison.Ordinal) && Term == other.Term && Percentage == other.Percentage;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EstimativePhrase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Words), Term, Percentage);

    /// <summary>Compares two phrases component-wise.</summary>
    public static bool operator ==(EstimativePhrase? left, EstimativePhrase? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two phrases component-wise.</summary>
    public static bool operator !=(EstimativePhrase? left, EstimativePhrase? right) => !(left == right);

    /// <summary>"“probably” (Likely)", "“We believe 99 percent” (StatedPercentage 0.99)", culture-invariant.</summary>
    public override string ToString() =>
        Percentage is { } p ? $"“{Words}” ({Term} {Invariant.Plain(p)})" : $"“{Words}” ({Term})";
}
