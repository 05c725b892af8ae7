using System;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Reconciliation;
using NodaTime;

namespace ConflictData.Tests.Reconciliation;

/// <summary>What each rule does with inclusive, exclusive and open bounds, best values, low confidence and grades.</summary>
public class MergeRuleTests
{
    private static readonly LocalDate Day = new(2019, 3, 1);

    private static MergeInput In(string id, RangedValue value, int referenceDay = 0, int? publishedDay = null, string? grade = null,
        bool low = false, string? origin = null) =>
        new(id, value, origin ?? id, new DateInterval(Day.PlusDays(referenceDay), Day.PlusDays(referenceDay)),
            publishedDay is { } p ? Day.PlusDays(p) : null, grade is null ? null : ReliabilityGrade.Parse(grade).Value, low);

    [Fact]
    public void Envelope_TakesTheLowestLowerAndTheHighestUpper_InclusiveWinningTies()
    {
        var result = MergeRules.Envelope.Merge([
            In("guterres", RangedValue.Between(14_000, 18_000)),
            In("jeffrey", RangedValue.Between(15_000, 20_000)),
            In("open", new RangedValue(Bound.Exclusive(14_000), Bound.Inclusive(16_000)))]);

        Assert.Equal(RangedValue.Between(14_000, 20_000), result.Value);
        Assert.Equal(InputRole.SetLower, result.GetOutcome("guterres").Role);
        Assert.Equal(InputRole.SetUpper, result.GetOutcome("jeffrey").Role);
        Assert.Equal(InputRole.None, result.GetOutcome("open").Role);
    }

    [Fact]
    public void Envelope_IsOpenWhereAnyInputIsOpen_AndKeepsOnlyAnAgreedBest()
    {
        var result = MergeRules.Envelope.Merge([In("a", RangedValue.MoreThan(5_600)), In("b", RangedValue.Between(6_000, 7_000, 6_500))]);
        Assert.Equal(RangedValue.MoreThan(5_600), result.Value);

        var agreed = MergeRules.Envelope.Merge([In("a", RangedValue.Between(1, 3, 2)), In("b", RangedValue.Between(0, 2, 2))]);
        Assert.Equal(RangedValue.Between(0, 3, 2), agreed.Value);
    }

    [Fact]
    public void Envelope_OpenOnBothSides_GivesNoValueAndSaysWhy()
    {
        var result = MergeRules.Envelope.Merge([In("upto", RangedValue.AtMost(40_000)), In("more", RangedValue.MoreThan(45_000))]);
        Assert.Null(result.Value);
        Assert.Equal("The envelope of more (45000, ), upto ( , 40000] would be open on both sides, which is no range: no result",
            result.Diagnostics.Single().Message);
    }

    [Fact]
    public void Consensus_IsTheIntersection_ExclusiveWinningTies()
    {
        var result = MergeRules.Consensus.Merge([In("a", RangedValue.Between(14_000, 18_000)), In("b", new RangedValue(Bound.Exclusive(15_000), Bound.Inclusive(20_000)))]);
        Assert.Equal(new RangedValue(Bound.Exclusive(15_000), Bound.Inclusive(18_000)), result.Value);
        Assert.Equal(InputRole.SetUpper, result.GetOutcome("a").Role);
        Assert.Equal(InputRole.SetLower, result.GetOutcome("b").Role);
    }

    [Fact]
    public void Consensus_OfDisjointRanges_IsAConflictNamingTheTwoFurthestApart()
    {
        var result = MergeRules.Consensus.Merge([In("upto", RangedValue.AtMost(40_000)), In("more", RangedValue.AtLeast(45_001)), In("mid", RangedValue.Between(39_000, 46_000))]);
        Assert.Null(result.Value);
        var conflict = result.Diagnostics.Single();
        Assert.Equal("CD0001", conflict.Id);
        Assert.Equal(["more", "upto"], conflict.EstimateIds.ToArray());
    }

