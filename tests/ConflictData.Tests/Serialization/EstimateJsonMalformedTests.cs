using System;
using System.Text.Json;
using ConflictData.Serialization;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Serialization;

/// <summary>Malformed estimates files: each must fail with a <see cref="JsonException"/> naming the JSON path and the broken rule.</summary>
public class EstimateJsonMalformedTests
{
    private static readonly string Valid = EstimateJsonTests.GuterresFile;

    public static TheoryData<string, string, string, string> Edits => new()
    {
        // What the edit breaks, the text replaced, its replacement, the path, and words of the reason.
        // Wrong JSON types.
        { "\"value\": 14000", "\"value\": \"14000\"", "$.estimates[0].quantity.lower.value", "expected a number" },
        { "\"value\": 14000", "\"value\": 1e400", "$.estimates[0].quantity.lower.value", "expected a number" },
        { "\"inclusive\": true }", "\"inclusive\": 1 }", "$.estimates[0].quantity.lower.inclusive", "expected true or false" },
        { "\"start\": 4417", "\"start\": 4417.5", "$.estimates[0].evidence[0].start", "expected a whole number" },
        { "\"places\": [\"IQ\", \"SY\"]", "\"places\": \"IQ\"", "$.estimates[0].measurand.places", "expected an array" },
        { "\"anchor\": \"2019-02\"", "\"anchor\": 2019", "$.estimates[0].referenceTime.anchor", "found a JSON Number" },
        { "\"schemaVersion\": 1", "\"schemaVersion\": \"1\"", "$.schemaVersion", "expected a whole number" },
        { "\"sources\": [", "\"sources\": [ 7,", "$.estimates[0].sources[0]", "expected an array" },
        // Missing required members.
        { "\"schemaVersion\": 1,", "", "$.schemaVersion", "required but is missing" },
        { "\"unit\": \"person\"", "\"unit\": null", "$.estimates[0].quantity.unit", "required but is missing" },
        { "\"id\": \"004-guterres-militants\",", "", "$.estimates[0].id", "required but is missing" },
        { "\"indicator\": \"fighters\",", "", "$.estimates[0].measurand.indicator", "required but is missing" },
        { "\"value\": 18000, ", "", "$.estimates[0].quantity.upper.value", "required but is missing" },
        { "\"kind\": \"during\", ", "", "$.estimates[0].referenceTime.kind", "required but is missing" },
        { "\"quote\": \"between 14,000 and 18,000 militants\"", "\"quote\": null", "$.estimates[0].evidence[0].quote", "required but is missing" },
        // Invalid values.
        { "\"value\": 14000", "\"value\": 19000", "$.estimates[0].quantity.lower", "The lower bound 19000 is above the upper bound 18000" },
        { "\"best\": null", "\"best\": 20000", "$.estimates[0].quantity.best", "best value 20000 lies outside" },
        { "\"value\": 14000", "\"value\": -5", "$.estimates[0].quantity", "cannot be negative" },
        { "\"unit\": \"person\"", "\"unit\": \"XYZ\"", "$.estimates[0].quantity.unit", "\"XYZ\" is not a unit code" },
        { "\"unit\": \"person\"", "\"unit\": \"US$\"", "$.estimates[0].quantity.unit", "expected an ISO 4217 code" },
        { "\"anchor\": \"2019-02\"", "\"anchor\": \"2019-13\"", "$.estimates[0].referenceTime.anchor", "\"2019-13\" is not a date range" },
        { "\"from\": \"2019-03-24\"", "\"from\": \"2019-02-30\"", "$.estimates[0].published.from", "is not an ISO date" },
        { "\"from\": \"2019-03-24\"", "\"from\": \"2019-03-23\"", "$.estimates[0].published.from", "disagrees with the publication time" },
        { "Pacific/Auckland (+13)", "Pacific/Auckland (+12)", "$.estimates[0].published.time", "offset is invalid" },
        { "Pacific/Auckland (+13)", "Mars/Olympus (+13)", "$.estimates[0].published.time", "time zone identifier is not recognized" },
        { "\"reasoning\": null", "\"reasoning\": \"a guess\"", "$.estimates[0].published.reasoning", "only a \"bounded\" publication time" },
        { "\"kind\": \"during\"", "\"kind\": \"As-Of\"", "$.estimates[0].referenceTime.kind", "expected one of \"during\", \"since\", \"as-of\"" },
        { "\"kinds\": [\"range\"]", "\"kinds\": [\"range\", \"roughly\"]", "$.estimates[0].hedge.kinds[1]", "\"roughly\" is not a HedgeKinds value" },
        { "\"kinds\": [\"range\"]", "\"kinds\": []", "$.estimates[0].hedge.text", "must have no words" },
        { "\"kind\": \"outlet\"", "\"kind\": \"newspaper\"", "$.estimates[0].sources[0][0].kind", "\"newspaper\" is not a SourceKind value" },
        { "\"kind\": \"exact\"", "\"kind\": \"date\"", "$.estimates[0].published.time", "only an \"exact\" publication time has a time" },
        { "\"length\": 35", "\"length\": 34", "$.estimates[0].evidence[0].quote", "The quote has 35 characters but the span [4417..4451) covers 34" },
        { "\"start\": 4417", "\"start\": -1", "$.estimates[0].evidence[0].start", "cannot start before the text" },
        { "\"document\": \"004_21cca053a9288443\"", "\"document\": \"004 21cc\"", "$.estimates[0].evidence[0].document", "is not a document id" },
        { "[\"IQ\", \"SY\"]", "[\"IQ\", \"XX\"]", "$.estimates[0].measurand.places[1]", "\"XX\" is not an assigned ISO 3166-1" },
        { "\"indicator\": \"fighters\"", "\"indicator\": \"Fighters\"", "$.estimates[0].measurand.indicator", "not an indicator code" },
        { "\"qualifiers\": []", "\"qualifiers\": [\"Foreign\"]", "$.estimates[0].measurand.qualifiers", "\"Foreign\" must be lower-case kebab-case" },
        { "\"actor\": \"IS\"", "\"actor\": \" IS\"", "$.estimates[0].measurand.actor", "must not start or end with white space" },
        { "\"name\": \"RNZ\"", "\"name\": \"\"", "$.estimates[0].sources[0][0].name", "must not be empty" },
        { "\"sources\": [", "\"sources\": [ [],", "$.estimates[0].sources[0]", "needs at least one link" },
        { "\"evidence\": [", "\"evidence\": [ null,", "$.estimates[0].evidence[0]", "an element of this list is null" },
        { "\"reliability\": null", "\"reliability\": \"G7\"", "$.estimates[0].reliability", "\"G7\" is not an Admiralty grade" },
        { "\"confidence\": null", "\"confidence\": { \"text\": \"certain\", \"level\": \"high\", \"probability\": 1.5, \"statedBy\": null }",
            "$.estimates[0].confidence.probability", "A probability must be from 0 to 1" },
        { "\"id\": \"004-guterres-militants\"", "\"id\": \"004 guterres\"", "$.estimates[0].id", "is not an estimate id" },
        // Structure: unknown and repeated members, schema versions.
        { "\"noun\": \"militants\"", "\"nuon\": \"militants\"", "$.estimates[0].nuon", "\"nuon\" is not a member of this object" },
        { "\"noun\": \"militants\"", "\"noun\": \"militants\", \"noun\": \"fighters\"", "$.estimates[0].noun", "\"noun\" appears more than once" },
        { "\"schemaVersion\": 1", "\"schemaVersion\": 2", "$.schemaVersion", "schema version 2 is not supported; this reader reads version 1 only" },
        { "\"schemaVersion\": 1,", "\"schemaVersion\": 2, \"futureMember\": true,", "$.schemaVersion", "schema version 2 is not supported" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Deserialize_BrokenValue_NamesPathAndRule(string find, string replacement, string path, string reason)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        string json = Valid.Replace(find, replacement, StringComparison.Ordinal);
        var e = Assert.Throws<JsonException>(() => EstimateJson.Deserialize(json));
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.Path);
    }

