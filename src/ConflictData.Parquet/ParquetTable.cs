using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace ConflictData.Parquet;

/// <summary>
/// A flat Parquet table of <typeparamref name="TRow"/>: typed, nullable columns, each a name and a function of a row,
/// written as one row group. The one place that knows how Parquet.Net writes a column, so each table only lists
/// its columns.
/// </summary>
internal sealed class ParquetTable<TRow>
{
    private readonly List<(DataField Field, Func<IReadOnlyList<TRow>, ParquetRowGroupWriter, CancellationToken, Task> Write)> columns = [];

    /// <summary>A UTF-8 text column; null is written as null.</summary>
    internal ParquetTable<TRow> Text(string name, Func<TRow, string?> value)
    {
        var field = new DataField<string>(name, true);
        columns.Add((field, (rows, group, _) => group.WriteAsync(field, rows.Select(value).ToArray()!, null)));
        return this;
    }

    /// <summary>A DOUBLE column.</summary>
    internal ParquetTable<TRow> Number(string name, Func<TRow, decimal?> value) => Typed(name, row => value(row) is { } d ? (double)d : (double?)null);

    /// <summary>A BOOLEAN column.</summary>
    internal ParquetTable<TRow> Flag(string name, Func<TRow, bool?> value) => Typed(name, value);

    /// <summary>An INT32 column.</summary>
    internal ParquetTable<TRow> Integer(string name, Func<TRow, int?> value) => Typed(name, value);

    /// <summary>A DATE column (days, no time zone).</summary>
    internal ParquetTable<TRow> Date(string name, Func<TRow, LocalDate?> value) =>
        Typed(name, row => value(row) is { } d ? d.ToDateOnly() : (DateOnly?)null);

    private ParquetTable<TRow> Typed<T>(string name, Func<TRow, T?> value) where T : struct
    {
        var field = new DataField<T?>(name);
        columns.Add((field, (rows, group, token) =>
            group.WriteAsync<T>(field, rows.Select(value).ToArray().AsMemory(), null, null, token)));
        return this;
    }

    /// <summary>Writes <paramref name="rows"/> to <paramref name="stream"/>, which is left open.</summary>
    internal async Task WriteAsync(IReadOnlyList<TRow> rows, Stream stream, CancellationToken cancellationToken)
    {
        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
        var options = new ParquetOptions { UseDateOnlyTypeForDates = true };
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, options, false, cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        foreach (var (_, write) in columns)
        {
            await write(rows, group, cancellationToken).ConfigureAwait(false);
        }
    }
}