    [Fact]
    public void Conservative_TakesTheLowestCredibleFigure_AndStatesTheDirectionOfItsError()
    {
        var result = MergeRules.Conservative.Merge([
            In("coalition", RangedValue.Between(13_000, 14_000), low: true),
            In("guterres", RangedValue.Between(14_000, 18_000)),
            In("jeffrey", RangedValue.Between(15_000, 20_000)),
            In("ceiling", RangedValue.AtMost(3_000))]);

        Assert.Equal(new RangedValue(Bound.Inclusive(14_000), null, 14_000), result.Value);
        Assert.Equal("an undercount by design: the true value is likely at or above 14000", result.Note);
        Assert.Equal(InputRole.Excluded, result.GetOutcome("coalition").Role);
        Assert.Equal("states only a ceiling, so it gives no lowest figure", result.GetOutcome("ceiling").Reason);
        Assert.Equal(InputRole.SetLower | InputRole.SuppliedBest, result.GetOutcome("guterres").Role);
    }

    [Fact]
    public void Conservative_WithOnlyCeilings_TakesTheLowestCeiling()
    {
        var result = MergeRules.Conservative.Merge([In("a", RangedValue.AtMost(3_000)), In("b", RangedValue.AtMost(10_000))]);
        Assert.Equal(RangedValue.AtMost(3_000), result.Value);
        Assert.Equal("only ceilings were stated: the true value is at or below 3000", result.Note);
    }

    [Fact]
    public void Ucdp_ExcludesInputsBelowTheCutOff_AndTakesBestFromTheMostReliable()
    {
        var result = MergeRules.Ucdp.Merge([
            In("a", RangedValue.Between(10, 20, 15), grade: "B2"),
            In("b", RangedValue.Between(12, 30, 20), grade: "A3"),
            In("c", RangedValue.Between(1, 100, 50), grade: "D4"),
            In("d", RangedValue.Between(5, 25, 9), low: true)]);

        Assert.Equal(RangedValue.Between(10, 30, 20), result.Value);
        Assert.Equal("graded D4, below the cut-off C3", result.GetOutcome("c").Reason);
        Assert.Equal("stated low confidence", result.GetOutcome("d").Reason);
        Assert.Equal(InputRole.SetUpper | InputRole.SuppliedBest, result.GetOutcome("b").Role);
        Assert.Equal("cut-off C3, ungraded included", result.Settings);
    }

    [Fact]
    public void Ucdp_WithNoReliableInput_GivesNoValueAndSaysWhy()
    {
        var result = new UcdpRule(includeUngraded: false).Merge([In("a", RangedValue.Between(1, 2))]);
        Assert.Null(result.Value);
        Assert.Equal("The ucdp rule has no input it can use: a ungraded, and ungraded inputs are excluded", result.Diagnostics.Single().Message);
    }

    [Fact]
    public void Latest_KeepsTheLatestReference_TiesByPublication_AndMarksTheRest()
    {
        var result = MergeRules.Latest.Merge([
            In("february", RangedValue.Between(14_000, 18_000), referenceDay: -20),
            In("march-early", RangedValue.Between(15_000, 20_000), referenceDay: 10, publishedDay: 20),
            In("march-late", RangedValue.Between(16_000, 19_000), referenceDay: 10, publishedDay: 25)]);

        Assert.Equal(RangedValue.Between(16_000, 19_000), result.Value);
        Assert.Equal(InputRole.Superseded, result.GetOutcome("february").Role);
        Assert.Equal(InputRole.Superseded, result.GetOutcome("march-early").Role);
        Assert.Equal(["CD0006", "CD0006"], result.Diagnostics.Select(d => d.Id).ToArray());
        Assert.Equal("february is superseded by march-late, which refers to a later time or was published later; it is kept and marked, not deleted", result.Diagnostics[0].Message);
    }

    [Fact]
    public void Preferred_UsesTheBestRankedInputs_ByGradeOrByOrigin()
    {
        MergeInput[] inputs = [In("a", RangedValue.Between(10, 20), grade: "B2"), In("b", RangedValue.Between(30, 40)), In("c", RangedValue.Between(0, 100), grade: "E5")];
        var byGrade = MergeRules.Preferred.Merge(inputs);
        Assert.Equal(RangedValue.Between(10, 20), byGrade.Value);
        Assert.Equal("ranked normal, below preferred inputs", byGrade.GetOutcome("b").Reason);
        Assert.Equal("deprecated", byGrade.GetOutcome("c").Reason);

        var byOrigin = new PreferredRule(new System.Collections.Generic.Dictionary<string, PreferenceRank> { ["a"] = PreferenceRank.Deprecated });
        Assert.Equal(RangedValue.Between(0, 100), byOrigin.Merge(inputs).Value);
        Assert.Equal("by origin: a deprecated", byOrigin.Settings);
    }

