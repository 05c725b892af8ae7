using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Provenance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Confidence;

[Properties(Arbitrary = new[] { typeof(JudgementArbitraries) }, MaxTest = 1000)]
public class StatedConfidenceInvariantTests
{
    /// <summary>Proper text, a defined level, a probability from 0 to 1 if any, a valid speaker if any.</summary>
    internal static bool Holds(StatedConfidence c) =>
        SourceInvariantTests.IsTrimmedText(c.Text) && System.Enum.IsDefined(c.Level)
        && c.Probability is null or (>= 0 and <= 1) && (c.StatedBy is null || SourceInvariantTests.Holds(c.StatedBy));

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(StatedConfidence value) => Holds(value);

    [Property]
    public Property RandomTextLevelAndProbability_AreRejectedOrValid() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), RawInputGenerators.Enum<ConfidenceLevel>().ToArbitrary(),
            ModelGenerators.OrNone(Gen.OneOf(RawInputGenerators.Decimal, Gen.Choose(-2, 12).Select(i => i / 10m))).ToArbitrary(),
            (text, level, probability) => ConstructorProperty.RejectsOrHolds(() => new StatedConfidence(text!, level, probability), Holds));
}
