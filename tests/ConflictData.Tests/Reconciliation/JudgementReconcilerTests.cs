using System;
using System.Linq;
using ConflictData.Reconciliation;

namespace ConflictData.Tests.Reconciliation;

/// <summary>Competing judgements of one proposition under the merge rules, and the contradiction diagnostic, on the seeds.</summary>
public class JudgementReconcilerTests
{
    private static JudgementGroup Baghdadi(MergeRule rule) =>
        JudgementReconciler.Combine(SeedCorpus.Judgements, rule).Single(g => g.Statement == "Abu Bakr al-Baghdadi is alive");

    [Fact]
    public void Envelope_SpansTheFourSourcesViews() =>
        Assert.Equal(RangedValue.Between(0.55m, 0.99m), Baghdadi(MergeRules.Envelope).Likelihood!.Value);

    [Fact]
    public void Consensus_IsWhatEveryBaghdadiAssessmentAllows_Talabanys99Percent() =>
        Assert.Equal(RangedValue.Between(0.99m, 0.99m), Baghdadi(MergeRules.Consensus).Likelihood!.Value);

    [Fact]
    public void Latest_TakesTheJudgementWithTheLatestReferenceTime()
    {
        var group = Baghdadi(MergeRules.Latest);
        Assert.Equal(RangedValue.Between(0.55m, 0.99m), group.Likelihood!.Value);
        Assert.Equal(4, group.Likelihood.Outcomes.Length);
    }

    [Fact]
    public void ReportOfDeath_GivesNoInputButContradictsTalabanysNearCertainty()
    {
        var group = Baghdadi(MergeRules.Consensus);
        Assert.Equal(5, group.Judgements.Length);
        Assert.Equal(4, group.Likelihood!.Outcomes.Length);
        var diagnostic = Assert.Single(group.Diagnostics);
        Assert.Equal("CD0015", diagnostic.Id);
        Assert.Equal(["000-reports-baghdadi-killed", "000-talabany-baghdadi-alive"], diagnostic.EstimateIds.Order(StringComparer.Ordinal));
        Assert.Equal(["Baghdadi is definitely alive", "amid various recent reports that he had been killed"], diagnostic.Locations.Select(l => l.Quote).Order(StringComparer.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Groups_AreOnePerStatementInOrderOfFirstJudgement()
    {
        var groups = JudgementReconciler.Combine(SeedCorpus.Judgements, MergeRules.Envelope);
        Assert.Equal(SeedCorpus.Judgements.Select(j => j.Proposition.Statement).Distinct(), groups.Select(g => g.Statement));
        var outflows = groups.Single(g => g.Statement.StartsWith("Massive outflows", StringComparison.Ordinal));
        Assert.Null(outflows.Likelihood);
        Assert.Empty(outflows.Diagnostics);
    }

    [Fact]
    public void Combine_NullArguments_AreNamed()
    {
        Assert.Equal("judgements", Assert.Throws<ArgumentNullException>(() => JudgementReconciler.Combine(null!, MergeRules.Envelope)).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => JudgementReconciler.Combine([], null!)).ParamName);
    }
}
