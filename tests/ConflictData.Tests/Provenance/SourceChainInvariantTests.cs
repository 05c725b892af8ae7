using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Provenance;

public class SourceChainInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>At least one link, no null links, publisher first and origin last.</summary>
    internal static bool Holds(SourceChain c) =>
        !c.Links.IsDefaultOrEmpty && c.Links.All(l => l is not null && SourceInvariantTests.Holds(l))
        && ReferenceEquals(c.Publisher, c.Links[0]) && ReferenceEquals(c.Origin, c.Links[^1]);

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.SourceChain.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomLinksWithNulls_AreRejectedExactlyWhenEmptyOrHoldingNull() =>
        Prop.ForAll(ModelGenerators.OrNull(ModelGenerators.Source).ArrayOf().ToArbitrary(), links =>
            ConstructorProperty.AcceptsExactly(links.Length > 0 && links.All(l => l is not null), () => new SourceChain(links!), Holds)).Check(Cfg);
}
