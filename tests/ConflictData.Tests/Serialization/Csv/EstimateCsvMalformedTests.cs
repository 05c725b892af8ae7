using System;
using System.Linq;
using ConflictData.Serialization;

namespace ConflictData.Tests.Serialization.Csv;

/// <summary>Each broken rule is reported at its line and column with the rule, and no estimate is returned.</summary>
public class EstimateCsvMalformedTests
{
    private const string Header = "id,indicator,unit,low,low_inclusive,high,high_inclusive,hedge,hedge_kinds,reference_kind,reference,reference_from,sources_json\r\n";
    private const string Good = "good,fighters,person,14000,TRUE,18000,TRUE,between … and,range,during,2019-02,2019-02-01,\r\n";

    private static CsvError SingleError(string rows)
    {
        var result = EstimateCsv.Deserialize(Header + Good + rows);
        Assert.False(result.Success);
        Assert.Empty(result.Estimates);
        return Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("bad,fighters,person,14x,true,18000,true,,,,,,", 4, "low", "\"14x\" is not a number")]
    [InlineData("bad,fighters,person,19000,true,18000,true,,,,,,", 4, "low", "The lower bound 19000 is above the upper bound 18000.")]
    [InlineData("bad,fighters,person,14000,yes,18000,true,,,,,,", 5, "low_inclusive", "\"yes\" is not true or false.")]
    [InlineData("bad,fighters,person,14000,,18000,true,,,,,,", 5, "low_inclusive", "required")]
    [InlineData("bad,fighters,person,,,,,,,,,,", 4, "low", "at least one bound")]
    [InlineData("bad,fighters,Light years,1,true,2,true,,,,,,", 3, "unit", "\"Light years\" is not a unit code")]
    [InlineData("bad,Fighters,person,1,true,2,true,,,,,,", 2, "indicator", "Fighters")]
    [InlineData("bad,fighters,person,1,true,2,true,,range,,,,", 8, "hedge", "required")]
    [InlineData("bad,fighters,person,1,true,2,true,about,roughly,,,,", 9, "hedge_kinds", "\"roughly\" is not a HedgeKinds value")]
    [InlineData("bad,fighters,person,1,true,2,true,,,during,2019-13,,", 11, "reference", "2019-13")]
    [InlineData("bad,fighters,person,1,true,2,true,,,during,2019-02,2019-02-03,", 12, "reference_from", "disagrees with the rest of the row, which gives \"2019-02-01\"")]
    [InlineData("bad,fighters,person,1,true,2,true,,,,,,\"[[{\"\"kind\"\":\"\"outlet\"\"}]]\"", 13, "sources_json", "[0][0].name: this member is required")]
    [InlineData("bad,fighters,person,1,true,2,true,,,,,,[[", 13, "sources_json", "JSON")]
    [InlineData("good,fighters,person,1,true,2,true,,,,,,", 1, "id", "already used on line 2")]
    public void BrokenCell_IsReportedAtItsLineAndColumn(string row, int column, string name, string rule)
    {
        var error = SingleError(row + "\r\n");
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Equal(name, error.ColumnName);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuoteInsideAnUnquotedField_IsReported() =>
        Assert.Equal("line 3, column 2 (indicator): a quote inside an unquoted field; enclose the whole field in quotes and double the inner quote (\"\").",
            SingleError("bad,figh\"ters,person,1,true,2,true,,,,,,\r\n").ToString());

    [Fact]
    public void TextAfterAClosingQuote_IsReported()
    {
        var error = SingleError("bad,\"fighters\"x,person,1,true,2,true,,,,,,\r\n");
        Assert.Equal((3, 2), (error.Line, error.Column));
        Assert.Contains("followed by text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnclosedQuote_IsReportedWhereTheFieldStarts()
    {
        var error = SingleError("bad,fighters,person,1,true,2,true,\"about\r\nand on,,,,,\r\n");
        Assert.Equal((3, 8), (error.Line, error.Column));
        Assert.Contains("not closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongNumberOfFields_IsReported()
    {
        var error = SingleError("bad,fighters,person,1,true,2,true,a,b\r\n");
        Assert.Equal(3, error.Line);
        Assert.Contains("the row has 9 fields but the header has 13", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LineNumbers_CountLineBreaksInsideQuotedFields()
    {
        var result = EstimateCsv.Deserialize(Header + "a,fighters,person,1,true,2,true,\"some\nwords\",approximate,,,,\r\nb,fighters,person,x,true,2,true,,,,,,\r\n");
        Assert.Equal((4, 4), (result.Errors.Single().Line, result.Errors.Single().Column));
    }

    [Fact]
    public void EveryBadRow_IsReported_AndNothingIsImported()
    {
        var result = EstimateCsv.Deserialize(Header + Good + "b,fighters,person,x,true,2,true,,,,,,\r\nc,fighters,person,1,maybe,2,true,,,,,,\r\n");
        Assert.Empty(result.Estimates);
        Assert.Equal([3, 4], result.Errors.Select(e => e.Line));
        var thrown = Assert.Throws<FormatException>(() => result.GetValueOrThrow());
        Assert.StartsWith("line 3, column 4 (low): \"x\" is not a number", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownAndRepeatedColumns_AreReportedInTheHeader()
    {
        var errors = EstimateCsv.Deserialize("id,indicator,unit,low,low_inclusive,nuon,low\r\n").Errors;
        Assert.Equal([(1, 6, null), (1, 7, "low")], errors.Select(e => (e.Line, e.Column, e.ColumnName)));
        Assert.StartsWith("\"nuon\" is not a column of the estimates CSV; the columns are id, indicator,", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal("the column \"low\" appears more than once in the header.", errors[1].Message);
    }

    [Fact]
    public void MissingRequiredColumn_IsReported() =>
        Assert.Contains(EstimateCsv.Deserialize("id,indicator,low,low_inclusive\r\n").Errors,
            e => e.Message == "the header has no \"unit\" column, which every estimate needs.");

    [Fact]
    public void EmptyText_IsReported() =>
        Assert.StartsWith("line 1, column 1: the file is empty", EstimateCsv.Deserialize("").Errors.Single().ToString(), StringComparison.Ordinal);
}
