using System;
using System.CommandLine;
using System.IO;
using ConflictData.Cli.Input;
using ConflictData.Serialization;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata import FILE.csv [--output FILE.json]</c>: validates a curated estimates CSV (docs/csv-format.md) and
/// writes it as a JSON estimates file (docs/json-format.md). A malformed file is one error line naming the first
/// problem's line, column and rule, and how many more there are; nothing is written.
/// </summary>
internal static class ImportCommand
{
    internal static Command Create(ToolConsole console)
    {
        var file = new Argument<string>("FILE.csv") { Description = "The estimates CSV, as 'conflictdata export --format csv' writes it." };
        var output = new Option<string?>("--output") { Description = "The JSON file to write; standard output when left out.", HelpName = "FILE.json" };
        var command = new Command("import", "Validate an estimates CSV and write it in the JSON format.") { file, output };
        command.SetAction(parse => Import(parse.GetRequiredValue(file), parse.GetValue(output), console));
        return command;
    }

    private static int Import(string path, string? output, ToolConsole console)
    {
        if (!EstimateFileReader.TryRead(path, out var estimates, out string error))
        {
            return console.Fail("import", error);
        }
        string json = EstimateJson.Serialize(estimates) + "\n";
        if (output is null)
        {
            console.Out.Write(json);
            return ExitCodes.Success;
        }
        try
        {
            File.WriteAllText(output, json);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return console.Fail("import", $"cannot write '{output}': {e.Message}");
        }
    }
}
