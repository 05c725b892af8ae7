using System;
using System.CommandLine;

namespace ConflictData.Cli.Commands;

/// <summary>The <c>--format table|jsonl</c> option that every command with results shares.</summary>
internal static class OutputFormatOption
{
    private static readonly string[] Names = ["table", "jsonl"];

    /// <summary>A new <c>--format</c> option: <c>table</c> by default, completed from its two values.</summary>
    internal static Option<OutputFormat> Create()
    {
        var option = new Option<OutputFormat>("--format")
        {
            Description = "table (the default) or jsonl (one JSON object per line).",
            HelpName = "table|jsonl",
            DefaultValueFactory = _ => OutputFormat.Table,
            CustomParser = result =>
            {
                string text = result.Tokens[0].Value;
                int index = Array.IndexOf(Names, text);
                if (index < 0)
                {
                    result.AddError($"--format must be one of {string.Join(", ", Names)}, not '{text}'.");
                    return OutputFormat.Table;
                }
                return (OutputFormat)index;
            },
        };
        option.CompletionSources.Clear(); // not the enum's own names, which are capitalised
        option.CompletionSources.Add(Names);
        return option;
    }
}
