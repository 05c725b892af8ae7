using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Serialization;
using ConflictData.Tests.Serialization.Csv;
using FsCheck.Xunit;

namespace ConflictData.Tests.Serialization;

public class JsonLinesTests
{
    private static string Lines(params Estimate[] estimates)
    {
        var text = new StringWriter();
        EstimateJson.SerializeLines(estimates, text);
        return text.ToString();
    }

    [Property(Arbitrary = new[] { typeof(EstimateCsvArbitraries) }, MaxTest = 100)]
    public void JsonLines_RoundTrip(Estimate[] estimates) =>
        Assert.Equal(estimates, EstimateJson.DeserializeLines(new StringReader(Lines(estimates))).ToArray());

    [Fact]
    public void SeedCorpus_IsOneCompactObjectPerLine()
    {
        string text = Lines([.. SeedCorpus.Estimates]);
        string[] lines = text.Split('\n');
        Assert.Equal(SeedCorpus.Estimates.Length + 1, lines.Length);
        Assert.Equal("", lines[^1]);
        Assert.StartsWith("{\"id\":\"000-us-intel-foreign-fighters\",\"quantity\":{\"lower\":{\"value\":35000,\"inclusive\":true}", lines[0], StringComparison.Ordinal);
        Assert.Equal(SeedCorpus.Estimates.ToArray(), EstimateJson.DeserializeLines(new StringReader(text)).ToArray());
    }

    [Fact]
    public void BadLine_IsReportedWithItsNumberAndPath()
    {
        string good = Lines(SeedCorpus.Estimates[0]);
        string bad = good.Replace("\"value\":35000", "\"value\":46000", StringComparison.Ordinal).Replace("000-us-intel", "x", StringComparison.Ordinal);
        var e = Assert.Throws<JsonException>(() => EstimateJson.DeserializeLines(new StringReader(good + "\n" + bad)));
        Assert.Equal("line 3: $.quantity.lower: The lower bound 46000 is above the upper bound 45000.", e.Message);
    }

    [Fact]
    public void BrokenJson_AndRepeatedIds_AreReportedWithTheLine()
    {
        string good = Lines(SeedCorpus.Estimates[0]);
        Assert.StartsWith("line 2: $", Assert.Throws<JsonException>(() => EstimateJson.DeserializeLines(new StringReader(good + "{\"id\":")))
            .Message, StringComparison.Ordinal);
        Assert.Equal("line 2: $.id: the id \"000-us-intel-foreign-fighters\" is already used on line 1; estimate ids must be unique.",
            Assert.Throws<JsonException>(() => EstimateJson.DeserializeLines(new StringReader(good + good))).Message);
    }
}
