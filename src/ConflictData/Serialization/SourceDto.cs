using System.Collections.Immutable;
using System.Linq;

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

    /// <summary>The JSON shape of a list of source chains: each chain a list of links, outlet first.</summary>
    internal static SourceDto[][] FromChains(ImmutableArray<SourceChain> chains) =>
        [.. chains.Select(chain => chain.Links.Select(From).ToArray())];

    /// <summary>Maps a list of source chains, each built through <see cref="SourceChain"/>'s constructor.</summary>
    internal static ImmutableArray<SourceChain> ToChains(SourceDto?[]?[]? chains, JsonPath path) =>
        JsonReadErrors.Elements(chains, path, (links, chainPath) =>
        {
            var chain = JsonReadErrors.Elements(links, chainPath, (link, linkPath) => link.ToModel(linkPath));
            return JsonReadErrors.Build(chainPath, () => new SourceChain(chain));
        });

    internal Source ToModel(JsonPath path)
    {
        var kind = KebabCaseNames<SourceKind>.Parse(Kind, path.Member("kind"));
        string name = JsonReadErrors.Required(Name, path.Member("name"));
        return JsonReadErrors.Build(path, () => new Source(kind, name, Role, Organisation, When), "name", "role", "organisation");
    }
}
