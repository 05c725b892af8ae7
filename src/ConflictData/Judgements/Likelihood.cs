using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// How probable a proposition is, as a closed probability range read from the words that state it ("likely" →
/// [0.55, 0.80] under ICD 203), with the words and the name of the <see cref="ILikelihoodPolicy"/> that read them.
/// </summary>
/// <remarks>
/// <para>A dedicated type rather than a bare <see cref="RangedValue"/>: a probability range is always closed, inside
/// [0, 1], and means nothing without the words it was read from and the scale it was read on, so all three travel
/// together and are validated together. <see cref="ToRange"/> gives the plain range for the merge rules, which then
/// treat a likelihood exactly as they treat a figure.</para>
/// <para>Likelihood is not confidence: ICD 203 keeps the probability of an event apart from the analyst's confidence in
/// the judgement, and so does the model (<see cref="Judgement.Confidence"/> holds the latter).</para>
/// <para>This type is immutable and thread-safe, with component-wise equality; it has no ordering, as ranges have none.</para>
/// </remarks>
/// <example>
/// <code>
/// var likely = new Likelihood("will likely", 0.55m, 0.80m, "icd-203");
/// Console.WriteLine(likely);            // “will likely” 55–80 % (icd-203)
/// RangedValue range = likely.ToRange(); // [0.55, 0.80]
/// </code>
/// </example>
public sealed class Likelihood : IEquatable<Likelihood>
{
    /// <summary>Creates a likelihood.</summary>
    /// <param name="words">The estimative words as stated ("probably", "We believe 99 percent").</param>
    /// <param name="low">The lowest probability the words allow, from 0 to 1.</param>
    /// <param name="high">The highest probability the words allow, from <paramref name="low"/> to 1.</param>
    /// <param name="policy">The name of the policy that read the words: lower-case kebab-case ("icd-203").</param>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException">The words are blank or padded; the policy name is not lower-case kebab-case.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A probability is outside [0, 1], or <paramref name="low"/> is above <paramref name="high"/>.</exception>
    public Likelihood(string words, decimal low, decimal high, string policy)
    {
        Words = Preconditions.CheckNotBlank(words, nameof(words));
        Preconditions.CheckRange(low is >= 0 and <= 1, nameof(low), low, "A probability must be from 0 to 1.");
        Preconditions.CheckRange(high is >= 0 and <= 1, nameof(high), high, "A probability must be from 0 to 1.");
        Preconditions.CheckRange(low <= high, nameof(low), low, $"The low probability must not be above the high probability {Invariant.Plain(high)}.");
        Preconditions.CheckNotNull(policy, nameof(policy));
        Preconditions.CheckArgument(CodeSyntax.IsKebabCase(policy, 100), nameof(policy),
            $"The policy name \"{policy}\" must be lower-case kebab-case, such as icd-203.");
        Low = low;
        High = high;
        Policy = policy;
    }

    /// <summary>The estimative words as stated.</summary>
    public string Words { get; }

    /// <summary>The lowest probability the words allow, from 0 to 1.</summary>
    public decimal Low { get; }

    /// <summary>The highest probability the words allow, from <see cref="Low"/> to 1.</summary>
    public decimal High { get; }

    /// <summary>The name of the policy that read the words ("icd-203").</summary>
    public string Policy { get; }

    /// <summary>Whether the words give a single probability ("99 percent").</summary>
    public bool IsExact => Low == High;

    /// <summary>The closed range [<see cref="Low"/>, <see cref="High"/>], for the merge rules.</summary>
    public RangedValue ToRange() => RangedValue.Between(Low, High);

    /// <summary>Whether <paramref name="probability"/> lies in the range, ends included.</summary>
    public bool Contains(decimal probability) => probability >= Low && probability <= High;

    /// <inheritdoc />
    public bool Equals(Likelihood? other) =>
        other is not null && string.Equals(Words, other.Words, StringComparison.Ordinal) && Low == other.Low && High == other.High
        && string.Equals(Policy, other.Policy, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Likelihood);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Words), Low, High, StringComparer.Ordinal.GetHashCode(Policy));

    /// <summary>Compares two likelihoods component-wise.</summary>
    public static bool operator ==(Likelihood? left, Likelihood? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two likelihoods component-wise.</summary>
    public static bool operator !=(Likelihood? left, Likelihood? right) => !(left == right);

    /// <summary>The words and the range in whole or decimal percent, culture-invariant: "“likely” 55–80 % (icd-203)", "“99 percent” 99 % (icd-203)".</summary>
    public override string ToString() => $"“{Words}” {RangeText}";

    /// <summary>The range in percent and the policy, without the words, culture-invariant: "55–80 % (icd-203)", "99 % (icd-203)".</summary>
    public string RangeText => IsExact ? $"{Percent(Low)} % ({Policy})" : $"{Percent(Low)}–{Percent(High)} % ({Policy})";

    private static string Percent(decimal probability) => Invariant.Grouped(probability * 100);
}
