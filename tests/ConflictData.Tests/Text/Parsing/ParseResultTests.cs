using System;
using System.Linq;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Parsing;

public class ParseResultTests
{
    [Fact]
    public void Convert_MapsTheValue_AndCarriesAFailureOrTheAmbiguityFlagAcross()
    {
        Assert.Equal(2019, DateRange.Parse("2019-03").Convert(r => r.Start.Year).Value);
        var failed = DateRange.Parse("March").Convert(r => r.Start.Year);
        Assert.Equal(DateRange.Parse("March").Error, failed.Error);
        var ambiguous = DateParser.Default.Parse("Wednesday", Dates.SeedArticles.VoaRaqqa).Convert(t => t.Anchor);
        Assert.True(ambiguous.IsAmbiguous);
        Assert.Throws<ArgumentNullException>(() => DateRange.Parse("2019").Convert<int>(null!));
    }

    [Fact]
    public void ConvertError_KeepsTheError_AndRefusesASuccess()
    {
        var error = Unit.Parse("Usd").ConvertError<DateRange>();
        Assert.Equal(ParseErrorCode.Unrecognized, error.Error!.Code);
        Assert.Throws<InvalidOperationException>(() => Unit.Parse("USD").ConvertError<DateRange>());
    }

    [Fact]
    public void ValueTypes_AreResultsToo_WithTheFailureValueOnFailure()
    {
        Assert.False(ReliabilityGrade.Parse("Z9").TryGetValue(ReliabilityGrade.Parse("A1").Value, out var grade));
        Assert.Equal("A1", grade.ToString());
        Assert.True(ReliabilityGrade.Parse("b2").TryGetValue(default, out grade));
        Assert.Equal("B2", grade.ToString());
    }

    [Fact]
    public void NullText_FailsTheSameWayInEveryParser()
    {
        ParseError[] errors =
        [
            QuantityParser.Default.Parse(null).Error!,
            DateParser.Default.Parse(null, null).Error!,
            DateRange.Parse(null).Error!,
            Unit.Parse(null).Error!,
            ReliabilityGrade.Parse(null).Error!,
        ];
        Assert.All(errors, e => Assert.Equal(ParseErrorCode.NullText, e.Code));
        Assert.All(errors, e => Assert.Equal(default, e.Span));
        Assert.False(QuantityParser.Default.TryParse(null, out var phrase) || phrase is not null);
        Assert.False(DateParser.Default.TryParse(null, null, out var time) || time is not null);
        Assert.False(DateRange.TryParse(null, out var range) || range is not null);
        Assert.False(Unit.TryParse(null, out var unit) || unit is not null);
        Assert.False(ReliabilityGrade.TryParse(null, out var grade) || grade != default);
    }

    [Fact]
    public void Error_IsAValue_AndChecksItsArguments()
    {
        var a = new ParseError(ParseErrorCode.TrailingText, "more text", new TextSpan(3, 2));
        Assert.Equal(a, new ParseError(ParseErrorCode.TrailingText, "more text", new TextSpan(3, 2)));
        Assert.True(a != new ParseError(ParseErrorCode.TrailingText, "more text", new TextSpan(3, 1)));
        Assert.Equal("TrailingText at [3..5): more text", a.ToString());
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => new ParseError((ParseErrorCode)99, "x", default)).ParamName);
        Assert.Equal("message", Assert.Throws<ArgumentException>(() => new ParseError(ParseErrorCode.EmptyText, " ", default)).ParamName);
    }

    [Fact]
    public void Codes_AreStable() =>
        Assert.Equal([1, 2, 3, 4, 5, 6], Enum.GetValues<ParseErrorCode>().Select(c => (int)c));
}
