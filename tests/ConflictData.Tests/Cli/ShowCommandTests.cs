using System;

namespace ConflictData.Tests.Cli;

public class ShowCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => ToolRun.Run(args);

    [Fact]
    public void KnownId_PrintsTheEstimateWithItsSentenceAndTheFigureMarked()
    {
        var (exit, output, error) = Run("show", "004-guterres-militants-iraq-syria");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("004-guterres-militants-iraq-syria\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("between 14,000 and 18,000 militants", output, StringComparison.Ordinal);
        Assert.Contains("RNZ → António Guterres", output, StringComparison.Ordinal);
        Assert.Contains("during 2019-02", output, StringComparison.Ordinal);
        Assert.Contains(
            "but Mr Guterres said it still reportedly controlled [[between 14,000 and 18,000 militants]] in Iraq and Syria, including up to 3,000 foreigners.",
            output, StringComparison.Ordinal);
    }

    [Fact]
    public void StatedConfidence_IsShownWithWhoStatedIt()
    {
        string output = Run("show", "004-coalition-syria-2018").Out;
        Assert.Contains("did not have a lot of confidence in those figures", output, StringComparison.Ordinal);
        Assert.Contains("stated by US commanders", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FigureInAnEmbeddedTeaser_IsFlagged() =>
        Assert.Contains("RelatedArticle", Run("show", "001-baghuz-fighters-surrendered").Out, StringComparison.Ordinal);

    [Theory]
    [InlineData("004-guterres-militants", "004-guterres-militants-iraq-syria")]
    [InlineData("000-baghdadi-bounty-x", "000-baghdadi-bounty")]
    [InlineData("004-GUTERRES-FOREIGNERS", "004-guterres-foreigners")]
    public void UnknownId_IsOneLineNamingTheIdAndTheNearestMatch(string id, string suggestion)
    {
        var (exit, output, error) = Run("show", id);
        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal($"conflictdata show: no estimate or judgement has the id '{id}'; did you mean '{suggestion}'?", error.TrimEnd());
    }

    [Fact]
    public void UnknownIdFarFromAnyOther_SuggestsTheList()
    {
        var (exit, _, error) = Run("show", "zzz");
        Assert.Equal(1, exit);
        Assert.Equal("conflictdata show: no estimate or judgement has the id 'zzz'; 'conflictdata list' and 'conflictdata list --judgements' show them all.", error.TrimEnd());
    }

    [Fact]
    public void MissingId_IsAUsageError()
    {
        var (exit, _, error) = Run("show");
        Assert.Equal(2, exit);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("conflictdata show: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoIds_AreAUsageError() =>
        Assert.Equal(2, Run("show", "000-baghdadi-bounty", "000-baghdadi-bounty").Exit);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void EmptyId_IsAUsageErrorThatSuggestsNoId(string id)
    {
        var (exit, output, error) = Run("show", id);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(
            "conflictdata show: the estimate ID is empty; 'conflictdata list' shows every id. ('conflictdata show --help' shows the usage.)",
            error.TrimEnd());
    }
}
