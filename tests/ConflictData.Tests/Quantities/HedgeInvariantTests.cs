using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

[Properties(Arbitrary = new[] { typeof(QuantityArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class HedgeInvariantTests
{
    /// <summary>Words exactly when there are kinds, no padding, and only defined kind bits.</summary>
    internal static bool Holds(Hedge h) =>
        (h.Text.Length == 0) == (h.Kinds == HedgeKinds.None)
        && h.Text.Trim().Length == h.Text.Length
        && ((int)h.Kinds & ~1023) == 0;

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Hedge value) => Holds(value);

    [Property]
    public bool RandomTextAndKinds_IsRejectedOrValid(string? text, int kinds) =>
        ConstructorProperty.RejectsOrHolds(() => new Hedge(text!, (HedgeKinds)kinds), Holds);

    [Property]
    public bool Recognize_RandomText_NeverThrowsAndGivesAValidHedge(string? text) =>
        Hedge.Recognize(text) is not { } h || (Holds(h) && h.Kinds != HedgeKinds.None);
}
