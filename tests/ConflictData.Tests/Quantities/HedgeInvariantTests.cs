using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Quantities;

public class HedgeInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Words exactly when there are kinds, no padding, and only defined kind bits.</summary>
    internal static bool Holds(Hedge h) =>
        (h.Text.Length == 0) == (h.Kinds == HedgeKinds.None)
        && h.Text.Trim().Length == h.Text.Length
        && ((int)h.Kinds & ~1023) == 0;

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.Hedge.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomTextAndKinds_IsRejectedOrValid() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), RawInputGenerators.Int.ToArbitrary(),
            (text, kinds) => ConstructorProperty.RejectsOrHolds(() => new Hedge(text!, (HedgeKinds)kinds), Holds)).Check(Cfg);

    [Fact]
    public void Recognize_RandomText_NeverThrowsAndGivesAValidHedge() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), text => Hedge.Recognize(text) is not { } h || (Holds(h) && h.Kinds != HedgeKinds.None))
            .Check(Cfg);
}
