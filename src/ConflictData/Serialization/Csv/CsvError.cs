using System;
using ConflictData.Utility;

namespace ConflictData.Serialization;

/// <summary>
/// A problem in a CSV file: where it is (1-based line and column, and the column's header name when known) and the
/// rule the text breaks.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with component-wise equality.</remarks>
public sealed record CsvError
{
    /// <summary>Creates an error.</summary>
    /// <param name="line">The 1-based line the field (or record) starts on.</param>
    /// <param name="column">The 1-based field number within the record, as a spreadsheet counts columns.</param>
    /// <param name="columnName">The column's header name, when the field is under a known column.</param>
    /// <param name="message">The rule broken, as a sentence.</param>
    /// <exception cref="ArgumentOutOfRangeException">The line or column is below 1.</exception>
    /// <exception cref="ArgumentException">The message is blank.</exception>
    public CsvError(int line, int column, string? columnName, string message)
    {
        Preconditions.CheckRange(line >= 1, nameof(line), line, "A line number starts at 1.");
        Preconditions.CheckRange(column >= 1, nameof(column), column, "A column number starts at 1.");
        Line = line;
        Column = column;
        ColumnName = columnName;
        Message = Preconditions.CheckNotBlank(message, nameof(message));
    }

    /// <summary>The 1-based line the field starts on.</summary>
    public int Line { get; }

    /// <summary>The 1-based column (field number within the record).</summary>
    public int Column { get; }

    /// <summary>The column's header name, or <c>null</c> when the field is under no known column.</summary>
    public string? ColumnName { get; }

    /// <summary>The rule broken.</summary>
    public string Message { get; }

    /// <summary><c>line 5, column 7 (low): …</c>, culture-invariant.</summary>
    public override string ToString() =>
        $"line {Invariant.Plain(Line)}, column {Invariant.Plain(Column)}{(ColumnName is null ? "" : $" ({ColumnName})")}: {Message}";
}
