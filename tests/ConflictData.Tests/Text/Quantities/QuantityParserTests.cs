using System;
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
    public void Parse_OnePhrase_GivesItsValueAndUnit(string text, string value, string? unit)
    {
        var phrase = QuantityParser.Default.Parse(text).GetValueOrThrow();
        Assert.Equal(value, phrase.Value.ToString());
        Assert.Equal(unit, phrase.Unit?.Code);
    }

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
