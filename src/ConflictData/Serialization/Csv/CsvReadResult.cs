using System;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictData.Serialization;

/// <summary>
/// The outcome of reading estimates from CSV: every estimate, or every problem found and no estimate at all, so
/// nothing half-imported is ever used.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CsvReadResult
{
    internal CsvReadResult(ImmutableArray<Estimate> estimates, ImmutableArray<CsvError> errors)
    {
        Errors = errors;
        Estimates = errors.IsEmpty ? estimates : [];
    }

    /// <summary>Whether the whole file was read without a problem.</summary>
    public bool Success => Errors.IsEmpty;

    /// <summary>The estimates in file order when <see cref="Success"/>; empty otherwise.</summary>
    public ImmutableArray<Estimate> Estimates { get; }

    /// <summary>Every problem found, in file order; empty on success.</summary>
    public ImmutableArray<CsvError> Errors { get; }

    /// <summary>The estimates, or a <see cref="FormatException"/> listing the problems (the first ten, then a count).</summary>
    /// <exception cref="FormatException">The file has at least one problem.</exception>
    public ImmutableArray<Estimate> GetValueOrThrow()
    {
        if (Success)
        {
            return Estimates;
        }
        const int shown = 10;
        string more = Errors.Length > shown ? $"{Environment.NewLine}… and {Errors.Length - shown} more." : string.Empty;
        throw new FormatException(string.Join(Environment.NewLine, Errors.Take(shown)) + more);
    }

    /// <summary>"OK: N estimates" or "N errors; first: …".</summary>
    public override string ToString() =>
        Success ? $"OK: {Estimates.Length} estimates" : $"{Errors.Length} errors; first: {Errors[0]}";
}
