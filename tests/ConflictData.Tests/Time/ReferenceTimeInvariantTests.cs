using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Time;

[Properties(Arbitrary = new[] { typeof(TimeArbitraries) }, MaxTest = 1000)]
public class ReferenceTimeInvariantTests
{
    /// <summary>A defined kind and a valid anchor; "since" has no end, the others end where the anchor ends.</summary>
    internal static bool Holds(ReferenceTime t) =>
        System.Enum.IsDefined(t.Kind) && DateRangeInvariantTests.Holds(t.Anchor) && t.From == t.Anchor.Start
        && t.To == (t.Kind == ReferenceTimeKind.Since ? null : t.Anchor.End);

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(ReferenceTime value) => Holds(value);

    [Property]
    public Property RandomKind_IsRejectedExactlyWhenUndefined() =>
        Prop.ForAll(RawInputGenerators.Enum<ReferenceTimeKind>().ToArbitrary(), ModelGenerators.OrNull(ModelGenerators.DateRange).ToArbitrary(),
            (kind, anchor) => ConstructorProperty.AcceptsExactly(System.Enum.IsDefined(kind) && anchor is not null,
                () => new ReferenceTime(kind, anchor!), Holds));
}
