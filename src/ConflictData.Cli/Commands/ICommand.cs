using System.IO;

namespace ConflictData.Cli.Commands;

/// <summary>One sub-command of the tool.</summary>
internal interface ICommand
{
    /// <summary>The word that selects the command.</summary>
    string Name { get; }

    /// <summary>One line of usage, such as "conflictdata list [--format table|jsonl]".</summary>
    string Usage { get; }

    /// <summary>One sentence saying what the command does.</summary>
    string Summary { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    /// <exception cref="UsageException">The arguments are wrong.</exception>
    int Run(ArgumentReader args, TextWriter stdout, TextWriter stderr);
}
