using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Text.Evaluation;

/// <summary>
/// One held-back evaluation file of this folder: lines of fields separated by " | ", the last field naming the source
/// (outlet and date, or a citation). Lines starting with "#" and blank lines are comments. Shared by every evaluation
/// set (figures, non-figures, dates): each test decides what its fields mean.
/// </summary>
internal sealed class EvaluationFile
{
    private const string Separator = " | ";

    private EvaluationFile(string name, IReadOnlyList<EvaluationLine> lines)
    {
        Name = name;
        Lines = lines;
    }

    /// <summary>The file name, for messages.</summary>
    internal string Name { get; }

    /// <summary>The data lines, in file order.</summary>
    internal IReadOnlyList<EvaluationLine> Lines { get; }

    /// <summary>Reads <paramref name="fileName"/> from tests/ConflictData.Tests/Text/Evaluation, requiring <paramref name="fields"/> fields a line.</summary>
    /// <exception cref="FormatException">A line has another number of fields, or an empty one; the message names the file and line.</exception>
    internal static EvaluationFile Read(string fileName, int fields)
    {
        string path = RepositoryPaths.Combine("tests", "ConflictData.Tests", "Text", "Evaluation", fileName);
        var lines = new List<EvaluationLine>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            string[] parts = line.Split(Separator).Select(part => part.Trim()).ToArray();
            if (parts.Length != fields || parts.Any(part => part.Length == 0))
            {
                throw new FormatException($"{fileName}:{number}: expected {fields} non-empty fields separated by \"{Separator}\", found {parts.Length}: {line}");
            }
            lines.Add(new EvaluationLine(fileName, number, parts));
        }
        return new EvaluationFile(fileName, lines);
    }
}

/// <summary>One data line of an evaluation file: where it is and its fields (the last is its source).</summary>
internal sealed record EvaluationLine(string File, int Number, IReadOnlyList<string> Fields)
{
    internal string Source => Fields[^1];

    public override string ToString() => $"{File}:{Number}";
}

/// <summary>How many lines of a set passed, with the failures named, as a rate the tests print and hold to a floor or ceiling.</summary>
internal sealed class EvaluationRate
{
    private readonly List<string> failures = [];

    internal EvaluationRate(string name) => Name = name;

    internal string Name { get; }

    internal int Total { get; private set; }

    internal int Hits { get; private set; }

    internal double Rate => Total == 0 ? 0 : (double)Hits / Total;

    internal IReadOnlyList<string> Failures => failures;

    /// <summary>Counts one line; <paramref name="hit"/> false records <paramref name="why"/> against it.</summary>
    internal void Record(EvaluationLine line, bool hit, string why)
    {
        Total++;
        if (hit)
        {
            Hits++;
        }
        else
        {
            failures.Add($"{line}: {why}");
        }
    }

    /// <summary>"figures: 301/322 = 93.5 %" then one line per failure.</summary>
    internal string Report(string failureHeading) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Name}: {Hits}/{Total} = {Rate * 100:0.0} %")
        + (failures.Count == 0 ? "" : $"\n{failureHeading}:\n  " + string.Join("\n  ", failures));
}
