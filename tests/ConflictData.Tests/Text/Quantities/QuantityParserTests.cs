using System;
using System.Globalization;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Text.Quantities;

public class QuantityParserTests
{
    [Property(MaxTest = 2000)]
    public Property Parse_FormattedQuantity_GivesTheSameQuantity() =>
        Prop.ForAll(QuantityGenerators.Quantities, q =>
        {
            var parsed = QuantityParser.Default.Parse(QuantityParser.Format(q));
            return (parsed.Success && q.Equals(parsed.Value.Quantity))
                .Label($"\"{QuantityParser.Format(q)}\" → {parsed}");
        });

    [Theory]
    [InlineData("between 14,000 and 18,000 people", "[14000, 18000]", "person")]
    [InlineData("more than 5 and up to 9 percent", "(5, 9]", "percent")]
    [InlineData("between USD 35,000 and USD 45,000 (best estimate USD 40,000)", "[35000, 45000] best 40000", "USD")]
    [InlineData("1 country", "[1, 1] best 1", "country")]
    [InlineData("2014", "[2014, 2014] best 2014", null)]
    [InlineData("some 40,000 foreign fighters", "[35000, 45000] best 40000", "person")]
    [InlineData("  up to 3,000 foreigners \n", "( , 3000]", "person")]
    [InlineData("between 48 and 72 hours", "[48, 72]", "hour")]
    [InlineData("12 aircraft", "[12, 12] best 12", "aircraft")]
    [InlineData("a couple of hundred people", "[150, 250] best 200", "person")]
    [InlineData("a couple thousand dollars", "[1500, 2500] best 2000", "USD")]
    [InlineData("2,000 sheep", "[2000, 2000] best 2000", "sheep")]
    [InlineData("from 500 to more than 1,000 fighters", "[500, )", "person")]
    [InlineData("Rs 5 billion", "[5000000000, 5000000000] best 5000000000", "INR")]
    [InlineData("10,000 strong", "[10000, 10000] best 10000", "person")]
    public void Parse_OnePhrase_GivesItsValueAndUnit(string text, string value, string? unit)
    {
        var phrase = QuantityParser.Default.Parse(text).GetValueOrThrow();
        Assert.Equal(value, phrase.Value.ToString());
        Assert.Equal(unit, phrase.Unit?.Code);
    }

    [Theory]
    [InlineData("79,228,162,514,264,337,593,543,950,335 people", "79228162514264337593543950335")]
    [InlineData("1,000,000,000,000,000,000,000,000,001 people", "1000000000000000000000000001")]
    [InlineData("1.0000000000000000000000000001 people", "1.0000000000000000000000000001")]
    [InlineData("79,228,162,514,264,337 billion people", "79228162514264337000000000")]
    public void Parse_NumbersUpToDecimalsLimit_ReadExactly(string text, string value) =>
        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), QuantityParser.Default.Parse(text).GetValueOrThrow().Value.Best);

    public static TheoryData<Quantity> AtDecimalsLimits => new()
    {
        Quantity.Exact(decimal.MaxValue, Unit.Person),
        Quantity.Exact(10_000_000_000_000_000_000_000_001m, Unit.Money(Currency.UsDollar)),
        new Quantity(RangedValue.Between(decimal.MinValue, decimal.MaxValue), Unit.Percent),
        Quantity.Exact(0.0000000000000000000000000001m, Unit.SquareKilometre),
        Quantity.Exact(7.9228162514264337593543950335m, Unit.Count("country")),
    };

    [Theory]
    [MemberData(nameof(AtDecimalsLimits))]
    public void Parse_FormattedQuantityAtDecimalsLimits_GivesTheSameQuantity(Quantity quantity) =>
        Assert.Equal(quantity, QuantityParser.Default.Parse(QuantityParser.Format(quantity)).GetValueOrThrow().Quantity);

    [Theory]
    [InlineData("79,228,162,514,264,337,593,543,950,336 people")]
    [InlineData("80 billion billion people")]
    [InlineData("79,228,162,514,264,337,594 billion people")]
    [InlineData("0.00000000000000000000000000001 people")]
    public void Parse_NumbersBeyondDecimalsLimit_AreRefusedNotThrown(string text) =>
        Assert.False(QuantityParser.Default.Parse(text).Success);

    [Theory]
    [InlineData("12 Mr dollars")]
    [InlineData("3 dollars")]
    public void Parse_DollarsAfterANumber_AreNeverACount(string text) =>
        Assert.NotEqual(Dimension.Count, QuantityParser.Default.Parse(text) is { Success: true } r ? r.Value.Unit?.Dimension : null);

    [Theory]
    [InlineData("", ParseErrorCode.EmptyText, 0, 0, "empty")]
    [InlineData("   ", ParseErrorCode.EmptyText, 0, 0, "empty")]
    [InlineData("fighters", ParseErrorCode.Unrecognized, 0, 8, "No quantity starts at \"fighters\"")]
    [InlineData("about 40,000 fighters said ", ParseErrorCode.TrailingText, 22, 26, "Unexpected text \"said \"")]
    [InlineData("between 5 and", ParseErrorCode.Unrecognized, 0, 7, "No quantity")]
    public void Parse_Unreadable_SaysWhyAndWhere(string text, ParseErrorCode code, int start, int end, string reason)
    {
        var result = QuantityParser.Default.Parse(text);
        Assert.False(result.Success);
        Assert.Equal(code, result.Error.Code);
        Assert.Equal(TextSpan.FromBounds(start, end), result.Error.Span);
        Assert.Contains(reason, result.Error.Message, StringComparison.Ordinal);
        var e = Assert.Throws<UnparsableValueException>(() => result.GetValueOrThrow());
        Assert.Equal(result.Error, e.Error);
        Assert.False(result.TryGetValue(null!, out _));
    }

    [Fact]
    public void TryParse_Null_IsFalse() => Assert.False(QuantityParser.Default.TryParse(null, out _));

    [Fact]
    public void TryParse_Phrase_GivesThePhrase()
    {
        Assert.True(QuantityParser.Default.TryParse("slightly more than 50 foreign fighters", out var phrase));
        Assert.Equal("slightly more than", phrase!.Hedge.Text);
        Assert.Equal("foreign fighters", phrase.Noun);
    }

    [Fact]
    public void Parse_Null_FailsWithItsCode() => Assert.Equal(ParseErrorCode.NullText, QuantityParser.Default.Parse(null).Error!.Code);

    [Fact]
    public void Parse_UnderHostileCultures_GivesTheSameResult() =>
        CultureScope.AssertInvariant(() => QuantityParser.Default.Parse("between 1,234.5 and 2,000.25 percent").Value.ToString());

    [Fact]
    public void Parse_InjectedPolicy_Interprets()
    {
        var parser = new QuantityParser(new ExactPolicy());
        Assert.Equal(RangedValue.Exact(40_000), parser.Parse("some 40,000").Value.Value);
    }

    private sealed class ExactPolicy : IApproximationPolicy
    {
        public RangedValue Interpret(decimal stated, HedgeKinds hedge) => RangedValue.Exact(stated);
    }
}
