using System;

namespace ConflictData;

/// <summary>
/// What a hedge says about a number, independent of its exact words. Several may combine:
/// "an estimated 10,000 to 15,000" is <see cref="Estimated"/> and <see cref="Range"/>.
/// </summary>
[Flags]
public enum HedgeKinds
{
    /// <summary>No hedge: the number is stated as exact.</summary>
    None = 0,

    /// <summary>"some", "about", "approximately", "around", "roughly", "or so".</summary>
    Approximate = 1,

    /// <summary>"more than", "over", "slightly more than", "upwards of".</summary>
    MoreThan = 2,

    /// <summary>"at least".</summary>
    AtLeast = 4,

    /// <summary>"up to", "as many as".</summary>
    UpTo = 8,

    /// <summary>"less than", "fewer than", "under".</summary>
    LessThan = 16,

    /// <summary>"almost", "nearly", "just under".</summary>
    Almost = 32,

    /// <summary>Two numbers: "between A and B", "A to B", "from A to B", "A-B".</summary>
    Range = 64,

    /// <summary>"most likely", "probably".</summary>
    MostLikely = 128,

    /// <summary>"estimated", "an estimated", "is estimated to".</summary>
    Estimated = 256,

    /// <summary>A vague quantity word with no number: "hundreds", "thousands", "a handful", "billions".</summary>
    Vague = 512,
}
