using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Serialization;
using ConflictData.Text;

namespace ConflictData.Tests.Corpus;

/// <summary>Every curated judgement of the seeds: its stance, likelihood, polarity and what it qualifies, checked one by one and against the text.</summary>
public partial class SeedCorpusTests
{
    // id → stance as stated, likelihood words (null when none), low and high in percent, polarity, qualified estimate
    private static readonly (string Id, string Stance, string? Words, decimal Low, decimal High, Polarity Polarity, string? Qualifies)[] ExpectedJudgements =
    [
        ("000-us-intel-foreign-fighters-remain", "has assessed … will likely", "likely", 55, 80, Polarity.Affirmed, null),
        ("000-us-intel-baghdadi-alive", "believe", "believe", 55, 99, Polarity.Affirmed, null),
        ("000-rasmussen-foreign-fighters-stay", "will end up", null, 0, 0, Polarity.Affirmed, null),
        ("000-rasmussen-outflows-feared", "we were worried", null, 0, 0, Polarity.Affirmed, null),
        ("000-rasmussen-outflows-less-likely", "I think … less likely than we first assessed", null, 0, 0, Polarity.Affirmed, null),
        ("000-rasmussen-returnees-wmd-skills", "perhaps", "perhaps", 5, 95, Polarity.Affirmed, null),
        ("000-rasmussen-baghdadi-alive", "believes", "he believes", 55, 99, Polarity.Affirmed, null),
        ("000-reports-baghdadi-killed", "reports that", null, 0, 0, Polarity.Denied, null),
        ("000-mattis-baghdadi-alive", "I think … I'm going to assume", "I think", 55, 99, Polarity.Affirmed, null),
        ("000-talabany-baghdadi-alive", "definitely … We believe 99 percent", "We believe 99 percent", 99, 99, Polarity.Affirmed, null),
        ("001-voa-caliphate-dead", "may", "may", 5, 95, Polarity.Affirmed, null),
        ("001-isw-comeback-faster", "could", "could", 5, 95, Polarity.Affirmed, null),
        ("001-member-states-strategy-working", "fear it may", "may", 5, 95, Polarity.Affirmed, null),
        ("001-officials-foreign-fighters-at-large", "may", "may", 5, 95, Polarity.Affirmed, null),
        ("001-at-large-thought", "were thought", "thought", 55, 99, Polarity.Affirmed, "001-foreign-fighters-at-large"),
        ("001-un-at-large-higher", "warns … could", "could", 5, 95, Polarity.Affirmed, "001-foreign-fighters-at-large"),
        ("001-un-travellers-alive", "may", "may", 5, 95, Polarity.Affirmed, "001-un-travellers-alive"),
        ("002-rasmussen-battlefield-losses", "We do not think", "We do not think", 1, 45, Polarity.Denied, null),
        ("002-officials-network-paris-brussels", "thought", "thought", 55, 99, Polarity.Affirmed, null),
        ("003-official-spectacular-attack", "probably", "probably", 55, 80, Polarity.Affirmed, null),
        ("003-pentagon-isk-wiped-out", "offered a rosy assessment that … could", "could", 5, 95, Polarity.Affirmed, null),
        ("003-joscelyn-isk-growth-stymied", "probably", "probably", 55, 80, Polarity.Affirmed, null),
        ("004-officials-resurgence", "could likely", "could likely", 55, 80, Polarity.Affirmed, "004-officials-resurgence-months"),
        ("004-is-network-syria-expected", "is expected to", "expected", 55, 80, Polarity.Affirmed, null),
        ("004-jeffrey-washington-believed", "believed", "believed", 55, 99, Polarity.Affirmed, "004-jeffrey-armed-adherents"),
        ("004-coalition-flow-most-likely", "estimated … most likely", "most likely", 55, 80, Polarity.Affirmed, "004-coalition-flow-per-month"),
    ];

    public static readonly TheoryData<string> JudgementIds = new(ExpectedJudgements.Select(j => j.Id));

    [Fact]
    public void Judgements_AreEveryCuratedOneInArticleOrder() =>
        Assert.Equal(ExpectedJudgements.Select(j => j.Id), SeedCorpus.Judgements.Select(j => j.Id));

    [Theory]
    [MemberData(nameof(JudgementIds))]
    public void Judgement_HasItsStanceLikelihoodPolarityAndQualifiedEstimate(string id)
    {
        var expected = ExpectedJudgements.Single(j => j.Id == id);
        var judgement = SeedCorpus.Load().GetJudgement(id);
        Assert.Equal(expected.Stance, judgement.Stance);
        Assert.Equal(expected.Polarity, judgement.Polarity);
        Assert.Equal(expected.Qualifies, judgement.Qualifies);
        if (expected.Words is null)
        {
            Assert.Null(judgement.Likelihood);
        }
        else
        {
            Assert.Equal(new Likelihood(expected.Words, expected.Low / 100, expected.High / 100, "icd-203"), judgement.Likelihood);
        }
        Assert.NotEmpty(judgement.Sources);
        Assert.Equal(id[..3], judgement.Evidence[0].Document.Value[..3]);
        Assert.NotNull(judgement.Published);
    }

