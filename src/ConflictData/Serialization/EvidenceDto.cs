namespace ConflictData.Serialization;

/// <summary>The JSON shape of an <see cref="Evidence"/>: document id, UTF-16 start and length, and the quote.</summary>
internal sealed class EvidenceDto
{
    public string? Document { get; set; }

    public int? Start { get; set; }

    public int? Length { get; set; }

    public string? Quote { get; set; }

    internal static EvidenceDto From(Evidence evidence) => new()
    {
        Document = evidence.Document.Value,
        Start = evidence.Span.Start,
        Length = evidence.Span.Length,
        Quote = evidence.Quote,
    };

    internal Evidence ToModel(JsonPath path)
    {
        var document = DocumentIds.Read(Document, path.Member("document"));
        var span = TextSpans.Read(Start, Length, path);
        string quote = JsonReadErrors.Required(Quote, path.Member("quote"));
        return JsonReadErrors.Build(path, () => new Evidence(document, span, quote), "quote");
    }
}
