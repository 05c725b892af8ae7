using System;
using System.IO;
using System.Linq;
using System.Text;
using ConflictData.Serialization;
using NodaTime;

namespace ConflictData.Tests.Serialization;

public class EstimateJsonTests
{
    /// <summary>The estimate of docs/json-format.md, member for member.</summary>
    internal const string GuterresFile = """
        {
          "schemaVersion": 1,
          "estimates": [
            {
              "id": "004-guterres-militants",
              "quantity": {
                "lower": { "value": 14000, "inclusive": true },
                "upper": { "value": 18000, "inclusive": true },
                "best": null,
                "unit": "person"
              },
              "hedge": { "text": "between … and", "kinds": ["range"] },
              "noun": "militants",
              "measurand": {
                "indicator": "fighters",
                "actor": "IS",
                "places": ["IQ", "SY"],
                "region": null,
                "qualifiers": []
              },
              "referenceTime": { "kind": "during", "anchor": "2019-02" },
              "published": { "kind": "exact", "time": "2019-03-24T19:25:00 Pacific/Auckland (+13)", "from": "2019-03-24", "to": "2019-03-24", "reasoning": null },
              "sources": [
                [
                  { "kind": "outlet", "name": "RNZ", "role": null, "organisation": null, "when": null },
                  { "kind": "person", "name": "António Guterres", "role": "UN Secretary-General", "organisation": "United Nations", "when": "2019-02" },
                  { "kind": "report", "name": "report to the Security Council", "role": null, "organisation": "United Nations", "when": "2019-02" }
                ]
              ],
              "evidence": [ { "document": "004_21cca053a9288443", "start": 4417, "length": 35, "quote": "between 14,000 and 18,000 militants" } ],
              "confidence": null,
              "reliability": null
            }
          ]
        }
        """;

