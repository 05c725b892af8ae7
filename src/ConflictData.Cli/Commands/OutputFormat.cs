namespace ConflictData.Cli.Commands;

/// <summary>How a command writes its results: a table for people or one JSON object per line for scripts.</summary>
internal enum OutputFormat
{
    /// <summary>A table, the default.</summary>
    Table,

    /// <summary>One JSON object per line; the fields are a contract (README, "Command line").</summary>
    Jsonl,
}
