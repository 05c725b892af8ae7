using System;
using System.IO;
using System.Linq;
using ConflictData.Reconciliation;
using ConflictData.Serialization;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;
using NodaTime;

namespace ConflictData.Tests.Documentation;

// The tests' Corpus namespace would hide the type the README example names; only an alias inside the namespace is
// found before it (.editorconfig lets this one file keep its using there).
using Corpus = ConflictData.Corpus;

/// <summary>
/// The README's examples, compiled and checked here; a further test requires each marked block to stand in the README
/// word for word, so the README cannot drift from the API.
/// </summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_GuterresEstimate_ReadsBackAsStated()
    {
        // README: begin model example
        var rnz = PublicationTime.Exact(
            new LocalDateTime(2019, 3, 24, 19, 25).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]));

        var guterres = new Estimate(
            id: "004-guterres-militants",
            quantity: new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person),
            measurand: new Measurand(Indicator.Fighters, actor: "IS", places: [CountryCode.Iraq, CountryCode.Syria]),
            hedge: Hedge.Recognize("between … and"),
            noun: "militants",
            referenceTime: ReferenceTime.During(DateRange.Month(2019, 2)),
            published: rnz,
            sources: [new SourceChain(
                new Source(SourceKind.Outlet, "RNZ"),
                new Source(SourceKind.Person, "António Guterres", role: "UN Secretary-General"),
                new Source(SourceKind.Report, "report to the Security Council", organisation: "United Nations",
                    when: DateRange.Month(2019, 2)))]);

        // "between 14,000 and 18,000 militants"
        string said = guterres.ToString();
        // "RNZ → António Guterres (UN Secretary-General) → report to the Security Council (United Nations) in 2019-02"
        string chain = guterres.Sources[0].ToString();
        // README: end model example

        Assert.Equal("between 14,000 and 18,000 militants", said);
        Assert.Equal("RNZ → António Guterres (UN Secretary-General) → report to the Security Council (United Nations) in 2019-02", chain);
        Assert.True(guterres.Quantity.Value.Contains(16_000));
        Assert.Equal(new LocalDate(2019, 3, 24), guterres.Published!.Date);
    }

    [Fact]
    public void ReadmeExample_Reconciliation_ShowsTheSeedCases()
    {
        // README: begin reconcile example
        var report = Reconciler.Reconcile(SeedCorpus.Estimates);

        // "more than 45,000" (VOA, 2019) against "Up to 40,000" (RNZ, March 2019): a conflict, both quotes located.
        var conflict = report.Diagnostics.First(d => d.Id == "CD0001");

        // $50m–$300m (VOA) and £39m–231m (RNZ): one UN estimate, counted once after conversion.
        var funds = report.GetGroup("funds [reserves] of IS (money) @ 2019-01-01/2019-03-24");
        string why = funds.Explain();

        // IS fighters in Iraq and Syria over time; July 2018 is the Coalition's Iraq and Syria figures summed.
        var key = new QuantityKey(new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria]), "person");
        var timeline = report.GetTimeline(key)!.Points.Select(p => $"{p.Time}: {p.Value!.Value}");

        // What was known on 30 March 2019, by another rule: the undated VOA article of 2019 is not yet out.
        var known = Reconciler.Reconcile(SeedCorpus.Estimates,
            new ReconciliationOptions { Rule = MergeRules.Consensus, AsKnownOn = new LocalDate(2019, 3, 30) });
        // README: end reconcile example

        Assert.Equal(["Up to 40,000 foreigners are estimated to have travelled", "more than 45,000 fighters"], conflict.Locations.Select(l => l.Quote));
        Assert.Equal(["004-un-funds-sterling"], funds.Inputs[0].Citations.Select(c => c.Id));
        Assert.Contains("also cited as: 004-un-funds-sterling", why, StringComparison.Ordinal);
        Assert.Equal(["2018-07: [28000, 31000]", "2019-02: [14000, 18000]", "2019-03-11/2019-03-20: [15000, 20000]", "2019-04-01/2019-12-31: [10000, 15000]"], timeline);
        Assert.DoesNotContain(known.Diagnostics, d => d.Id == "CD0001");
        Assert.Equal("consensus", known.Rule);
    }

    [Fact]
    public void ReadmeExample_CorpusQuery_FindsTheCompetingFighterCounts()
    {
        // README: begin corpus example
        var corpus = SeedCorpus.Load();

        // Every figure of IS fighters in Iraq and Syria, oldest reference time first.
        var fighters = corpus.Estimates
            .Where(e => e.Measurand.Indicator == Indicator.Fighters && e.Measurand.Places.Contains(CountryCode.Syria))
            .OrderBy(e => e.ReferenceTime?.From)
            .Select(e => $"{e.ReferenceTime}: {e} ({e.Sources[0].Origin.Name})");

        var guterres = corpus.GetEstimate("004-guterres-militants-iraq-syria");
        string sentence = corpus.GetSentence(guterres); // the sentence the figure stands in
        // README: end corpus example

        var lines = fighters.ToList();
        Assert.Contains(lines, l => l.Contains("between 14,000 and 18,000 militants", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("between 13,000 and 14,000", StringComparison.Ordinal));
        Assert.StartsWith("IS has suffered substantial losses", sentence, StringComparison.Ordinal);
        Assert.Contains("between 14,000 and 18,000 militants", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadmeExample_TextAndJson_ReadFiguresAndRoundTrip()
    {
        // README: begin text example
        var phrase = QuantityParser.Default.Parse("between £39m-231m").GetValueOrThrow();
        // phrase.Value is [39000000, 231000000], phrase.Unit GBP; phrase.Hedge keeps the words as stated

        var article = new Document(new DocumentId("note-1"), "As of October 2017, more than 5,600 had returned.",
            PublicationTime.OnDate(new LocalDate(2019, 3, 24)));
        var found = TextExtractor.Default.Extract(article);
        // found.Quantities[0]: "more than 5,600" → (5600, ); found.Dates[0]: "As of October 2017" → as of 2017-10

        string json = EstimateJson.Serialize(SeedCorpus.Estimates);
        var back = EstimateJson.Deserialize(json); // equal, estimate for estimate
        // README: end text example

        Assert.Equal(RangedValue.Between(39_000_000, 231_000_000), phrase.Value);
        Assert.Equal(Unit.Money(Currency.PoundSterling), phrase.Unit);
        Assert.Equal(RangedValue.MoreThan(5_600), found.Quantities[0].Phrase.Value);
        Assert.Equal(ReferenceTime.AsOf(DateRange.Month(2017, 10)), found.Dates[0].Resolution.Value);
        Assert.Equal<Estimate>(SeedCorpus.Estimates, back); // element-wise: ImmutableArray's own Equals compares references
    }

    [Fact]
    public void ReadmeExample_Query_ListsTheFighterEstimatesAndTheirTimeline()
    {
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        try
        {
            // README: begin query example
            var fighters = SeedCorpus.Estimates
                .OfIndicator(Indicator.Fighters)
                .InPlace(CountryCode.Syria)          // a figure for Iraq and Syria together counts too
                .OrderByReferenceTime();

            foreach (var estimate in fighters)
            {
                Console.WriteLine($"{estimate.ReferenceTime,-32} {estimate}");
            }
            // during 2018-07                   between 13,000 and 14,000 militants
            // during 2019-02                   up to 3,000 foreigners
            // during 2019-02                   between 14,000 and 18,000 militants
            // as of 2019-02-20/2019-02-28      300 or so hard-core IS fighters
            // during 2019-03-11/2019-03-20     between 15,000 and 20,000 armed adherents
            // as of 2019-04-01/2019-12-31      between 10,000 and 15,000 fighters

            var timeline = SeedCorpus.Estimates.OfIndicator(Indicator.Fighters).ToTimelines()
                .Single(t => t.Key.ToString() == "fighters of IS in IQ+SY (person)");
            // 2018-07: [28000, 31000] (the sum of the Coalition's Iraq and Syria figures)
            // 2019-02: [14000, 18000] · 2019-03-11/2019-03-20: [15000, 20000] · 2019-04-01/2019-12-31: [10000, 15000]
            // README: end query example
            Assert.Equal(4, timeline.Points.Length);
            Assert.True(timeline.Points[0].IsSumOfParts);
            Assert.Equal("[28000, 31000]", timeline.Points[0].Value!.Value.ToString());
            Assert.Equal(["[14000, 18000]", "[15000, 20000]", "[10000, 15000]"], timeline.Points.Skip(1).Select(p => p.Value!.Value.ToString()));
        }
        finally
        {
            Console.SetOut(console);
        }
        string[] expected = File.ReadAllLines(RepositoryPaths.Combine("README.md"))
            .SkipWhile(l => !l.StartsWith("// during 2018-07", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith("// ", StringComparison.Ordinal))
            .Where(l => !l.StartsWith("// 20", StringComparison.Ordinal)).Select(l => l[3..]).ToArray();
        Assert.Equal(6, expected.Length);
        Assert.Equal(expected, output.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void ReadmeExample_OwnCorpus_LoadsAFolderInTheCorpusFormat()
    {
        string folder = SeedTexts.Folder;
        // README: begin own corpus example
        var mine = Corpus.Load(folder);
        var lines = mine.Estimates.Select(e => $"{e.Id}: {e} — {mine.GetSentence(e)}").ToList();
        // README: end own corpus example

        Assert.Equal(SeedCorpus.Estimates.Length, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("004-guterres-militants-iraq-syria: between 14,000 and 18,000 militants — ", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadmeExample_BaghdadiAssessments_SideBySide()
    {
        // README: begin judgements example
        // "Baghdadi is alive": four sources, four strengths, one report of death (Rudaw, 22 July 2017).
        var alive = SeedCorpus.Judgements.Where(j => j.Proposition.Statement == "Abu Bakr al-Baghdadi is alive");
        var sideBySide = alive.Select(j => $"{j.Sources[0].Origin.Name,-26} {j.Stance,-36} {j.Likelihood?.RangeText ?? "denied"}");
        // US intelligence community  believe                              55–99 % (icd-203)
        // Nicholas Rasmussen         believes                             55–99 % (icd-203)
        // various recent reports     reports that                         denied
        // Jim Mattis                 I think … I'm going to assume        55–99 % (icd-203)
        // Lahur Talabany             definitely … We believe 99 percent   99 % (icd-203)

        var groups = JudgementReconciler.Combine(SeedCorpus.Judgements, MergeRules.Consensus);
        var baghdadi = groups.Single(g => g.Statement == "Abu Bakr al-Baghdadi is alive");
        // baghdadi.Likelihood.Value is [0.99, 0.99]: all four allow Talabany's 99 %; the envelope rule gives [0.55, 0.99].
        // baghdadi.Diagnostics[0] is CD0015: "definitely alive … 99 percent" against the reports that he had been killed.
        // README: end judgements example

        Assert.Equal(
            [
                "US intelligence community  believe                              55–99 % (icd-203)",
                "Nicholas Rasmussen         believes                             55–99 % (icd-203)",
                "various recent reports     reports that                         denied",
                "Jim Mattis                 I think … I'm going to assume        55–99 % (icd-203)",
                "Lahur Talabany             definitely … We believe 99 percent   99 % (icd-203)",
            ],
            sideBySide);
        Assert.Equal(RangedValue.Between(0.99m, 0.99m), baghdadi.Likelihood!.Value);
        Assert.Equal("CD0015", Assert.Single(baghdadi.Diagnostics).Id);
    }

    [Fact]
    public void Readme_ShowsEveryCompiledExampleWordForWord()
    {
        var source = File.ReadAllLines(RepositoryPaths.Combine("tests", "ConflictData.Tests", "Documentation", "ReadmeExampleTests.cs"));
        string readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n");
        var begins = source.Select((line, index) => (line, index)).Where(x => x.line.Trim().StartsWith("// README: begin ", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, begins.Count);
        foreach (var (line, index) in begins)
        {
            string name = line.Trim()["// README: begin ".Length..];
            int end = Array.FindIndex(source, index, l => l.Trim() == "// README: end " + name);
            // The block's indentation in this file is its marker's; the README shows it flush left.
            int indent = line.Length - line.TrimStart().Length;
            var example = source[(index + 1)..end].Select(l => l.Length >= indent ? l[indent..] : l.TrimStart());
            Assert.True(readme.Contains(string.Join("\n", example), StringComparison.Ordinal), $"README.md lacks the {name}, word for word.");
        }
    }
}
