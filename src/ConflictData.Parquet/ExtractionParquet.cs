using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictData.Serialization;
using ConflictData.Text;

namespace ConflictData.Parquet;

/// <summary>
/// Writes what <see cref="TextExtractor"/> found as an Apache Parquet file: one row per quantity or date mention,
/// with the fields of <c>conflictdata extract --format jsonl</c> (kind, UTF-16 start and end, text, the value and
/// unit of a quantity, the resolved range of a date), so a whole archive's mentions can be queried with DuckDB or Spark.
/// </summary>
/// <remarks>This class is stateless and thread-safe.</remarks>
public static class ExtractionParquet
{
    private static readonly ParquetTable<(DocumentId Document, QuantityMention? Quantity, DateMention? Date)> Table =
        new ParquetTable<(DocumentId Document, QuantityMention? Quantity, DateMention? Date)>()
            .Text("document", r => r.Document.Value)
            .Text("kind", r => r.Quantity is null ? "date" : "quantity")
            .Integer("start", r => r.Quantity?.Span.Start ?? r.Date!.Span.Start)
            .Integer("end", r => r.Quantity?.Span.End ?? r.Date!.Span.End)
            .Text("text", r => r.Quantity?.Text ?? r.Date!.Text)
            .Number("low", r => r.Quantity?.Phrase.Value.Lower?.Value)
            .Flag("low_inclusive", r => r.Quantity?.Phrase.Value.Lower?.IsInclusive)
            .Number("high", r => r.Quantity?.Phrase.Value.Upper?.Value)
            .Flag("high_inclusive", r => r.Quantity?.Phrase.Value.Upper?.IsInclusive)
            .Number("best", r => r.Quantity?.Phrase.Value.Best)
            .Text("hedge", r => r.Quantity?.Phrase.Hedge is { Text.Length: > 0 } h ? h.Text : null)
            .Text("hedge_kinds", r => r.Quantity is { } q ? ParquetColumns.HedgeKinds(q.Phrase.Hedge.Kinds) : null)
            .Text("unit", r => r.Quantity?.Phrase.Unit?.Code)
            .Text("noun", r => r.Quantity?.Phrase.Noun)
            .Date("from", r => Resolved(r.Date)?.From)
            .Date("to", r => Resolved(r.Date)?.To)
            .Text("precision", r => Resolved(r.Date) is { } t ? KebabCaseNames<DatePrecision>.ToText(t.Anchor.Precision) : null)
            .Text("reference", r => Resolved(r.Date) is { } t ? KebabCaseNames<ReferenceTimeKind>.ToText(t.Kind) : null)
            .Flag("ambiguous", r => r.Date?.Resolution.IsAmbiguous)
            .Text("error", r => r.Date?.Resolution.Error is { } e ? KebabCaseNames<ParseErrorCode>.ToText(e.Code) : null)
            .Text("message", r => r.Date?.Resolution.Error?.Message);

    private static ReferenceTime? Resolved(DateMention? date) => date is { Resolution: { Success: true } result } ? result.Value : null;

    /// <summary>
    /// Writes every mention of <paramref name="results"/>, document by document in text order, as one Parquet row group
    /// to <paramref name="stream"/>, which is left open.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="results"/> contains null.</exception>
    public static Task WriteAsync(IEnumerable<ExtractionResult> results, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(stream);
        var rows = new List<(DocumentId, QuantityMention?, DateMention?)>();
        foreach (var result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            var quantities = result.Quantities.Select(q => (result.Document, (QuantityMention?)q, (DateMention?)null, q.Span.Start));
            var dates = result.Dates.Select(d => (result.Document, (QuantityMention?)null, (DateMention?)d, d.Span.Start));
            rows.AddRange(quantities.Concat(dates).OrderBy(r => r.Start).Select(r => (r.Item1, r.Item2, r.Item3)));
        }
        return Table.WriteAsync(rows, stream, cancellationToken);
    }
}
