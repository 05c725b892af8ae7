namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="NonBodyRegion"/>: <c>{ "start", "length", "kind" }</c>, the kind in kebab-case.</summary>
internal sealed class NonBodySpanDto
{
    public int? Start { get; set; }

    public int? Length { get; set; }

    public string? Kind { get; set; }

    internal static NonBodySpanDto From(NonBodyRegion region) =>
        new() { Start = region.Span.Start, Length = region.Span.Length, Kind = KebabCaseNames<NonBodyKind>.ToText(region.Kind) };

    internal NonBodyRegion ToModel(JsonPath path)
    {
        var span = TextSpans.Read(Start, Length, path);
        var kind = KebabCaseNames<NonBodyKind>.Parse(Kind, path.Member("kind"));
        return JsonReadErrors.Build(path.Member("length"), () => new NonBodyRegion(span, kind));
    }
}
