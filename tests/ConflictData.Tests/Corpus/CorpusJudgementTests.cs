using System;
using System.Linq;

namespace ConflictData.Tests.Corpus;

public class CorpusJudgementTests
{
    private static readonly ConflictData.Corpus Seeds = SeedCorpus.Load();

    private static Judgement With(string id, Evidence evidence, string? qualifies = null, LikelihoodChange? change = null) =>
        new(id, new Proposition("he's alive", "Abu Bakr al-Baghdadi is alive"), new JudgementSubject("IS"), "I think",
            change: change, evidence: [evidence], qualifies: qualifies);

    private static Evidence Good => Seeds.GetJudgement("000-mattis-baghdadi-alive").Evidence[0];

    private static string Reject(params Judgement[] judgements) =>
        Assert.Throws<ArgumentException>(() => new ConflictData.Corpus(Seeds.Documents, Seeds.Estimates, judgements)).Message;

    [Fact]
    public void Construction_ChecksJudgementsLikeEstimates()
    {
        Assert.Contains("Judgement \"j\", evidence 0: the quote “I think he's alivE” does not match",
            Reject(With("j", new Evidence(Good.Document, Good.Span, "I think he's alivE"))), StringComparison.Ordinal);
        Assert.Contains("The judgement id \"j\" occurs more than once", Reject(With("j", Good), With("j", Good)), StringComparison.Ordinal);
        Assert.Contains("Judgement \"j\" has no evidence",
            Reject(new Judgement("j", new Proposition("a", "b"), new JudgementSubject("IS"), "may")), StringComparison.Ordinal);
        Assert.Contains("qualifies the estimate \"nope\", which is not in the corpus", Reject(With("j", Good, qualifies: "nope")), StringComparison.Ordinal);
        Assert.Contains("compares with the judgement \"gone\", which is not in the corpus",
            Reject(With("j", Good, change: new LikelihoodChange("less likely", LikelihoodDirection.Lower, "gone"))), StringComparison.Ordinal);
    }

    [Fact]
    public void Lookups_FindJudgementsAndTheirSentences()
    {
        Assert.True(Seeds.TryGetJudgement("000-talabany-baghdadi-alive", out var talabany));
        Assert.False(Seeds.TryGetJudgement(null, out _));
        Assert.StartsWith("\"Baghdadi is definitely alive.", Seeds.GetSentence(talabany), StringComparison.Ordinal);
        Assert.Contains("26 judgements", Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => Seeds.GetJudgement("x")).Message, StringComparison.Ordinal);
        Assert.Empty(new ConflictData.Corpus(Seeds.Documents, Seeds.Estimates).Judgements);
        Assert.Equal(Seeds.Judgements.Length, SeedCorpus.Judgements.Length);
        Assert.All(Seeds.Judgements, j => Assert.False(string.IsNullOrEmpty(Seeds.GetSentence(j))));
        Assert.Equal(26, Seeds.Judgements.Select(j => j.Id).Distinct().Count());
    }
}
