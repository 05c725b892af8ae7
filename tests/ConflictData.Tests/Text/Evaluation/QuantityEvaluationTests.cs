using System.Linq;
using ConflictData.Text;
using Xunit.Abstractions;

namespace ConflictData.Tests.Text.Evaluation;

/// <summary>
/// The quantity scanner on the held-back sets of this folder: figures.txt (every family of news figures, one
/// expected quote, value and unit a line) and non-figures.txt (numbers that are not estimates). Prints both rates and
/// holds them to the floors below.
/// </summary>
/// <remarks>
/// A figure counts as read when a mention's quote is exactly the expected quote and its value and unit are the
/// expected ones. A non-figure line counts as a false positive when the scanner reads anything in it.
/// </remarks>
public class QuantityEvaluationTests(ITestOutputHelper output)
{
    /// <summary>
    /// The floor the figures' rate is held to: a ratchet at the rate reached, raised as the grammar grows, towards the
    /// issue's target of 0.95. Before the grammar was extended the scanner read 201 of 322 (62.4 %).
    /// </summary>
    private const double FigureFloor = 0.62;

    /// <summary>
    /// The ceiling on the rate of non-estimate lines read as figures: a ratchet lowered as the scanner improves,
    /// towards the issue's target of 0.10. Before, 25 of 81 lines (30.9 %) were read as figures.
    /// </summary>
    private const double FalsePositiveCeiling = 0.31;

    [Fact]
    public void Reads_the_held_back_figures()
    {
        var file = EvaluationFile.Read("figures.txt", fields: 5);
        var rate = new EvaluationRate("figures");
        foreach (var line in file.Lines)
        {
            string sentence = line.Fields[0], quote = line.Fields[1], value = line.Fields[2], unit = line.Fields[3];
            var mentions = QuantityScanner.Default.Scan(sentence);
            var found = mentions.FirstOrDefault(m => m.Text == quote);
            if (found is null)
            {
                rate.Record(line, false, $"no mention \"{quote}\"; read [{string.Join(" | ", mentions.Select(m => $"\"{m.Text}\" {m.Phrase.Value} {m.Phrase.Unit}"))}]");
                continue;
            }
            bool valueMatches = ExpectedValue.Matches(value, found.Phrase.Value, out string why);
            string actualUnit = found.Phrase.Unit?.Code ?? "-";
            bool unitMatches = actualUnit == unit;
            rate.Record(line, valueMatches && unitMatches, valueMatches ? $"\"{quote}\": unit {actualUnit}, expected {unit}" : $"\"{quote}\": {why}");
        }
        output.WriteLine(rate.Report("missed"));
        Assert.True(file.Lines.Count >= 300, $"the figures set has {file.Lines.Count} lines; it needs at least 300");
        Assert.True(rate.Rate >= FigureFloor, rate.Report("missed"));
    }

    [Fact]
    public void Reads_few_non_estimate_numbers_as_figures()
    {
        var file = EvaluationFile.Read("non-figures.txt", fields: 2);
        var rate = new EvaluationRate("non-estimate lines read as nothing");
        foreach (var line in file.Lines)
        {
            var mentions = QuantityScanner.Default.Scan(line.Fields[0]);
            rate.Record(line, mentions.Length == 0, string.Join(" | ", mentions.Select(m => $"\"{m.Text}\"")));
        }
        double falsePositives = 1 - rate.Rate;
        string report = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"false positives: {falsePositives * 100:0.0} %; ") + rate.Report("read as figures");
        output.WriteLine(report);
        Assert.True(falsePositives <= FalsePositiveCeiling, report);
    }
}
