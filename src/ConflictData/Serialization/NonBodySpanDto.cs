namespace ConflictData.Serialization;

/// <summary>The JSON shape of a span of a document that is not its article body: <c>{ "start", "length", "kind" }</c>.</summary>
internal sealed class NonBodySpanDto
{
    public int? Start { get; set; }

    public int? Length { get; set; }

    public string? Kind { get; set; }

    internal static NonBodySpanDto From(CorpusFileNonBodySpan span) =>
        new() { Start = span.Span.Start, Length = span.Span.Length, Kind = span.Kind };

    internal CorpusFileNonBodySpan ToModel(JsonPath path)
    {
        var span = TextSpans.Read(Start, Length, path);
        if (span.IsEmpty)
        {
            throw JsonReadErrors.At(path.Member("length"), "a non-body span must cover at least one character.");
        }
        var kindPath = path.Member("kind");
        string kind = JsonReadErrors.Required(Kind, kindPath);
        if (!Indicator.IsValid(kind))
        {
            throw JsonReadErrors.At(kindPath, $"\"{kind}\" is not a span kind: use lower-case kebab-case such as app-promotion or photo-caption.");
        }
        return new CorpusFileNonBodySpan(span, kind);
    }
}
