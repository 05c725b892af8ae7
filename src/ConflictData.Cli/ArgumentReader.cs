using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictData.Cli;

/// <summary>
/// The arguments after the command word: options of the form "--name value" and positional values, read once each,
/// so that anything left over is reported rather than ignored.
/// </summary>
internal sealed class ArgumentReader
{
    private readonly List<string> remaining;

    internal ArgumentReader(string command, IEnumerable<string> args)
    {
        Command = command;
        remaining = args.ToList();
    }

    internal string Command { get; }

    /// <summary>Takes "--name value"; returns null when the option is absent.</summary>
    internal string? Option(string name)
    {
        int index = remaining.IndexOf(name);
        if (index < 0)
        {
            return null;
        }
        if (index + 1 >= remaining.Count || remaining[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new UsageException($"{name} needs a value.");
        }
        string value = remaining[index + 1];
        remaining.RemoveRange(index, 2);
        if (remaining.Contains(name))
        {
            throw new UsageException($"{name} is given more than once.");
        }
        return value;
    }

    /// <summary>Takes "--name value" where value must be one of <paramref name="allowed"/>; the first is the default.</summary>
    internal string Choice(string name, params string[] allowed)
    {
        string? value = Option(name);
        if (value is null)
        {
            return allowed[0];
        }
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"{name} must be one of {string.Join(", ", allowed)}, not '{value}'.");
    }

    /// <summary>Takes the next positional value.</summary>
    internal string Positional(string what)
    {
        int index = remaining.FindIndex(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (index < 0)
        {
            throw new UsageException($"{what} is missing.");
        }
        string value = remaining[index];
        remaining.RemoveAt(index);
        return value;
    }

    /// <summary>Fails on anything not yet taken, so a misspelt option is never silently ignored.</summary>
    internal void EnsureAllUsed()
    {
        if (remaining.Count > 0)
        {
            throw new UsageException($"unexpected argument{(remaining.Count > 1 ? "s" : "")}: {string.Join(" ", remaining)}.");
        }
    }
}
