using System.Linq;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Likelihoods;

public class LikelihoodScannerTests
{
    private static string[] Found(string text) =>
        [.. LikelihoodScanner.Default.Scan(text).Select(m => $"{m.Text}:{m.Phrase.Term}")];

    [Theory]
    [InlineData("They will likely remain.", "likely:Likely")]
    [InlineData("It is most likely 50 per month.", "most likely:Likely")]
    [InlineData("It will probably not happen.", "probably not:Unlikely")]
    [InlineData("IS could likely resurge.", "could likely:Likely")]
    [InlineData("He almost certainly fled.", "almost certainly:AlmostCertain")]
    [InlineData("It is highly likely.", "highly likely:VeryLikely")]
    [InlineData("There is a roughly even chance of it.", "roughly even chance:RoughlyEvenChance")]
    [InlineData("There is a realistic possibility that Russia will attack.", "realistic possibility:RealisticPossibility")]
    [InlineData("Baghdadi is definitely alive.", "definitely:AlmostCertain")]
    [InlineData("I think he's alive.", "I think:Belief")]
    [InlineData("We don't believe it.", "We don't believe:Disbelief")]
    [InlineData("We do not think losses will suffice.", "We do not think:Disbelief")]
    [InlineData("We believe 99 percent he is alive.", "We believe 99 percent:StatedPercentage")]
    [InlineData("I am 99 per cent sure.", "99 per cent sure:StatedPercentage")]
    [InlineData("a 60% chance of rain", "60% chance:StatedPercentage")]
    [InlineData("that's less likely than we first assessed.", "less likely than we first assessed:LessLikely")]
    [InlineData("more likely than previously thought", "more likely than previously thought:MoreLikely")]
    [InlineData("Up to 30,000 may still be alive.", "may:Possible")]
    [InlineData("The outcome is certain.", "is certain:AlmostCertain")]
    [InlineData("There is a strong chance the town falls.", "strong chance:Likely")]
    [InlineData("It is doubtful that he survived.", "doubtful:Unlikely")]
    [InlineData("There is little chance of peace.", "little chance:VeryUnlikely")]
    [InlineData("There is a real possibility of famine.", "real possibility:RealisticPossibility")]
    [InlineData("Famine is all but certain.", "all but certain:AlmostCertain")]
    [InlineData("It is almost inconceivable that aid arrives.", "inconceivable:AlmostNoChance")]
    public void Scan_ReadsTheExpressionAsOneTerm(string text, string expected) => Assert.Equal([expected], Found(text));

    [Theory]
    [InlineData("In May 2019 the group fell.")]
    [InlineData("May 12 was quiet.")]
    [InlineData("A think tank said so.")]
    [InlineData("Attacks were down 9 percent and deaths 13 percent.")]
    [InlineData("A certain number returned.")]
    [InlineData("The assessment was sobering.")]
    [InlineData("It was a good chance to talk.")]
    [InlineData("All but three towns fell.")]
    public void Scan_WordsThatOnlyLookEstimative_AreNotRead(string text) => Assert.Empty(Found(text));

    [Fact]
    public void Scan_PutsTheIcdRangeAndPolicyOnEachMention()
    {
        var mention = Assert.Single(LikelihoodScanner.Default.Scan("an attack, probably within the year"));
        Assert.Equal(TextSpan.FromBounds(11, 19), mention.Span);
        Assert.Equal(new Likelihood("probably", 0.55m, 0.80m, "icd-203"), mention.Likelihood);
        Assert.Equal("[11..19) \"probably\" → 55–80 % (icd-203)", mention.ToString());
    }

    [Fact]
    public void Scan_Comparative_HasNoRange()
    {
        var mention = Assert.Single(LikelihoodScanner.Default.Scan("less likely than we first assessed"));
        Assert.Null(mention.Likelihood);
        Assert.True(mention.Phrase.IsComparative);
    }

    [Fact]
    public void Scan_ReplacedPolicy_IsUsed()
    {
        var scanner = new LikelihoodScanner(new FixedPolicy());
        Assert.Same(scanner.Policy, scanner.Policy);
        var mention = Assert.Single(scanner.Scan("it will likely rain"));
        Assert.Equal("fixed", mention.Likelihood!.Policy);
        Assert.Equal(0.5m, mention.Likelihood.Low);
    }

    [Fact]
    public void Extract_ReportsTheLikelihoodsOfADocumentWithTheirEvidence()
    {
        var document = SeedCorpus.Load().GetDocument(new DocumentId("000_30f65801c5775d4d"));
        var found = TextExtractor.Default.Extract(document);
        Assert.Equal(14, found.Likelihoods.Length);
        var talabany = Assert.Single(found.Likelihoods, m => m.Phrase.Term == EstimativeTerm.StatedPercentage);
        Assert.Equal("We believe 99 percent", found.EvidenceFor(talabany).Quote);
        Assert.Same(LikelihoodScanner.Default, TextExtractor.Default.Likelihoods);
        Assert.Empty(TextExtractor.Default.Extract(new Document(new DocumentId("d"), "Published in May 2019.", null)).Likelihoods);
    }

    [Fact]
    public void Scan_NullText_ThrowsNamingIt() =>
        Assert.Equal("text", Assert.Throws<System.ArgumentNullException>(() => LikelihoodScanner.Default.Scan(null!)).ParamName);

    private sealed class FixedPolicy : ILikelihoodPolicy
    {
        public string Name => "fixed";

        public Likelihood? Interpret(EstimativePhrase phrase) => new(phrase.Words, 0.5m, 0.5m, Name);
    }
}
