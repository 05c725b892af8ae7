using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ConflictData.Serialization;

namespace ConflictData.Parquet;

/// <summary>
/// Writes estimates as an Apache Parquet file: one typed row per estimate, with the columns of the CSV format
/// (<c>docs/csv-format.md</c>) that analysis uses, so DuckDB, Spark and pandas read them at scale.
/// </summary>
/// <remarks>
/// <para>Bounds and best values are DOUBLE (the exact decimals stay in the CSV and JSON formats), inclusivity is
/// BOOLEAN, dates are DATE, spans INT32, everything else UTF-8 text; an absent value is null. Lists are joined by
/// <c>;</c> and source chains by <c> | </c>, as in the CSV.</para>
/// <para>This class is stateless and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// await using var file = File.Create("estimates.parquet");
/// await EstimateParquet.WriteAsync(SeedCorpus.Estimates, file);
/// // DuckDB: SELECT indicator, low, high FROM 'estimates.parquet' WHERE places LIKE '%SY%';
/// </code>
/// </example>
public static class EstimateParquet
{
    private static readonly ParquetTable<Estimate> Table = new ParquetTable<Estimate>()
        .Text("id", e => e.Id)
        .Text("indicator", e => e.Measurand.Indicator.Code)
        .Text("actor", e => e.Measurand.Actor)
        .Text("places", e => ParquetColumns.Joined(e.Measurand.Places.Select(p => p.Code), ";"))
        .Text("region", e => e.Measurand.Region)
        .Text("qualifiers", e => ParquetColumns.Joined(e.Measurand.Qualifiers, ";"))
        .Number("low", e => e.Quantity.Value.Lower?.Value)
        .Flag("low_inclusive", e => e.Quantity.Value.Lower?.IsInclusive)
        .Number("high", e => e.Quantity.Value.Upper?.Value)
        .Flag("high_inclusive", e => e.Quantity.Value.Upper?.IsInclusive)
        .Number("best", e => e.Quantity.Value.Best)
        .Text("unit", e => e.Quantity.Unit.Code)
        .Text("dimension", e => KebabCaseNames<Dimension>.ToText(e.Quantity.Unit.Dimension))
        .Text("hedge", e => e.Hedge.Text.Length == 0 ? null : e.Hedge.Text)
        .Text("hedge_kinds", e => ParquetColumns.HedgeKinds(e.Hedge.Kinds))
        .Text("noun", e => e.Noun)
        .Text("reference_kind", e => e.ReferenceTime is { } t ? KebabCaseNames<ReferenceTimeKind>.ToText(t.Kind) : null)
        .Text("reference", e => e.ReferenceTime?.Anchor.ToString())
        .Date("reference_from", e => e.ReferenceTime?.From)
        .Date("reference_to", e => e.ReferenceTime?.To)
        .Text("published_kind", e => e.Published is { } p ? KebabCaseNames<PublicationTimeKind>.ToText(p.Kind) : null)
        .Text("published_time", e => e.Published?.ExactTime is { } z ? ZonedDateTimeJsonConverter.Pattern.Format(z) : null)
        .Date("published_from", e => e.Published?.Earliest)
        .Date("published_to", e => e.Published?.Latest)
        .Text("published_reasoning", e => e.Published?.Reasoning)
        .Text("source", e => ParquetColumns.Joined(e.Sources.Select(c => c.ToString()), " | "))
        .Text("outlet", e => ParquetColumns.Joined(e.Sources.Select(c => c.Publisher.Name), " | "))
        .Text("origin", e => ParquetColumns.Joined(e.Sources.Select(c => c.Origin.Name), " | "))
        .Text("document", e => e.Evidence.IsEmpty ? null : e.Evidence[0].Document.Value)
        .Integer("start", e => e.Evidence.IsEmpty ? null : e.Evidence[0].Span.Start)
        .Integer("length", e => e.Evidence.IsEmpty ? null : e.Evidence[0].Span.Length)
        .Text("quote", e => e.Evidence.IsEmpty ? null : e.Evidence[0].Quote)
        .Text("confidence", e => e.Confidence?.Text)
        .Text("confidence_level", e => e.Confidence is { } c ? KebabCaseNames<ConfidenceLevel>.ToText(c.Level) : null)
        .Number("confidence_probability", e => e.Confidence?.Probability)
        .Text("reliability", e => e.Reliability?.ToString())
        .Text("stated", e => e.Stated is not { } stated ? null : stated.Second is { } second
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stated.First};{second}")
            : stated.First.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Writes <paramref name="estimates"/> as one Parquet row group to <paramref name="stream"/>, which is left open.</summary>
    /// <exception cref="System.ArgumentNullException">An argument is null, or <paramref name="estimates"/> contains null.</exception>
    public static Task WriteAsync(IEnumerable<Estimate> estimates, Stream stream, CancellationToken cancellationToken = default)
    {
        System.ArgumentNullException.ThrowIfNull(estimates);
        System.ArgumentNullException.ThrowIfNull(stream);
        var rows = estimates.ToArray();
        foreach (var row in rows)
        {
            System.ArgumentNullException.ThrowIfNull(row, nameof(estimates));
        }
        return Table.WriteAsync(rows, stream, cancellationToken);
    }
}
