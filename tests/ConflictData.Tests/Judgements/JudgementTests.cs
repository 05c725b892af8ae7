using System;
using System.Collections.Immutable;
using System.Text.Json;
using ConflictData.Serialization;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Judgements;

public class JudgementTests
{
    private static readonly Proposition Alive = new("he's alive", "Abu Bakr al-Baghdadi is alive");
    private static readonly JudgementSubject Baghdadi = new(actor: "IS", person: "Abu Bakr al-Baghdadi");
    private static readonly Likelihood Belief = new("I think", 0.55m, 0.99m, "icd-203");

    private static Judgement Mattis(string id = "000-mattis", Likelihood? likelihood = null) =>
        new(id, Alive, Baghdadi, "I think", likelihood: likelihood ?? Belief,
            sources: [new SourceChain(new Source(SourceKind.Outlet, "Rudaw"), new Source(SourceKind.Person, "Jim Mattis", role: "US Defense Secretary"))],
            evidence: [new Evidence(new DocumentId("000_30f65801c5775d4d"), new TextSpan(3361, 18), "I think he's alive")]);

    [Fact]
    public void Construction_KeepsEveryPartAndDefaultsToAffirmed()
    {
        var judgement = Mattis();
        Assert.Equal(Polarity.Affirmed, judgement.Polarity);
        Assert.Equal("Jim Mattis", judgement.Sources[0].Origin.Name);
        Assert.Null(judgement.Change);
        Assert.Equal("“I think”: Abu Bakr al-Baghdadi is alive — 55–99 % (icd-203)", judgement.ToString());
    }