    [Theory]
    [InlineData(300, "$.estimates[0].hedge.text", "reached end of data")]
    [InlineData(1, "$", "Expected depth to be zero at the end of the JSON payload")]
    [InlineData(0, "$", "does not contain any JSON tokens")]
    public void Deserialize_TruncatedFile_NamesWhereTheTextStopped(int length, string path, string reason)
    {
        var e = Assert.Throws<JsonException>(() => EstimateJson.Deserialize(Valid[..length]));
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Contains("(line ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_EveryTruncation_ThrowsJsonExceptionWithAPath()
    {
        for (int length = 0; length < Valid.Length; length += 7)
        {
            var e = Assert.Throws<JsonException>(() => EstimateJson.Deserialize(Valid[..length]));
            Assert.StartsWith("$", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("null", "$", "the document is null")]
    [InlineData("[]", "$", "expected an object")]
    [InlineData("nul", "$", "invalid JSON literal")]
    [InlineData("{ \"schemaVersion\": 1, \"estimates\": [1] }", "$.estimates[0]", "expected an object")]
    [InlineData("{ \"schemaVersion\": 1, \"estimates\": [] } {}", "$", "'{' is invalid after a single JSON value")]
    [InlineData("{ \"schemaVersion\": 1, \"estimates\": [], }", "$", "trailing comma")]
    public void Deserialize_WrongDocumentShape_IsRejected(string json, string path, string reason)
    {
        var e = Assert.Throws<JsonException>(() => EstimateJson.Deserialize(json));
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    // Whatever a hand edit does to a valid file, the reader answers with estimates or a JsonException, never with
    // another exception type escaping from the model, the converters or the serializer.
    [Property(MaxTest = 300)]
    public Property Deserialize_RandomEditsOfValidFiles_GiveEstimatesOrJsonException() =>
        Prop.ForAll(ModelGenerators.EstimateList.Where(list => list.Length > 0).ToArbitrary(), Edit.ToArbitrary(), (estimates, edit) =>
        {
            string json = EstimateJson.Serialize(estimates);
            int at = edit.Position % json.Length;
            string edited = json[..at] + edit.Insert + json[Math.Min(json.Length, at + edit.Delete)..];
            try
            {
                EstimateJson.Deserialize(edited);
            }
            catch (JsonException e)
            {
                Assert.StartsWith("$", e.Message, StringComparison.Ordinal);
            }
        });

    private static readonly Gen<(int Position, int Delete, string Insert)> Edit =
        from position in Gen.Choose(0, int.MaxValue)
        from delete in Gen.Choose(0, 3)
        from insert in Gen.Elements("", "\"", "{", "}", "[", "]", ",", ":", "-", "0", "9999999999999999999999999999999", "null", "true", "\\u0000", "e", " ")
        select (position, delete, insert);

    [Fact]
    public void Deserialize_SecondEstimateBroken_ReturnsNothingAndNamesIt()
    {
        string estimate = Valid[(Valid.IndexOf('[', StringComparison.Ordinal) + 1)..Valid.LastIndexOf(']')];
        string json = $"{{ \"schemaVersion\": 1, \"estimates\": [ {estimate}, {estimate.Replace("\"004-guterres-militants\"", "\"second\"", StringComparison.Ordinal)
            .Replace("\"unit\": \"person\"", "\"unit\": \"\"", StringComparison.Ordinal)} ] }}";
        var e = Assert.Throws<JsonException>(() => EstimateJson.Deserialize(json));
        Assert.StartsWith("$.estimates[1].quantity.unit: ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"value\": 14000", "\"value\": 19000.5")]
    [InlineData("\"confidence\": null", "\"confidence\": { \"text\": \"sure\", \"level\": \"high\", \"probability\": 1.25 }")]
    [InlineData("\"anchor\": \"2019-02\"", "\"anchor\": \"2019-1-05\"")]
    public void Deserialize_ErrorMessages_AreTheSameUnderEveryCulture(string find, string replacement)
    {
        string json = Valid.Replace(find, replacement, StringComparison.Ordinal);
        CultureScope.AssertInvariant(() => Assert.Throws<JsonException>(() => EstimateJson.Deserialize(json)).Message);
    }

    [Fact]
    public void Deserialize_DuplicateEstimateIds_NamesTheSecond()
    {
        string estimate = Valid[(Valid.IndexOf('[', StringComparison.Ordinal) + 1)..Valid.LastIndexOf(']')];
        var e = Assert.Throws<JsonException>(() => EstimateJson.Deserialize($"{{ \"schemaVersion\": 1, \"estimates\": [ {estimate}, {estimate} ] }}"));
        Assert.Equal("$.estimates[1].id: the id \"004-guterres-militants\" is already used by estimate [0]; estimate ids must be unique.", e.Message);
    }
}
