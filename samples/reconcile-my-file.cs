// Reconciles your own estimates file — CSV or JSON lines, as `conflictdata export` writes them — prints every conclusion
// with its explanation, and draws the quantity with the most estimates over time as a chart (SVG or PNG).
// Run from the repository root:
//   dotnet run --project src/ConflictData.Cli -c Release -- export --format csv --output estimates.csv
//   dotnet run samples/reconcile-my-file.cs -- estimates.csv chart.svg
#:project ../src/ConflictData/ConflictData.csproj
#:project ../src/ConflictData.Charts/ConflictData.Charts.csproj
#:property PublishAot=false

using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData;
using ConflictData.Charts;
using ConflictData.Serialization;

const string Name = "reconcile-my-file";
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine($"usage: dotnet run samples/{Name}.cs -- ESTIMATES.csv|ESTIMATES.jsonl [CHART.svg|CHART.png]");
    return 2;
}
string input = args[0];
string chartPath = args.Length == 2 ? args[1] : "chart.svg";
if (Path.GetExtension(chartPath).ToUpperInvariant() is not (".SVG" or ".PNG"))
{
    Console.Error.WriteLine($"{Name}: cannot draw to '{chartPath}': the chart is written as .svg or .png.");
    return 2;
}
if (!File.Exists(input))
{
    Console.Error.WriteLine($"{Name}: no file at '{input}'.");
    return 1;
}

ImmutableArray<Estimate> estimates;
switch (Path.GetExtension(input).ToUpperInvariant())
{
    case ".CSV":
        using (var reader = File.OpenText(input))
        {
            var read = EstimateCsv.Deserialize(reader);
            if (!read.Success)
            {
                // The first problem names its line, column and rule; the count says how much more there is to fix.
                Console.Error.WriteLine($"{Name}: {input} is not an estimates CSV: {read.Errors[0]} ({read.Errors.Length} problems in all).");
                return 1;
            }
            estimates = read.Estimates;
        }
        break;
    case ".JSONL":
        try
        {
            using var reader = File.OpenText(input);
            estimates = EstimateJson.DeserializeLines(reader);
        }
        catch (JsonException e)
        {
            Console.Error.WriteLine($"{Name}: {input} is not estimates in JSON lines: {e.Message}");
            return 1;
        }
        break;
    default:
        Console.Error.WriteLine($"{Name}: cannot read '{input}': use a .csv or .jsonl file, as `conflictdata export` writes them.");
        return 1;
}
if (estimates.IsEmpty)
{
    Console.Error.WriteLine($"{Name}: {input} holds no estimates.");
    return 1;
}

var report = estimates.Reconcile();
Console.WriteLine($"{estimates.Length} estimates in {report.Groups.Length} groups, {report.Groups.Count(g => g.HasConflict)} with a conflict");
foreach (var group in report.Groups)
{
    Console.WriteLine();
    Console.Write(group.Explain());
}

// The quantity reported most often, over time: the chart most worth a look.
var timeline = report.Timelines
    .OrderByDescending(t => t.Points.Sum(p => p.Inputs.Length))
    .ThenBy(t => t.Key.ToString(), StringComparer.Ordinal)
    .First();
var chart = EstimateChart.Of(timeline);
try
{
    chart.Save(chartPath);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"{Name}: cannot write the chart to '{chartPath}': {e.Message}");
    return 1;
}
Console.WriteLine();
Console.WriteLine($"chart: {chartPath} — {timeline.Key}, {chart.Estimates.Length} estimates from {chart.Origins.Length} origins");
return 0;
