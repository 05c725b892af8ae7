namespace ConflictData;

/// <summary>
/// What words of estimative probability say, before any number is put on them: the rung of ICD 203's scale they name,
/// or a possibility, a belief, a stated percentage, or a change against an earlier judgement. An
/// <see cref="ILikelihoodPolicy"/> turns a term into a probability range.
/// </summary>
/// <remarks>Kept apart from the numbers as <see cref="HedgeKinds"/> is kept apart from <see cref="IApproximationPolicy"/>.</remarks>
public enum EstimativeTerm
{
    /// <summary>"almost no chance", "remote".</summary>
    AlmostNoChance = 1,

    /// <summary>"very unlikely", "highly unlikely", "highly improbable".</summary>
    VeryUnlikely,

    /// <summary>"unlikely", "improbable", "probably not".</summary>
    Unlikely,

    /// <summary>"roughly even chance", "even chance", "fifty-fifty".</summary>
    RoughlyEvenChance,

    /// <summary>"likely", "probably", "probable", "most likely", "expected".</summary>
    Likely,

    /// <summary>"very likely", "highly likely", "highly probable".</summary>
    VeryLikely,

    /// <summary>"almost certain", "almost certainly", "definitely", "certainly".</summary>
    AlmostCertain,

    /// <summary>"may", "might", "could", "possibly", "potentially": possible, no more.</summary>
    Possible,

    /// <summary>"believe", "think", "assess", "thought": the source asserts the proposition as its belief.</summary>
    Belief,

    /// <summary>"do not think", "don't believe": the source asserts the proposition's denial as its belief.</summary>
    Disbelief,

    /// <summary>An explicit probability ("99 percent", "a 60% chance"), taken as stated.</summary>
    StatedPercentage,

    /// <summary>"less likely than", "less probable": lower than an earlier judgement, with no number of its own.</summary>
    LessLikely,

    /// <summary>"more likely than", "more probable": higher than an earlier judgement, with no number of its own.</summary>
    MoreLikely,

    /// <summary>
    /// "a realistic possibility": the rung between "unlikely" and "likely" of the yardstick of the UK's Professional Head
    /// of Intelligence Assessment (PHIA), which British defence intelligence updates use; it has no word of ICD 203's scale.
    /// </summary>
    RealisticPossibility,
}
