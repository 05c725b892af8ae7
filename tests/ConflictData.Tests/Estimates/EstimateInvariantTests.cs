using System.Linq;
using ConflictData.Tests.Confidence;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Measurement;
using ConflictData.Tests.Provenance;
using ConflictData.Tests.Quantities;
using ConflictData.Tests.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Estimates;

[Properties(Arbitrary = new[] { typeof(EstimateArbitraries) }, MaxTest = 300)]
public class EstimateInvariantTests
{
    /// <summary>A valid id and valid parts throughout; a hedge always present (None when unhedged); no null in lists.</summary>
    internal static bool Holds(Estimate e) =>
        DocumentId.IsValid(e.Id) && QuantityInvariantTests.Holds(e.Quantity) && MeasurandInvariantTests.Holds(e.Measurand)
        && e.Hedge is not null && HedgeInvariantTests.Holds(e.Hedge)
        && (e.Noun is null || SourceInvariantTests.IsTrimmedText(e.Noun))
        && (e.ReferenceTime is null || ReferenceTimeInvariantTests.Holds(e.ReferenceTime))
        && (e.Published is null || PublicationTimeInvariantTests.Holds(e.Published))
        && !e.Sources.IsDefault && e.Sources.All(SourceChainInvariantTests.Holds)
        && !e.Evidence.IsDefault && e.Evidence.All(EvidenceInvariantTests.Holds)
        && (e.Confidence is null || StatedConfidenceInvariantTests.Holds(e.Confidence))
        && (e.Reliability is not { } r || ReliabilityGradeInvariantTests.Holds(r));

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Estimate value) => Holds(value);

    [Property]
    public Property RandomIdNounAndLists_AreRejectedOrValid() =>
        Prop.ForAll(Gen.Zip(RawInputGenerators.Text, RawInputGenerators.Text).ToArbitrary(),
            ModelGenerators.OrNull(ModelGenerators.SourceChain).ArrayOf().ToArbitrary(), ModelGenerators.OrNull(ModelGenerators.Evidence).ArrayOf().ToArbitrary(),
            (idAndNoun, sources, evidence) => ConstructorProperty.RejectsOrHolds(
                () => new Estimate(idAndNoun.Item1!, Quantity.Exact(3, Unit.Person), new Measurand(Indicator.Fighters), null, idAndNoun.Item2,
                    sources: sources!, evidence: evidence!),
                Holds));
}
