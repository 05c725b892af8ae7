using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// The provenance model's arbitraries (sources, chains, document ids, evidence), registered with
/// <c>[Property(Arbitrary = new[] { typeof(ProvenanceArbitraries) })]</c>.
/// </summary>
public static class ProvenanceArbitraries
{
    /// <summary>Sources of every kind, with or without role, organisation and date.</summary>
    public static Arbitrary<Source> Source() => ModelGenerators.Source.ToArbitrary();

    /// <summary>Chains of one to four links.</summary>
    public static Arbitrary<SourceChain> SourceChain() => ModelGenerators.SourceChain.ToArbitrary();

    /// <summary>Document ids of 1 to 200 allowed characters.</summary>
    public static Arbitrary<DocumentId> DocumentId() => ModelGenerators.DocumentId.ToArbitrary();

    /// <summary>Evidence whose quote has exactly the span's length.</summary>
    public static Arbitrary<Evidence> Evidence() => ModelGenerators.Evidence.ToArbitrary();
}
