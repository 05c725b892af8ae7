namespace ConflictData;

/// <summary>The Admiralty (NATO) scale's grade of a piece of information's credibility, 1 (best) to 6.</summary>
public enum InformationCredibility
{
    /// <summary>1: confirmed by other sources.</summary>
    Confirmed = 1,

    /// <summary>2: probably true.</summary>
    ProbablyTrue = 2,

    /// <summary>3: possibly true.</summary>
    PossiblyTrue = 3,

    /// <summary>4: doubtful.</summary>
    Doubtful = 4,

    /// <summary>5: improbable.</summary>
    Improbable = 5,

    /// <summary>6: truth cannot be judged.</summary>
    CannotBeJudged = 6,
}
