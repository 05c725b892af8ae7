namespace ConflictData;

/// <summary>Which way a comparative judgement moves against the earlier judgement it names.</summary>
public enum LikelihoodDirection
{
    /// <summary>"less likely than we first assessed".</summary>
    Lower = 1,

    /// <summary>"more likely than previously thought".</summary>
    Higher,
}
