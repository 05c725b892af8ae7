using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictData.Utility;

namespace ConflictData.Serialization;

/// <summary>
/// Reads and writes estimates as CSV (RFC 4180): a header row, then one tidy row per estimate, so pandas, R and
/// spreadsheets open the file without cleaning, and a file curated in a spreadsheet reads back into estimates.
/// </summary>
/// <remarks>
/// <para>The columns (<see cref="Columns"/>) are described in <c>docs/csv-format.md</c>: bounds with their inclusivity,
/// best value, unit, hedge words and kinds, indicator, actor, places, qualifiers, reference and publication times,
/// source chains as text with their outlets and origins, document, span and quote. Numbers are culture-invariant
/// with a '.' decimal point; dates are ISO; lists are joined by ';'; source chains, evidence beyond the first and
/// the source of a stated confidence are compact JSON in the format of <c>docs/json-format.md</c>.</para>
/// <para>Writing uses CRLF record ends and quotes a field only when it holds a comma, a quote or a line break.
/// Reading accepts CRLF or LF, columns in any order, and missing columns (read as empty); it rejects unknown or
/// repeated columns. Derived columns (<c>dimension</c>, <c>reference_from</c>, <c>reference_to</c>, <c>source</c>,
/// <c>outlet</c>, <c>origin</c>) may be left empty; when filled they must agree with the rest of the row.
/// Every problem is reported with its line, column and the rule broken, and a file with any problem yields no
/// estimates. This class is stateless and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// string csv = EstimateCsv.Serialize(SeedCorpus.Estimates);
/// var result = EstimateCsv.Deserialize(csv);
/// if (!result.Success) { foreach (var error in result.Errors) Console.Error.WriteLine(error); }
/// </code>
/// </example>
public static class EstimateCsv
{
    private static readonly Dictionary<string, EstimateCsvColumn> ColumnsByName =
        EstimateCsvColumns.All.ToDictionary(c => c.Name, StringComparer.Ordinal);

    /// <summary>The header names, in the order they are written.</summary>
    public static ImmutableArray<string> Columns { get; } = [.. EstimateCsvColumns.All.Select(c => c.Name)];

    /// <summary>Writes <paramref name="estimates"/> as CSV text with a header row.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null or contains null.</exception>
    public static string Serialize(IEnumerable<Estimate> estimates)
    {
        var text = new StringWriter();
        Serialize(estimates, text);
        return text.ToString();
    }

    /// <summary>Writes <paramref name="estimates"/> as CSV with a header row to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="estimates"/> contains null.</exception>
    public static void Serialize(IEnumerable<Estimate> estimates, TextWriter writer)
    {
        Preconditions.CheckNotNull(estimates, nameof(estimates));
        Preconditions.CheckNotNull(writer, nameof(writer));
        WriteRecord(writer, Columns);
        foreach (var estimate in estimates)
        {
            Preconditions.CheckNotNull(estimate, nameof(estimates));
            var dto = EstimateDto.From(estimate);
            WriteRecord(writer, EstimateCsvColumns.All.Select(c => c.Write(estimate, dto)));
        }
    }

    /// <summary>Reads estimates from CSV text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="csv"/> is null.</exception>
    public static CsvReadResult Deserialize(string csv)
    {
        Preconditions.CheckNotNull(csv, nameof(csv));
        return Deserialize(new StringReader(csv));
    }