    internal static Estimate Guterres { get; } = new(
        "004-guterres-militants",
        new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person),
        new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria]),
        new Hedge("between … and", HedgeKinds.Range),
        "militants",
        ReferenceTime.During(DateRange.Month(2019, 2)),
        PublicationTime.Exact(new LocalDateTime(2019, 3, 24, 19, 25).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"])),
        [new SourceChain(
            new Source(SourceKind.Outlet, "RNZ"),
            new Source(SourceKind.Person, "António Guterres", "UN Secretary-General", "United Nations", DateRange.Month(2019, 2)),
            new Source(SourceKind.Report, "report to the Security Council", organisation: "United Nations", when: DateRange.Month(2019, 2)))],
        [new Evidence(new DocumentId("004_21cca053a9288443"), new TextSpan(4417, 35), "between 14,000 and 18,000 militants")]);

    [Fact]
    public void Deserialize_DocumentedExample_GivesTheModelEstimate() =>
        Assert.Equal(Guterres, Assert.Single(EstimateJson.Deserialize(GuterresFile)));

    // The format is a contract: this is the exact text, byte for byte, that users' scripts and diffs see.
    [Fact]
    public void Serialize_DocumentedExample_WritesExactlyThisText() =>
        Assert.Equal(""""
        {
          "schemaVersion": 1,
          "estimates": [
            {
              "id": "004-guterres-militants",
              "quantity": {
                "lower": {
                  "value": 14000,
                  "inclusive": true
                },
                "upper": {
                  "value": 18000,
                  "inclusive": true
                },
                "best": null,
                "unit": "person"
              },
              "hedge": {
                "text": "between … and",
                "kinds": [
                  "range"
                ]
              },
              "noun": "militants",
              "measurand": {
                "indicator": "fighters",
                "actor": "IS",
                "places": [
                  "IQ",
                  "SY"
                ],
                "region": null,
                "qualifiers": []
              },
              "referenceTime": {
                "kind": "during",
                "anchor": "2019-02"
              },
              "published": {
                "kind": "exact",
                "time": "2019-03-24T19:25:00 Pacific/Auckland (+13)",
                "from": "2019-03-24",
                "to": "2019-03-24",
                "reasoning": null
              },
              "sources": [
                [
                  {
                    "kind": "outlet",
                    "name": "RNZ",
                    "role": null,
                    "organisation": null,
                    "when": null
                  },
                  {
                    "kind": "person",
                    "name": "António Guterres",
                    "role": "UN Secretary-General",
                    "organisation": "United Nations",
                    "when": "2019-02"
                  },
                  {
                    "kind": "report",
                    "name": "report to the Security Council",
                    "role": null,
                    "organisation": "United Nations",
                    "when": "2019-02"
                  }
                ]
              ],
              "evidence": [
                {
                  "document": "004_21cca053a9288443",
                  "start": 4417,
                  "length": 35,
                  "quote": "between 14,000 and 18,000 militants"
                }
              ],
              "confidence": null,
              "reliability": null
            }
          ]
        }
        """", EstimateJson.Serialize([Guterres]));

    [Fact]
    public void Serialize_DocumentedExample_WritesTheDocumentedShape()
    {
        string json = EstimateJson.Serialize([Guterres]);
        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"estimates\": [\n", json, StringComparison.Ordinal);
        Assert.Contains("\"time\": \"2019-03-24T19:25:00 Pacific/Auckland (+13)\"", json, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"António Guterres\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"between … and\"", json, StringComparison.Ordinal);
        Assert.Contains("\"anchor\": \"2019-02\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\": 14000,", json, StringComparison.Ordinal);
        Assert.Contains("\"confidence\": null,", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_WhatSerializeWrote_GivesEqualEstimates() =>
        Assert.Equal([Guterres], EstimateJson.Deserialize(EstimateJson.Serialize([Guterres])).ToArray());

    [Fact]
    public void Serialize_TextOutsideTheBasicPlane_ReadsBackUnchanged()
    {
        var source = new Source(SourceKind.Person, "Ἀλέξανδρος \uD83D\uDE42 𝔊uterres");
        var estimate = new Estimate(Guterres.Id, Guterres.Quantity, Guterres.Measurand, Guterres.Hedge, "militants \uD83D\uDE42",
            Guterres.ReferenceTime, Guterres.Published, [new SourceChain(source)], Guterres.Evidence, Guterres.Confidence, Guterres.Reliability);
        Assert.Equal([estimate], EstimateJson.Deserialize(EstimateJson.Serialize([estimate])).ToArray());
    }

    [Fact]
    public void Estimate_LoneSurrogate_IsRefusedAtConstructionSoJsonNeverChangesIt()
    {
        // Lone surrogates cannot be written as UTF-8 or JSON; refusing them keeps Serialize then Deserialize the identity.
        var e = Assert.Throws<ArgumentException>(() => new Source(SourceKind.Person, "Guterres \uDC00"));
        Assert.Equal("name", e.ParamName);
        Assert.Equal("noun", Assert.Throws<ArgumentException>(() => new Estimate(Guterres.Id, Guterres.Quantity, Guterres.Measurand, noun: "militants\uD800")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentException>(() => new Document(new DocumentId("d"), "a \uD800 b", null)).ParamName);
    }

    [Fact]
    public void StreamOverloads_RoundTripThroughUtf8Bytes()
    {
        using var stream = new MemoryStream();
        EstimateJson.Serialize([Guterres], stream);
        Assert.Equal(EstimateJson.Serialize([Guterres]), Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal([Guterres], EstimateJson.Deserialize(stream).ToArray());
    }

    [Fact]
    public void Deserialize_LeadingByteOrderMark_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(GuterresFile)];
        Assert.Single(EstimateJson.Deserialize(new MemoryStream(bytes)));
    }

    [Fact]
    public void Deserialize_MissingOptionalMembers_ReadsThemAsAbsent()
    {
        const string json = """
            { "schemaVersion": 1, "estimates": [ {
                "id": "x", "quantity": { "lower": { "value": 5, "inclusive": false }, "unit": "USD" },
                "measurand": { "indicator": "funds" } } ] }
            """;
        var estimate = Assert.Single(EstimateJson.Deserialize(json));
        Assert.Equal(new Estimate("x", new Quantity(RangedValue.MoreThan(5), Unit.Money(Currency.UsDollar)), new Measurand(Indicator.Funds)), estimate);
        Assert.Same(Hedge.None, estimate.Hedge);
    }

    [Fact]
    public void Deserialize_EmptyList_GivesNoEstimates() =>
        Assert.Empty(EstimateJson.Deserialize("""{ "schemaVersion": 1, "estimates": [] }"""));

    [Fact]
    public void Serialize_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => EstimateJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => EstimateJson.Serialize([Guterres, null!]));
        Assert.Throws<ArgumentNullException>(() => EstimateJson.Deserialize((string)null!));
        Assert.Throws<ArgumentNullException>(() => EstimateJson.Deserialize((Stream)null!));
    }

    [Fact]
    public void Serialize_DecimalsStayExact() =>
        Assert.Contains("\"value\": 0.1000000000000000000000000001", EstimateJson.Serialize(
            [new Estimate("p", new Quantity(RangedValue.AtLeast(0.1000000000000000000000000001m), Unit.Percent), new Measurand(Indicator.Territory))]),
            StringComparison.Ordinal);
}
