using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using ConflictData.Parquet;
using ConflictData.Serialization;
using ConflictData.Text;
using Parquet;
using Parquet.Schema;

namespace ConflictData.Tests.Parquet;

/// <summary>Files written by the satellite read back with Parquet.Net's own reader, column by column.</summary>
public class ParquetTests
{
    private static async Task<(ParquetReader Reader, ParquetRowGroupReader Rows)> Open(Func<Stream, Task> write)
    {
        var stream = new MemoryStream();
        await write(stream);
        stream.Position = 0;
        var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
        Assert.Equal(1, reader.RowGroupCount);
        return (reader, reader.OpenRowGroupReader(0));
    }

    private static DataField Field(ParquetReader reader, string name) => reader.Schema.DataFields.Single(f => f.Name == name);

    private static async Task<string?[]> Strings(ParquetReader reader, ParquetRowGroupReader rows, string name)
    {
        var values = new string?[rows.RowCount];
        await rows.ReadAsync(Field(reader, name), values.AsMemory());
        return values;
    }

    private static async Task<T?[]> Values<T>(ParquetReader reader, ParquetRowGroupReader rows, string name) where T : struct
    {
        var values = new T?[rows.RowCount];
        await rows.ReadAsync<T>(Field(reader, name), values.AsMemory());
        return values;
    }

    [Fact]
    public async Task Estimates_ReadBack_WithTypedColumns()
    {
        var seeds = SeedCorpus.Estimates;
        var (reader, rows) = await Open(s => EstimateParquet.WriteAsync(seeds, s));
        await using var _ = reader;
        Assert.Equal(seeds.Length, rows.RowCount);
        Assert.Equal(EstimateCsv.Columns.Where(c => !c.EndsWith("_json", StringComparison.Ordinal)), reader.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(seeds.Select(e => e.Id), await Strings(reader, rows, "id"));
        Assert.Equal(seeds.Select(e => (double?)e.Quantity.Value.Lower?.Value), await Values<double>(reader, rows, "low"));
        Assert.Equal(seeds.Select(e => e.Quantity.Value.Upper?.IsInclusive), await Values<bool>(reader, rows, "high_inclusive"));
        Assert.Equal(seeds.Select(e => e.ReferenceTime?.From.ToDateOnly()), await Values<DateOnly>(reader, rows, "reference_from"));
        Assert.Equal(seeds.Select(e => e.Evidence.FirstOrDefault()?.Span.Start), await Values<int>(reader, rows, "start"));
        int guterres = seeds.IndexOf(SeedCorpus.Load().GetEstimate("004-guterres-militants-iraq-syria"));
        Assert.Equal("IQ;SY", (await Strings(reader, rows, "places"))[guterres]);
        Assert.Equal("2019-03-24T19:25:00 Pacific/Auckland (+13)", (await Strings(reader, rows, "published_time"))[guterres]);
        Assert.Equal("range", (await Strings(reader, rows, "hedge_kinds"))[guterres]);
    }

    [Fact]
    public async Task ExtractionResults_ReadBack_OneRowPerMentionInTextOrder()
    {
        var corpus = SeedCorpus.Load();
        var results = corpus.Documents.Select(TextExtractor.Default.Extract).ToArray();
        var (reader, rows) = await Open(s => ExtractionParquet.WriteAsync(results, s));
        await using var _ = reader;
        Assert.Equal(results.Sum(r => r.Quantities.Length + r.Dates.Length), rows.RowCount);
        string?[] kinds = await Strings(reader, rows, "kind");
        Assert.Equal(results.Sum(r => r.Dates.Length), kinds.Count(k => k == "date"));
        string?[] documents = await Strings(reader, rows, "document");
        int?[] starts = await Values<int>(reader, rows, "start");
        for (int i = 1; i < starts.Length; i++)
        {
            Assert.True(documents[i] != documents[i - 1] || starts[i] > starts[i - 1], $"row {i} is out of text order");
        }
        var first = results[0].Quantities[0];
        int row = Enumerable.Range(0, starts.Length).First(i => kinds[i] == "quantity");
        Assert.Equal(first.Text, (await Strings(reader, rows, "text"))[row]);
        Assert.Equal((double?)first.Phrase.Value.Lower?.Value, (await Values<double>(reader, rows, "low"))[row]);
    }

    [Fact]
    public async Task NullArguments_AreRejected()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => EstimateParquet.WriteAsync(null!, new MemoryStream()));
        await Assert.ThrowsAsync<ArgumentNullException>(() => ExtractionParquet.WriteAsync([null!], new MemoryStream()));
    }
}
