using System;
using System.Linq;
using ConflictData.Serialization;

namespace ConflictData.Tests.Serialization.Csv;

public class EstimateCsvTests
{
    private static readonly string SeedCsv = EstimateCsv.Serialize(SeedCorpus.Estimates);

    private static string Row(string id) =>
        CsvTestReader.Records(SeedCsv).Select(r => string.Join("\u0001", r)).Single(r => r.StartsWith(id + "\u0001", StringComparison.Ordinal));

    private static string Cell(string id, string column) =>
        Row(id).Split('\u0001')[EstimateCsv.Columns.IndexOf(column)];

    [Fact]
    public void SeedCorpus_RoundTrips()
    {
        var result = EstimateCsv.Deserialize(SeedCsv);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(SeedCorpus.Estimates.ToArray(), result.Estimates.ToArray());
    }

    [Fact]
    public void Header_IsTheColumnsInOrder() =>
        Assert.StartsWith("id,indicator,actor,places,region,qualifiers,low,low_inclusive,high,high_inclusive,best,unit,dimension,hedge,hedge_kinds,noun,"
            + "reference_kind,reference,reference_from,reference_to,published_kind,published_time,published_from,published_to,published_reasoning,"
            + "source,outlet,origin,sources_json,document,start,length,quote,more_evidence_json,confidence,confidence_level,confidence_probability,"
            + "confidence_stated_by_json,reliability,stated\r\n", SeedCsv, StringComparison.Ordinal);

    [Theory]
    [InlineData("places", "IQ;SY")]
    [InlineData("low", "14000")]
    [InlineData("low_inclusive", "TRUE")]
    [InlineData("high", "18000")]
    [InlineData("best", "")]
    [InlineData("unit", "person")]
    [InlineData("dimension", "count")]
    [InlineData("hedge", "between … and")]
    [InlineData("hedge_kinds", "range")]
    [InlineData("reference_kind", "during")]
    [InlineData("reference", "2019-02")]
    [InlineData("reference_from", "2019-02-01")]
    [InlineData("reference_to", "2019-02-28")]
    [InlineData("published_kind", "exact")]
    [InlineData("published_time", "2019-03-24T19:25:00 Pacific/Auckland (+13)")]
    [InlineData("published_from", "2019-03-24")]
    [InlineData("outlet", "RNZ")]
    [InlineData("origin", "report to the Security Council")]
    [InlineData("document", "004_21cca053a9288443")]
    [InlineData("quote", "between 14,000 and 18,000 militants")]
    public void GuterresRow_HasPlainCells(string column, string expected) =>
        Assert.Equal(expected, Cell("004-guterres-militants-iraq-syria", column));

    [Fact]
    public void SourceColumn_IsTheChainAsText() =>
        Assert.Equal(SeedCorpus.Load().GetEstimate("004-guterres-militants-iraq-syria").Sources.Single().ToString(), Cell("004-guterres-militants-iraq-syria", "source"));

    [Fact]
    public void OpenBound_IsEmpty_AndExclusiveBound_IsFalse()
    {
        var returned = SeedCorpus.Estimates.First(e => e.Quantity.Value is { Upper: null, Lower.IsInclusive: false });
        Assert.Equal("", Cell(returned.Id, "high"));
        Assert.Equal("", Cell(returned.Id, "high_inclusive"));
        Assert.Equal("FALSE", Cell(returned.Id, "low_inclusive"));
    }

    [Fact]
    public void FieldsWithCommasQuotesOrLineBreaks_AreQuoted_AndOthersAreNot()
    {
        var estimate = new Estimate("e1", Quantity.Exact(5, Unit.Person), new Measurand(Indicator.Fighters, actor: "IS, \"Daesh\"\nor ISIL"));
        string csv = EstimateCsv.Serialize([estimate]);
        Assert.Contains(",\"IS, \"\"Daesh\"\"\nor ISIL\",", csv, StringComparison.Ordinal);
        Assert.Contains("e1,fighters,", csv, StringComparison.Ordinal);
        Assert.Equal(estimate, EstimateCsv.Deserialize(csv).GetValueOrThrow().Single());
    }

    [Fact]
    public void Reading_AcceptsLfLineEnds_ReorderedAndMissingColumns_AndAByteOrderMark()
    {
        string csv = "\uFEFFunit,id,indicator,low,low_inclusive,high,high_inclusive,places\n"
            + "person,a,fighters,14000,true,18000,true,SY;IQ\n\nperson,b,fighters,,,10000,TRUE,\n";
        var estimates = EstimateCsv.Deserialize(csv).GetValueOrThrow();
        Assert.Equal(2, estimates.Length);
        Assert.Equal(RangedValue.Between(14_000, 18_000), estimates[0].Quantity.Value);
        Assert.Equal(new[] { CountryCode.Iraq, CountryCode.Syria }, estimates[0].Measurand.Places.ToArray());
        Assert.Equal(RangedValue.AtMost(10_000), estimates[1].Quantity.Value);
    }

    [Fact]
    public void EmptyCorpus_IsAHeaderOnly() =>
        Assert.Equal(string.Join(",", EstimateCsv.Columns) + "\r\n", EstimateCsv.Serialize([]));
}
