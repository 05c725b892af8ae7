using System;

namespace ConflictData.Serialization;

/// <summary>
/// One column of the estimates CSV: its header name, how an estimate is written into it, and either how its text is
/// read into the JSON-shaped DTO (a stated column) or how it is checked against the estimate read (a derived column).
/// </summary>
internal sealed class EstimateCsvColumn
{
    private EstimateCsvColumn(string name, string path, Func<Estimate, EstimateDto, string> write,
        Action<EstimateDto, string>? read, Func<Estimate, string>? derive)
    {
        Name = name;
        Path = path;
        Write = write;
        Read = read;
        Derive = derive;
    }

    /// <summary>The header name.</summary>
    internal string Name { get; }

    /// <summary>The JSON path of the DTO member this column feeds, so an error there is reported in this column.</summary>
    internal string Path { get; }

    /// <summary>The cell text of an estimate (with its DTO, built once per row).</summary>
    internal Func<Estimate, EstimateDto, string> Write { get; }

    /// <summary>Reads non-empty cell text into the DTO; throws <see cref="FormatException"/> with the rule when it cannot.</summary>
    internal Action<EstimateDto, string>? Read { get; }

    /// <summary>For a derived column: its text computed from the estimate, which a non-empty cell must equal.</summary>
    internal Func<Estimate, string>? Derive { get; }

    /// <summary>A column read into the DTO and validated by the model.</summary>
    internal static EstimateCsvColumn Stated(string name, string path, Func<EstimateDto, string> write, Action<EstimateDto, string> read) =>
        new(name, path, (_, dto) => write(dto), read, null);

    /// <summary>A column written for convenience, computed from the rest; when a cell is not empty it must agree.</summary>
    internal static EstimateCsvColumn Derived(string name, string path, Func<Estimate, string> derive) =>
        new(name, path, (estimate, _) => derive(estimate), null, derive);
}
