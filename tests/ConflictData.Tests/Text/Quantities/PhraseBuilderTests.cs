using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Text.Quantities;

/// <summary>The laws of a hedged share (<see cref="PhraseBuilder.InterpretShare"/>).</summary>
public class PhraseBuilderTests
{
    private static readonly SignificantDigitApproximationPolicy Policy = SignificantDigitApproximationPolicy.Instance;

    /// <summary>"about p/q" is centred on the share and as wide as the same hedge on one significant digit; "almost p/q"
    /// ends just short of it; a directional hedge bounds at the share itself.</summary>
    [Property(Arbitrary = new[] { typeof(ShareArbitraries) })]
    public bool HedgedShare_KeepsTheShareWhereTheHedgePutsIt(Share share)
    {
        decimal value = (decimal)share.Part / share.Whole;
        var about = PhraseBuilder.InterpretShare(Policy, value, HedgeKinds.Approximate);
        var almost = PhraseBuilder.InterpretShare(Policy, value, HedgeKinds.Almost);
        var over = PhraseBuilder.InterpretShare(Policy, value, HedgeKinds.MoreThan);
        return about.Best == value && about.Contains(value) && about.Lower!.Value.Value < value && about.Upper!.Value.Value > value
            && almost.Upper == Bound.Exclusive(value) && almost.Lower!.Value.Value < value
            && over.Lower == Bound.Exclusive(value) && over.Upper is null;
    }

    /// <summary>A share one digit states exactly ("half", "one in five") reads as the policy reads that digit.</summary>
    [Property]
    public bool ShareOfOneDigit_ReadsAsThePolicySays(byte tenths, bool almost)
    {
        decimal value = (tenths % 9 + 1) / 10m;
        var kinds = almost ? HedgeKinds.Almost : HedgeKinds.Approximate;
        return PhraseBuilder.InterpretShare(Policy, value, kinds).Equals(Policy.Interpret(value, kinds));
    }
}

/// <summary>A share as news states one: part in whole, 1 ≤ part ≤ whole ≤ 1,000,000.</summary>
public sealed record Share(int Part, int Whole);

/// <summary>Generates <see cref="Share"/>s.</summary>
public static class ShareArbitraries
{
    public static Arbitrary<Share> Shares() =>
        Arb.From(
            from whole in Gen.Choose(1, 1_000_000)
            from part in Gen.Choose(1, whole)
            select new Share(part, whole));
}
