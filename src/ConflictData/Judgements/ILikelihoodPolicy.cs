namespace ConflictData;

/// <summary>
/// Puts a probability range on words of estimative probability: the single, replaceable place where "likely" becomes
/// [0.55, 0.80], as <see cref="IApproximationPolicy"/> is for "some 40,000". The default is <see cref="Icd203LikelihoodPolicy"/>.
/// </summary>
/// <remarks>Implementations must be thread-safe, return the same result for the same phrase, and keep every range inside [0, 1].</remarks>
public interface ILikelihoodPolicy
{
    /// <summary>The policy's name, lower-case kebab-case ("icd-203"), recorded in every <see cref="Likelihood"/> it makes.</summary>
    string Name { get; }

    /// <summary>Interprets <paramref name="phrase"/>.</summary>
    /// <param name="phrase">The words and what they say.</param>
    /// <returns>The range the words stand for, or <c>null</c> when they state no probability of their own (a comparative such
    /// as "less likely than we first assessed").</returns>
    Likelihood? Interpret(EstimativePhrase phrase);
}
