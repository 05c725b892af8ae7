using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Provenance;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Confidence;

public class StatedConfidenceInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Proper text, a defined level, a probability from 0 to 1 if any, a valid speaker if any.</summary>
    internal static bool Holds(StatedConfidence c) =>
        SourceInvariantTests.IsTrimmedText(c.Text) && System.Enum.IsDefined(c.Level)
        && c.Probability is null or (>= 0 and <= 1) && (c.StatedBy is null || SourceInvariantTests.Holds(c.StatedBy));

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.StatedConfidence.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomTextLevelAndProbability_AreRejectedOrValid() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), RawInputGenerators.Enum<ConfidenceLevel>().ToArbitrary(),
            ModelGenerators.OrNone(Gen.OneOf(RawInputGenerators.Decimal, Gen.Choose(-2, 12).Select(i => i / 10m))).ToArbitrary(),
            (text, level, probability) => ConstructorProperty.RejectsOrHolds(() => new StatedConfidence(text!, level, probability), Holds)).Check(Cfg);
}
