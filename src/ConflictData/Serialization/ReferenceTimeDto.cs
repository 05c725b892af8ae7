namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="ReferenceTime"/>: <c>{ "kind": "as-of", "anchor": "2019-03" }</c>.</summary>
internal sealed class ReferenceTimeDto
{
    public string? Kind { get; set; }

    public DateRange? Anchor { get; set; }

    internal static ReferenceTimeDto From(ReferenceTime time) =>
        new() { Kind = KebabCaseNames<ReferenceTimeKind>.ToText(time.Kind), Anchor = time.Anchor };

    internal ReferenceTime ToModel(JsonPath path)
    {
        var kind = KebabCaseNames<ReferenceTimeKind>.Parse(Kind, path.Member("kind"));
        return new ReferenceTime(kind, JsonReadErrors.Required(Anchor, path.Member("anchor")));
    }
}
