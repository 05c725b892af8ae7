using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// The judgement model's arbitraries (stated confidence, Admiralty grades), registered with
/// <c>[Property(Arbitrary = new[] { typeof(JudgementArbitraries) })]</c>.
/// </summary>
public static class JudgementArbitraries
{
    /// <summary>Stated confidence at every level, with or without probability and speaker.</summary>
    public static Arbitrary<StatedConfidence> StatedConfidence() => ModelGenerators.StatedConfidence.ToArbitrary();

    /// <summary>All 36 Admiralty grades.</summary>
    public static Arbitrary<ReliabilityGrade> ReliabilityGrade() => ModelGenerators.ReliabilityGrade.ToArbitrary();
}
