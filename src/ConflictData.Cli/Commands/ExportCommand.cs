using System;
using System.CommandLine;
using System.IO;
using ConflictData.Cli.Input;
using ConflictData.Parquet;
using ConflictData.Serialization;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata export --format csv|jsonl|parquet [--input FILE.csv] [--output FILE]</c>: the embedded seed corpus
/// (or a user's estimates CSV) as CSV (docs/csv-format.md), JSON lines (one estimate object of docs/json-format.md per
/// line) or Parquet. CSV and JSON lines go to standard output unless --output names a file; Parquet needs --output, and
/// the portable tool (not the Native AOT build, see <see cref="ToolFeatures.Parquet"/>).
/// </summary>
internal static class ExportCommand
{
    private static readonly string[] Formats = ["csv", "jsonl", "parquet"];

    internal static Command Create(ToolConsole console) => Create(console, ToolFeatures.Parquet);

    /// <summary>The command, with or without Parquet (tests check the message of a build without it).</summary>
    internal static Command Create(ToolConsole console, bool parquet)
    {
        var format = new Option<string>("--format")
        {
            Description = "csv, jsonl or parquet.",
            HelpName = "csv|jsonl|parquet",
            Required = true,
        };
        format.AcceptOnlyFromAmong(Formats);
        var input = new Option<string?>("--input") { Description = "A user's estimates CSV to export instead of the seed corpus.", HelpName = "FILE.csv" };
        var output = new Option<string?>("--output") { Description = "The file to write; standard output when left out (not for parquet).", HelpName = "FILE" };
        var command = new Command("export", "Write the seed corpus (or a CSV of your own) as CSV, JSON lines or Parquet.") { format, input, output };
        command.Validators.Add(result =>
        {
            if (result.GetValue(format) != "parquet")
            {
                return;
            }
            if (!parquet)
            {
                result.AddError("--format parquet is not in the Native AOT build of conflictdata (Parquet.Net is not trim-safe); " +
                    "use the portable tool (dotnet tool install ConflictData.Cli) or the ConflictData.Parquet package.");
            }
            else if (result.GetValue(output) is null)
            {
                result.AddError("--format parquet writes a binary file: give it with --output FILE.parquet.");
            }
        });
        command.SetAction(parse => Export(parse.GetRequiredValue(format), parse.GetValue(input), parse.GetValue(output), console));
        return command;
    }

    private static int Export(string format, string? input, string? output, ToolConsole console)
    {
        if (!EstimateFileReader.TryReadOrSeeds(input, out var estimates, out string error))
        {
            return console.Fail("export", error);
        }
        try
        {
            // The feature switch first, so that the trimmer removes the Parquet writer from a build without it.
            if (ToolFeatures.Parquet && format == "parquet")
            {
                using var file = File.Create(output!);
                EstimateParquet.WriteAsync(estimates, file).GetAwaiter().GetResult();
                return ExitCodes.Success;
            }
            using var writer = output is null ? null : new StreamWriter(output);
            var target = writer ?? console.Out;
            if (format == "csv")
            {
                EstimateCsv.Serialize(estimates, target);
            }
            else
            {
                EstimateJson.SerializeLines(estimates, target);
            }
            return ExitCodes.Success;
        }
        catch (Exception e) when (output is not null && e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return console.Fail("export", $"cannot write '{output}': {e.Message}");
        }
    }
}
