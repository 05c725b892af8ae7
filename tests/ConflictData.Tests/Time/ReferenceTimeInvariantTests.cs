using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Time;

public class ReferenceTimeInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>A defined kind and a valid anchor; "since" has no end, the others end where the anchor ends.</summary>
    internal static bool Holds(ReferenceTime t) =>
        System.Enum.IsDefined(t.Kind) && DateRangeInvariantTests.Holds(t.Anchor) && t.From == t.Anchor.Start
        && t.To == (t.Kind == ReferenceTimeKind.Since ? null : t.Anchor.End);

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.ReferenceTime.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomKind_IsRejectedExactlyWhenUndefined() =>
        Prop.ForAll(RawInputGenerators.Enum<ReferenceTimeKind>().ToArbitrary(), ModelGenerators.OrNull(ModelGenerators.DateRange).ToArbitrary(),
            (kind, anchor) => ConstructorProperty.AcceptsExactly(System.Enum.IsDefined(kind) && anchor is not null,
                () => new ReferenceTime(kind, anchor!), Holds)).Check(Cfg);
}