    [Theory]
    [MemberData(nameof(JudgementIds))]
    public void Judgement_LikelihoodIsWhatTheScannerReadsInsideItsEvidence(string id)
    {
        var judgement = SeedCorpus.Load().GetJudgement(id);
        var text = SeedCorpus.Load().GetDocument(judgement.Evidence[0].Document).Text;
        var inside = LikelihoodScanner.Default.Scan(text)
            .Where(m => judgement.Evidence.Any(e => e.Span.Start <= m.Span.Start && m.Span.End <= e.Span.End)).ToList();
        if (judgement.Likelihood is { } likelihood)
        {
            Assert.Contains(inside, m => Equals(m.Likelihood, likelihood));
            Assert.Equal(likelihood, Icd203LikelihoodPolicy.Instance.Interpret(EstimativePhrase.Recognize(likelihood.Words)!));
        }
        if (judgement.Change is { } change)
        {
            Assert.Contains(inside, m => m.Phrase.IsComparative && m.Text == change.Words);
        }
    }

    [Theory]
    [MemberData(nameof(JudgementIds))]
    public void Judgement_QualifiedEstimateStandsInTheSameSentence(string id)
    {
        var corpus = SeedCorpus.Load();
        var judgement = corpus.GetJudgement(id);
        if (judgement.Qualifies is { } estimateId)
        {
            // The same sentence, or the next one when it refers back ("that number could be higher").
            var estimate = corpus.GetEstimate(estimateId);
            string text = corpus.GetDocument(estimate).Text;
            string figureSentence = corpus.GetSentence(estimate);
            int after = text.IndexOf(figureSentence, StringComparison.Ordinal) + figureSentence.Length;
            string judgementSentence = corpus.GetSentence(judgement);
            Assert.True(judgementSentence == figureSentence
                || text.AsSpan(after).TrimStart().StartsWith(judgementSentence, StringComparison.Ordinal), judgementSentence);
        }
    }

    [Fact]
    public void BaghdadiAlive_FourSourcesFourStrengthsAndOneReportOfDeath()
    {
        var alive = SeedCorpus.Judgements.Where(j => j.Proposition.Statement == "Abu Bakr al-Baghdadi is alive").ToList();
        Assert.Equal(
            [
                "US intelligence community: believe 55–99 %",
                "Nicholas Rasmussen: believes 55–99 %",
                "various recent reports: reports that denied",
                "Jim Mattis: I think … I'm going to assume 55–99 %",
                "Lahur Talabany: definitely … We believe 99 percent 99 %",
            ],
            alive.Select(j => $"{j.Sources[0].Origin.Name}: {j.Stance} " +
                (j.Likelihood is { } l ? (l.IsExact ? $"{l.Low * 100:0} %" : $"{l.Low * 100:0}–{l.High * 100:0} %") : "denied")));
    }

    [Fact]
    public void LessLikelyThanFirstAssessed_IsAChangeAgainstTheEarlierJudgementNotANumber()
    {
        var corpus = SeedCorpus.Load();
        var now = corpus.GetJudgement("000-rasmussen-outflows-less-likely");
        Assert.Null(now.Likelihood);
        Assert.Equal(LikelihoodDirection.Lower, now.Change!.Direction);
        var before = corpus.GetJudgement(now.Change.RelativeTo!);
        Assert.Equal(before.Proposition.Statement, now.Proposition.Statement);
    }

    [Fact]
    public void Judgements_RoundTripThroughTheEstimatesFileAndTheCorpusFile()
    {
        var corpus = SeedCorpus.Load();
        string json = EstimateJson.Serialize(corpus.Estimates, corpus.Judgements);
        Assert.Equal<Judgement>(corpus.Judgements, EstimateJson.DeserializeJudgements(json));
        Assert.Equal<Estimate>(corpus.Estimates, EstimateJson.Deserialize(json));
        System.IO.Stream OpenSeed(string name) => System.IO.File.OpenRead(System.IO.Path.Combine(Infrastructure.SeedTexts.Folder, name));
        var file = CorpusFileReader.Read(System.IO.File.ReadAllText(Infrastructure.SeedTexts.Folder + "/corpus.json"), OpenSeed);
        Assert.Equal<Judgement>(corpus.Judgements, file.Judgements);
        Assert.Equal<Judgement>(file.Judgements, CorpusFileReader.Read(CorpusFileReader.Write(file), OpenSeed).Judgements);
    }

    [Fact]
    public void Judgements_ToStringIsTheSameUnderHostileCultures() =>
        Infrastructure.CultureScope.AssertInvariant(() => string.Join("\n", SeedCorpus.Judgements.Select(j => j.ToString())));

    [Fact]
    public void Judgements_ExpectedTableCoversEveryCuratedJudgementOnce()
    {
        var ids = new HashSet<string>(ExpectedJudgements.Select(j => j.Id), StringComparer.Ordinal);
        Assert.Equal(ExpectedJudgements.Length, ids.Count);
        Assert.Equal(26, SeedCorpus.Judgements.Length);
    }
}
