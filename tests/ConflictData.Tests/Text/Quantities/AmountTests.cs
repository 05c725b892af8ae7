using System;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace ConflictData.Tests.Text.Quantities;

/// <summary>
/// An amount's value skips decimal arithmetic for a whole number without a multiplier; these hold the short way to the
/// long one (the product, trailing zeros dropped) bit for bit, since the scale of a decimal shows in the JSON written.
/// </summary>
public class AmountTests
{
    public static readonly TheoryData<string, bool> Edges = new()
    {
        { "0", false }, { "0", true }, { "1", false }, { "1", true }, { "2014", false }, { "45000", true },
        { "10000000000000000000000000000", false }, { "79228162514264337593543950335", false },
        { "79228162514264337593543950335", true }, { "2.5", false }, { "2.50", true }, { "1.0", false },
    };

    [Theory]
    [MemberData(nameof(Edges))]
    public void Value_OfEdgeNumbers_IsTheNormalizedProductBitForBit(string raw, bool negative)
    {
        var amount = new Amount { Raw = decimal.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), Multiplier = 1, Negative = negative };
        Assert.Equal(decimal.GetBits(LongWay(amount)), decimal.GetBits(amount.Value));
        Assert.True(amount.FitsScaledBy(1));
    }

    [Property(Arbitrary = new[] { typeof(AmountArbitraries) })]
    public bool Value_IsTheNormalizedProductBitForBit(AmountCase read)
    {
        var amount = read.ToAmount();
        // The grammar keeps only amounts whose product fits (FitsScaledBy); others have no value to compare.
        return amount.Raw > Amount.Largest / amount.Multiplier
            || decimal.GetBits(LongWay(amount)).AsSpan().SequenceEqual(decimal.GetBits(amount.Value));
    }

    [Property(Arbitrary = new[] { typeof(AmountArbitraries) })]
    public bool FitsScaledBy_IsTheQuotientTest(AmountCase read, bool byTen)
    {
        var amount = read.ToAmount();
        decimal factor = byTen ? 10 : 1;
        return amount.FitsScaledBy(factor) == (amount.Raw <= Amount.Largest / amount.Multiplier / factor);
    }

    private static decimal LongWay(Amount amount) => Amount.Normalize((amount.Negative ? -amount.Raw : amount.Raw) * amount.Multiplier);
}

/// <summary>What an <see cref="Amount"/> holds of its number.</summary>
public sealed record AmountCase(decimal Raw, decimal Multiplier, bool Negative)
{
    internal Amount ToAmount() => new() { Raw = Raw, Multiplier = Multiplier, Negative = Negative };
}

/// <summary>Amounts as the grammar reads them: whole numbers of any size (most), decimals, and multipliers of one or a scale.</summary>
public static class AmountArbitraries
{
    public static Arbitrary<AmountCase> Amounts() => Arb.From(
        from lo in ArbMap.Default.GeneratorFor<int>()
        from mid in Gen.Elements(0, 0, 1, int.MaxValue, -1)
        from hi in Gen.Elements(0, 0, 0, 1, 1 << 20, -1)
        from scale in Gen.Frequency((4, Gen.Constant((byte)0)), (1, Gen.Choose(1, 28).Select(s => (byte)s)))
        from multiplier in Gen.Elements(1m, 1.0m, 1_000m, 1_000_000m, 1_000_000_000m, 12m)
        from negative in ArbMap.Default.GeneratorFor<bool>()
        select new AmountCase(new decimal(lo, mid, hi, false, scale), multiplier, negative));
}