    [Fact]
    public void Pooled_MixesUniformAndTriangularDistributions_WithWeightsFromGrades()
    {
        var single = MergeRules.Pooled.Merge([In("uniform", RangedValue.Between(14_000, 18_000))], Unit.Person);
        Assert.Equal(RangedValue.Between(14_200, 17_800, 16_000), single.Value);

        var triangular = MergeRules.Pooled.Merge([In("t", RangedValue.Between(0, 100, 50))], Unit.Person);
        // Symmetric triangle: the 5th percentile is 100·sqrt(0.05/2) ≈ 15.8.
        Assert.Equal(RangedValue.Between(16, 84, 50), triangular.Value);

        var weighted = MergeRules.Pooled.Merge([In("strong", RangedValue.Between(0, 10), grade: "A1"), In("weak", RangedValue.Between(90, 100), grade: "E5")], Unit.Person);
        Assert.True(weighted.Value!.Best < 10, weighted.ToString());
        Assert.Equal("open on a side, so it has no distribution to pool",
            MergeRules.Pooled.Merge([In("a", RangedValue.AtLeast(1)), In("b", RangedValue.Between(1, 2))]).GetOutcome("a").Reason);
    }

    [Fact]
    public void Merge_RejectsNoInputsAndRepeatedIds()
    {
        Assert.Equal("The envelope rule needs at least one input. (Parameter 'inputs')",
            Assert.Throws<ArgumentException>(() => MergeRules.Envelope.Merge([])).Message);
        Assert.StartsWith("Two inputs have the id \"a\"",
            Assert.Throws<ArgumentException>(() => MergeRules.Envelope.Merge([In("a", RangedValue.Exact(1)), In("a", RangedValue.Exact(2))])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_OfAnImmutableArray_SortsItWhenOutOfOrder_AndChecksItLikeAnyOtherSequence()
    {
        ImmutableArray<MergeInput> inOrder = [In("a", RangedValue.Between(1, 3)), In("b", RangedValue.Between(2, 5))];
        ImmutableArray<MergeInput> reversed = [inOrder[1], inOrder[0]];
        Assert.Equal(MergeRules.Envelope.Merge(inOrder.ToList()).ToString(), MergeRules.Envelope.Merge(inOrder).ToString());
        Assert.Equal(MergeRules.Envelope.Merge(inOrder).ToString(), MergeRules.Envelope.Merge(reversed).ToString());
        Assert.Equal(["a", "b"], MergeRules.Envelope.Merge(reversed).Outcomes.Select(o => o.Id).ToArray());
        Assert.Equal("The inputs must not contain null. (Parameter 'inputs')",
            Assert.Throws<ArgumentException>(() => MergeRules.Envelope.Merge(ImmutableArray.Create(inOrder[0], null!))).Message);
        Assert.StartsWith("Two inputs have the id \"a\"",
            Assert.Throws<ArgumentException>(() => MergeRules.Envelope.Merge(ImmutableArray.Create(inOrder[0], inOrder[0]))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesAreFoundByTheirStableNames()
    {
        Assert.Equal(["envelope", "consensus", "conservative", "ucdp", "latest", "preferred", "pooled"], MergeRules.Names.ToArray());
        Assert.True(MergeRules.TryGet("ucdp", out var rule));
        Assert.Same(MergeRules.Ucdp, rule);
        Assert.False(MergeRules.TryGet("Envelope", out _));
    }

    [Fact]
    public void ALikelihoodRange_MergesLikeAnyOtherRange()
    {
        // ICD 203: "likely" is 55–80 %, "very likely" 80–95 %, as probabilities.
        MergeInput[] judgements = [new("likely", RangedValue.Between(0.55m, 0.80m)), new("very-likely", RangedValue.Between(0.80m, 0.95m))];
        Assert.Equal(RangedValue.Between(0.55m, 0.95m), MergeRules.Envelope.Merge(judgements).Value);
        Assert.Equal(RangedValue.Between(0.80m, 0.80m), MergeRules.Consensus.Merge(judgements).Value);
    }
}
