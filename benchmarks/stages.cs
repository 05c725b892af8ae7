// Where the time of `conflictdata extract` goes, stage by stage, on one thread: read, decode, the quantity scanner,
// the date scanner, the likelihood scanner, all three through TextExtractor, and writing every mention as a JSON line (the same fields as the tool).
// Run from the repository root:  dotnet run -c Release benchmarks/stages.cs FILE [yyyy-MM-dd]
// Each stage runs three times after a warm-up run; the fastest is printed, in ms and MB/s of the file's bytes.
#:project ../src/ConflictData/ConflictData.csproj
#:property PublishAot=false
using System;
using System.Buffers;
using System.IO;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConflictData;
using ConflictData.Text;
using NodaTime;

string path = args[0];
var published = PublicationTime.OnDate(args.Length > 1 ? NodaTime.Text.LocalDatePattern.Iso.Parse(args[1]).Value : new LocalDate(2019, 3, 24));
byte[] bytes = File.ReadAllBytes(path);
string text = Encoding.UTF8.GetString(bytes);
var document = new Document(new DocumentId("news"), text, published);
var found = TextExtractor.Default.Extract(document);

void Stage(string name, Func<long> run)
{
    run();
    var best = TimeSpan.MaxValue;
    long result = 0;
    for (int i = 0; i < 3; i++)
    {
        var clock = Stopwatch.StartNew();
        result = run();
        best = clock.Elapsed < best ? clock.Elapsed : best;
    }
    Console.WriteLine($"{name,-34} {best.TotalMilliseconds,9:F0} ms {bytes.Length / 1e6 / best.TotalSeconds,9:F1} MB/s   ({result})");
}

Console.WriteLine($"{path}: {bytes.Length / 1e6:F1} MB, {found.Quantities.Length} quantities, {found.Dates.Length} dates");
Stage("read the file", () => File.ReadAllBytes(path).Length);
Stage("decode UTF-8 (strict)", () => new UTF8Encoding(false, true).GetString(bytes).Length);
Stage("scan quantities", () => QuantityScanner.Default.Scan(text).Length);
Stage("scan dates", () => DateScanner.Default.Scan(text, published).Length);
Stage("scan likelihoods", () => LikelihoodScanner.Default.Scan(text).Length);
Stage("extract (all three, dates win)", () => TextExtractor.Default.Extract(document).Quantities.Length);
Stage("write JSON lines (Utf8JsonWriter)", () =>
{
    var buffer = new ArrayBufferWriter<byte>(bytes.Length);
    using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    foreach (var q in found.Quantities)
    {
        json.Reset();
        json.WriteStartObject();
        json.WriteString("document", "news"); json.WriteString("kind", "quantity");
        json.WriteNumber("start", q.Span.Start); json.WriteNumber("end", q.Span.End); json.WriteString("text", q.Text);
        var v = q.Phrase.Value;
        if (v.Lower is { } low) json.WriteNumber("low", low.Value); else json.WriteNull("low");
        if (v.Upper is { } high) json.WriteNumber("high", high.Value); else json.WriteNull("high");
        json.WriteString("hedge", q.Phrase.Hedge.Text); json.WriteString("unit", q.Phrase.Unit?.Code); json.WriteString("noun", q.Phrase.Noun);
        json.WriteEndObject();
        json.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n'; buffer.Advance(1);
    }
    foreach (var d in found.Dates)
    {
        json.Reset();
        json.WriteStartObject();
        json.WriteString("document", "news"); json.WriteString("kind", "date");
        json.WriteNumber("start", d.Span.Start); json.WriteNumber("end", d.Span.End); json.WriteString("text", d.Text);
        json.WriteString("status", d.Resolution.Success ? "resolved" : d.Resolution.Error!.Message);
        json.WriteEndObject();
        json.Flush();
        buffer.GetSpan(1)[0] = (byte)'\n'; buffer.Advance(1);
    }
    return buffer.WrittenCount;
});
