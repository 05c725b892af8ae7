namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="Source"/>, one link of a source chain.</summary>
internal sealed class SourceDto
{
    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? Role { get; set; }

    public string? Organisation { get; set; }

    public DateRange? When { get; set; }

    internal static SourceDto From(Source source) => new()
    {
        Kind = KebabCaseNames<SourceKind>.ToText(source.Kind),
        Name = source.Name,
        Role = source.Role,
        Organisation = source.Organisation,
        When = source.When,
    };

    internal Source ToModel(JsonPath path)
    {
        var kind = KebabCaseNames<SourceKind>.Parse(Kind, path.Member("kind"));
        string name = JsonReadErrors.Required(Name, path.Member("name"));
        return JsonReadErrors.Build(path, () => new Source(kind, name, Role, Organisation, When), "name", "role", "organisation");
    }
}