    /// <summary>Reads estimates from CSV text, to the end of <paramref name="reader"/>.</summary>
    /// <returns>Every estimate, or every problem found (and no estimate).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static CsvReadResult Deserialize(TextReader reader)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        var records = new CsvRecordReader(reader);
        var errors = ImmutableArray.CreateBuilder<CsvError>();
        var estimates = ImmutableArray.CreateBuilder<Estimate>();
        if (!records.TryRead(out var header, out var headerError))
        {
            return new CsvReadResult([], [new CsvError(1, 1, null, $"the file is empty; expected a header row: {string.Join(",", Columns)}.")]);
        }
        var columns = ReadHeader(header, headerError, errors);
        var lineById = new Dictionary<string, int>(StringComparer.Ordinal);
        while (records.TryRead(out var record, out var recordError))
        {
            if (recordError is not null)
            {
                errors.Add(new CsvError(recordError.Line, recordError.Column, NameAt(columns, recordError.Column), recordError.Message));
                continue;
            }
            if (record.Fields is [{ Text.Length: 0 }])
            {
                continue; // a blank line
            }
            if (record.Fields.Count != columns.Length)
            {
                errors.Add(new CsvError(record.Line, Math.Min(record.Fields.Count, columns.Length) + 1, null,
                    $"the row has {Invariant.Plain(record.Fields.Count)} fields but the header has {Invariant.Plain(columns.Length)}; quote a field that holds a comma."));
                continue;
            }
            if (ReadRow(record, columns, errors) is { } estimate)
            {
                if (lineById.TryGetValue(estimate.Id, out int firstLine))
                {
                    int idColumn = Array.FindIndex(columns, c => c?.Name == "id");
                    errors.Add(new CsvError(record.Line, idColumn + 1, "id",
                        $"the id \"{estimate.Id}\" is already used on line {Invariant.Plain(firstLine)}; estimate ids must be unique."));
                    continue;
                }
                lineById.Add(estimate.Id, record.Line);
                estimates.Add(estimate);
            }
        }
        return new CsvReadResult(estimates.ToImmutable(), errors.ToImmutable());
    }

    private static EstimateCsvColumn?[] ReadHeader(CsvRecord header, CsvError? headerError, ImmutableArray<CsvError>.Builder errors)
    {
        if (headerError is not null)
        {
            errors.Add(headerError);
        }
        var columns = new EstimateCsvColumn?[header.Fields.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < columns.Length; i++)
        {
            // A spreadsheet may save a byte-order mark before the first name.
            string name = i == 0 ? header.Fields[i].Text.TrimStart('\uFEFF') : header.Fields[i].Text;
            if (!ColumnsByName.TryGetValue(name, out var column))
            {
                errors.Add(new CsvError(header.Line, i + 1, null, $"\"{name}\" is not a column of the estimates CSV; the columns are {string.Join(", ", Columns)}."));
            }
            else if (!seen.Add(name))
            {
                errors.Add(new CsvError(header.Line, i + 1, name, $"the column \"{name}\" appears more than once in the header."));
            }
            else
            {
                columns[i] = column;
            }
        }
        foreach (string required in (ReadOnlySpan<string>)["id", "indicator", "unit"])
        {
            if (!seen.Contains(required))
            {
                errors.Add(new CsvError(header.Line, 1, null, $"the header has no \"{required}\" column, which every estimate needs."));
            }
        }
        return columns;
    }

    private static Estimate? ReadRow(CsvRecord record, EstimateCsvColumn?[] columns, ImmutableArray<CsvError>.Builder errors)
    {
        var dto = EstimateCsvColumns.EmptyRow();
        bool cellsRead = true;
        for (int i = 0; i < columns.Length; i++)
        {
            var field = record.Fields[i];
            if (columns[i] is { Read: { } read } column && field.Text.Length > 0)
            {
                try
                {
                    read(dto, field.Text);
                }
                catch (FormatException e)
                {
                    errors.Add(new CsvError(field.Line, i + 1, column.Name, e.Message));
                    cellsRead = false;
                }
            }
        }
        if (!cellsRead)
        {
            return null;
        }
        Estimate estimate;
        try
        {
            estimate = dto.ToModel(JsonPath.Root);
        }
        catch (JsonException e)
        {
            errors.Add(ErrorAt(record, columns, e));
            return null;
        }
        bool derivedAgree = true;
        for (int i = 0; i < columns.Length; i++)
        {
            var field = record.Fields[i];
            if (columns[i] is { Derive: { } derive } column && field.Text.Length > 0
                && derive(estimate) is var expected && !string.Equals(expected, field.Text, StringComparison.Ordinal))
            {
                errors.Add(new CsvError(field.Line, i + 1, column.Name, expected.Length == 0
                    ? $"\"{field.Text}\" is given, but the rest of the row leaves this derived column empty; clear it."
                    : $"\"{field.Text}\" disagrees with the rest of the row, which gives \"{expected}\"; this column is derived, so correct it or leave it empty."));
                derivedAgree = false;
            }
        }
        return derivedAgree ? estimate : null;
    }

    // The model reports a broken rule at a JSON path; the CSV reports it in the column that feeds that path: the
    // column of exactly that path, else the first column inside it, else the column whose JSON cell contains it.
    private static CsvError ErrorAt(CsvRecord record, EstimateCsvColumn?[] columns, JsonException e)
    {
        string path = e.Path ?? "$";
        string message = e.Message.StartsWith(path + ": ", StringComparison.Ordinal) ? e.Message[(path.Length + 2)..] : e.Message;
        int index = Array.FindIndex(columns, c => c?.Path == path);
        if (index < 0)
        {
            index = Array.FindIndex(columns, c => c is not null && IsInside(c.Path, path));
        }
        if (index < 0)
        {
            index = columns.Select((c, i) => (c, i)).Where(p => p.c is not null && IsInside(path, p.c.Path))
                .OrderByDescending(p => p.c!.Path.Length).Select(p => p.i).DefaultIfEmpty(-1).First();
            if (index >= 0)
            {
                message = $"{path[columns[index]!.Path.Length..]}: {message}";
            }
        }
        if (index < 0)
        {
            index = Array.FindIndex(columns, c => c?.Name == "id");
        }
        int column = Math.Max(index, 0);
        return new CsvError(record.Fields[column].Line, column + 1, columns[column]?.Name, message);
    }

    private static bool IsInside(string inner, string outer) =>
        inner.Length > outer.Length && inner.StartsWith(outer, StringComparison.Ordinal) && inner[outer.Length] is '.' or '[';

    private static string? NameAt(EstimateCsvColumn?[] columns, int column) => column <= columns.Length ? columns[column - 1]?.Name : null;

    private static void WriteRecord(TextWriter writer, IEnumerable<string> fields)
    {
        bool first = true;
        foreach (string field in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }
            first = false;
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                writer.Write('"');
                writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(field);
            }
        }
        writer.Write("\r\n");
    }
}
