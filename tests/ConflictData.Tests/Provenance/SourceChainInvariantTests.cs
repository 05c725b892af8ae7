using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Provenance;

[Properties(Arbitrary = new[] { typeof(ProvenanceArbitraries) }, MaxTest = 500)]
public class SourceChainInvariantTests
{
    /// <summary>At least one link, no null links, publisher first and origin last.</summary>
    internal static bool Holds(SourceChain c) =>
        !c.Links.IsDefaultOrEmpty && c.Links.All(l => l is not null && SourceInvariantTests.Holds(l))
        && ReferenceEquals(c.Publisher, c.Links[0]) && ReferenceEquals(c.Origin, c.Links[^1]);

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(SourceChain value) => Holds(value);

    [Property]
    public Property RandomLinksWithNulls_AreRejectedExactlyWhenEmptyOrHoldingNull() =>
        Prop.ForAll(ModelGenerators.OrNull(ModelGenerators.Source).ArrayOf().ToArbitrary(), links =>
            ConstructorProperty.AcceptsExactly(links.Length > 0 && links.All(l => l is not null), () => new SourceChain(links!), Holds));
}
