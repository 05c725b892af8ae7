using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// The default <see cref="ILikelihoodPolicy"/>, named <c>icd-203</c>: the probability scale of US Intelligence Community
/// Directive 203 (Analytic Standards), with the ordinary words of news English placed on it.
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>term</term><description>range, and the words that name it</description></listheader>
/// <item><term>almost no chance</term><description>1–5 % ("almost no chance", "remote")</description></item>
/// <item><term>very unlikely</term><description>5–20 % ("very unlikely", "highly unlikely", "highly improbable")</description></item>
/// <item><term>unlikely</term><description>20–45 % ("unlikely", "improbable", "probably not")</description></item>
/// <item><term>roughly even chance</term><description>45–55 % ("roughly even chance", "even chance", "fifty-fifty")</description></item>
/// <item><term>realistic possibility</term><description>40–50 %, the range of the UK PHIA yardstick that names it ("a realistic
/// possibility"): it straddles ICD 203's line between "unlikely" and "roughly even chance" at 45 %, so no rung of this
/// scale holds it.</description></item>
/// <item><term>likely</term><description>55–80 % ("likely", "probably", "probable", "most likely", "expected")</description></item>
/// <item><term>very likely</term><description>80–95 % ("very likely", "highly likely", "highly probable", "very probably")</description></item>
/// <item><term>almost certain</term><description>95–99 % ("almost certain(ly)", "virtually certain", "definitely", "certainly", "is certain")</description></item>
/// <item><term>possible</term><description>5–95 % ("may", "might", "could", "possibly", "potentially", "perhaps"): the words say
/// only that the thing can happen, which rules out the two ends of the scale and nothing else.</description></item>
/// <item><term>belief</term><description>55–99 % ("we believe", "I think", "assessed", "thought"): asserting a proposition as
/// one's belief claims it is more likely than not — ICD 203's "likely" starts at 55 % — without excluding near-certainty.</description></item>
/// <item><term>disbelief</term><description>1–45 % ("we do not think", "don't believe"): the same claim about the denial.</description></item>
/// <item><term>stated percentage</term><description>exactly as stated ("99 percent" → 99 %).</description></item>
/// <item><term>less / more likely</term><description>no range: the words compare with an earlier judgement (see <see cref="LikelihoodChange"/>).</description></item>
/// </list>
/// <para>ICD 203 gives no rung 0 % or 100 %: even "definitely" is placed at 95–99 %. Words that combine ("could likely",
/// "will likely") are read by the scanner as their most specific term. This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var policy = Icd203LikelihoodPolicy.Instance;
/// policy.Interpret(EstimativePhrase.Recognize("almost certainly")!); // “almost certainly” 95–99 % (icd-203)
/// policy.Interpret(EstimativePhrase.Recognize("99 percent sure")!);  // “99 percent sure” 99 % (icd-203)
/// </code>
/// </example>
public sealed class Icd203LikelihoodPolicy : ILikelihoodPolicy
{
    /// <summary>The policy's name in every <see cref="Likelihood"/> it makes.</summary>
    public const string PolicyName = "icd-203";

    private Icd203LikelihoodPolicy()
    {
    }

    /// <summary>The shared instance.</summary>
    public static Icd203LikelihoodPolicy Instance { get; } = new();

    /// <inheritdoc />
    public string Name => PolicyName;

    /// <inheritdoc />
    /// <exception cref="System.ArgumentNullException"><paramref name="phrase"/> is null.</exception>
    public Likelihood? Interpret(EstimativePhrase phrase)
    {
        Preconditions.CheckNotNull(phrase, nameof(phrase));
        (decimal Low, decimal High)? range = phrase.Term switch
        {
            EstimativeTerm.AlmostNoChance => (0.01m, 0.05m),
            EstimativeTerm.VeryUnlikely => (0.05m, 0.20m),
            EstimativeTerm.Unlikely => (0.20m, 0.45m),
            EstimativeTerm.RoughlyEvenChance => (0.45m, 0.55m),
            EstimativeTerm.RealisticPossibility => (0.40m, 0.50m),
            EstimativeTerm.Likely => (0.55m, 0.80m),
            EstimativeTerm.VeryLikely => (0.80m, 0.95m),
            EstimativeTerm.AlmostCertain => (0.95m, 0.99m),
            EstimativeTerm.Possible => (0.05m, 0.95m),
            EstimativeTerm.Belief => (0.55m, 0.99m),
            EstimativeTerm.Disbelief => (0.01m, 0.45m),
            EstimativeTerm.StatedPercentage => (phrase.Percentage!.Value, phrase.Percentage.Value),
            _ => null,
        };
        return range is { } r ? new Likelihood(phrase.Words, r.Low, r.High, Name) : null;
    }

    /// <summary>"icd-203".</summary>
    public override string ToString() => Name;
}