    [Fact]
    public void Equality_IsComponentWise()
    {
        Assert.Equal(Mattis(), Mattis());
        Assert.Equal(Mattis().GetHashCode(), Mattis().GetHashCode());
        Assert.NotEqual(Mattis(), Mattis("other"));
        Assert.NotEqual(Mattis(), Mattis(likelihood: new Likelihood("I think", 0.55m, 0.98m, "icd-203")));
        Assert.True(Mattis() == Mattis());
        Assert.True(Mattis() != null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("é")]
    public void Construction_MalformedId_NamesIt(string id) =>
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Mattis(id)).ParamName);

    [Fact]
    public void Construction_BadArguments_NameTheArgumentAndRule()
    {
        Assert.Equal("stance", Assert.Throws<ArgumentException>(() => new Judgement("a", Alive, Baghdadi, " I think")).ParamName);
        Assert.Equal("polarity", Assert.Throws<ArgumentException>(() => new Judgement("a", Alive, Baghdadi, "I think", (Polarity)9)).ParamName);
        Assert.Equal("qualifies", Assert.Throws<ArgumentException>(() => new Judgement("a", Alive, Baghdadi, "I think", qualifies: "no such id")).ParamName);
        Assert.Equal("sources", Assert.Throws<ArgumentException>(() => new Judgement("a", Alive, Baghdadi, "I think", sources: [null!])).ParamName);
        Assert.Equal("proposition", Assert.Throws<ArgumentNullException>(() => new Judgement("a", null!, Baghdadi, "I think")).ParamName);
    }

    [Fact]
    public void Denied_IsWrittenAsNot() =>
        Assert.Equal("“reports that”: not: Abu Bakr al-Baghdadi is alive",
            new Judgement("r", new Proposition("he had been killed", "Abu Bakr al-Baghdadi is alive"), Baghdadi, "reports that", Polarity.Denied).ToString());

    [Fact]
    public void Likelihood_RejectsRangesOutsideZeroToOneOrInverted()
    {
        Assert.Equal("low", Assert.Throws<ArgumentOutOfRangeException>(() => new Likelihood("likely", -0.1m, 0.8m, "icd-203")).ParamName);
        Assert.Equal("high", Assert.Throws<ArgumentOutOfRangeException>(() => new Likelihood("likely", 0.5m, 1.01m, "icd-203")).ParamName);
        var inverted = Assert.Throws<ArgumentOutOfRangeException>(() => new Likelihood("likely", 0.8m, 0.55m, "icd-203"));
        Assert.Contains("0.55", inverted.Message, StringComparison.Ordinal);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => new Likelihood("likely", 0.5m, 0.6m, "ICD 203")).ParamName);
    }

    [Fact]
    public void Likelihood_ToStringAndRange_AreCultureInvariant()
    {
        var likely = new Likelihood("will likely", 0.55m, 0.80m, "icd-203");
        CultureScope.AssertInvariant(() => likely.ToString());
        Assert.Equal("“will likely” 55–80 % (icd-203)", likely.ToString());
        Assert.Equal(RangedValue.Between(0.55m, 0.80m), likely.ToRange());
        Assert.Equal("“99 percent” 99 % (icd-203)", new Likelihood("99 percent", 0.99m, 0.99m, "icd-203").ToString());
        Assert.True(likely.Contains(0.8m));
        Assert.False(likely.Contains(0.81m));
    }

    [Fact]
    public void EstimativePhrase_PercentageGoesWithStatedPercentageOnly()
    {
        Assert.Equal("percentage", Assert.Throws<ArgumentException>(() => new EstimativePhrase("likely", EstimativeTerm.Likely, 0.5m)).ParamName);
        Assert.Equal("percentage", Assert.Throws<ArgumentException>(() => new EstimativePhrase("99 percent", EstimativeTerm.StatedPercentage)).ParamName);
        Assert.Equal("percentage", Assert.Throws<ArgumentOutOfRangeException>(() => new EstimativePhrase("99 percent", EstimativeTerm.StatedPercentage, 99m)).ParamName);
        Assert.Equal("term", Assert.Throws<ArgumentException>(() => new EstimativePhrase("x", default)).ParamName);
        Assert.Null(EstimativePhrase.Recognize("likely remain"));
        Assert.Null(EstimativePhrase.Recognize(null));
        Assert.Equal("“We believe 99 percent” (StatedPercentage 0.99)", EstimativePhrase.Recognize("We believe 99 percent")!.ToString());
    }

    [Fact]
    public void Subject_NeedsActorPersonOrPlace()
    {
        Assert.Throws<ArgumentException>(() => new JudgementSubject());
        Assert.Equal("IS in IQ, SY", new JudgementSubject("IS", places: [CountryCode.Syria, CountryCode.Iraq, CountryCode.Iraq]).ToString());
        Assert.Equal("Abu Bakr al-Baghdadi (IS)", Baghdadi.ToString());
        Assert.Equal(new JudgementSubject(places: [CountryCode.Iraq, CountryCode.Syria]), new JudgementSubject(places: [CountryCode.Syria, CountryCode.Iraq]));
    }

    [Fact]
    public void Change_NamesDirectionAndEarlierJudgement()
    {
        var change = new LikelihoodChange("less likely than we first assessed", LikelihoodDirection.Lower, "000-feared");
        Assert.Equal("lower: “less likely than we first assessed” (than 000-feared)", change.ToString());
        Assert.Equal("direction", Assert.Throws<ArgumentException>(() => new LikelihoodChange("x", 0)).ParamName);
        Assert.Equal("relativeTo", Assert.Throws<ArgumentException>(() => new LikelihoodChange("x", LikelihoodDirection.Higher, "a b")).ParamName);
    }

    [Fact]
    public void Json_RoundTripsEveryPart()
    {
        var full = new Judgement("full", Alive, new JudgementSubject("IS", "Abu Bakr al-Baghdadi", [CountryCode.Iraq]), "I think … less likely",
            Polarity.Denied, Belief, new LikelihoodChange("less likely", LikelihoodDirection.Lower, "earlier"),
            ReferenceTime.AsOf(DateRange.Month(2017, 7)), PublicationTime.OnDate(new NodaTime.LocalDate(2017, 7, 22)),
            Mattis().Sources, Mattis().Evidence, new StatedConfidence("high confidence", ConfidenceLevel.High), qualifies: "some-estimate");
        ImmutableArray<Judgement> judgements = [full, Mattis()];
        string json = EstimateJson.Serialize([], judgements);
        Assert.Equal<Judgement>(judgements, EstimateJson.DeserializeJudgements(json));
        Assert.Contains("\"polarity\": \"denied\"", json, StringComparison.Ordinal);
        Assert.Contains("\"direction\": \"lower\"", json, StringComparison.Ordinal);
        Assert.Empty(EstimateJson.DeserializeJudgements("{ \"schemaVersion\": 1, \"estimates\": [] }"));
    }

    [Theory]
    [InlineData("\"likelihood\": { \"words\": \"likely\", \"low\": 0.8, \"high\": 0.55, \"policy\": \"icd-203\" }", "$.judgements[0].likelihood.low:")]
    [InlineData("\"likelihood\": { \"words\": \"likely\", \"low\": 0.5, \"high\": 1.5, \"policy\": \"icd-203\" }", "$.judgements[0].likelihood.high:")]
    [InlineData("\"polarity\": \"maybe\"", "$.judgements[0].polarity: \"maybe\" is not a Polarity value; expected one of \"affirmed\", \"denied\".")]
    [InlineData("\"change\": { \"words\": \"less likely\", \"direction\": \"down\", \"relativeTo\": null }", "$.judgements[0].change.direction:")]
    [InlineData("\"subject\": { \"actor\": null, \"person\": null, \"places\": [] }", "$.judgements[0].subject.actor:")]
    public void Json_InvalidJudgement_IsRejectedAtItsPath(string member, string expectedStart)
    {
        string subject = member.StartsWith("\"subject\"", StringComparison.Ordinal) ? "" : "\"subject\": { \"actor\": \"IS\" }, ";
        string json = "{ \"schemaVersion\": 1, \"judgements\": [ { \"id\": \"a\", \"proposition\": { \"text\": \"t\", \"statement\": \"s\" }, "
            + subject + "\"stance\": \"likely\", " + member + " } ] }";
        var error = Assert.Throws<JsonException>(() => EstimateJson.DeserializeJudgements(json));
        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_DuplicateJudgementId_IsRejected()
    {
        string json = EstimateJson.Serialize([], [Mattis(), Mattis()]);
        Assert.StartsWith("$.judgements[1].id: the id \"000-mattis\" is already used by judgement [0]",
            Assert.Throws<JsonException>(() => EstimateJson.DeserializeJudgements(json)).Message, StringComparison.Ordinal);
    }
}
