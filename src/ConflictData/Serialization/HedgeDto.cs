using System.Linq;

namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="Hedge"/>: its words and its kinds as kebab-case names.</summary>
internal sealed class HedgeDto
{
    public string? Text { get; set; }

    public string?[]? Kinds { get; set; }

    internal static HedgeDto From(Hedge hedge) => new()
    {
        Text = hedge.Text,
        Kinds = [.. KebabCaseNames<HedgeKinds>.Flags(hedge.Kinds).Select(KebabCaseNames<HedgeKinds>.ToText)],
    };

    internal Hedge ToModel(JsonPath path)
    {
        string text = JsonReadErrors.Required(Text, path.Member("text"));
        var kinds = JsonReadErrors.Elements(Kinds, path.Member("kinds"), (name, itemPath) => KebabCaseNames<HedgeKinds>.Parse(name, itemPath))
            .Aggregate(HedgeKinds.None, (all, kind) => all | kind);
        return JsonReadErrors.Build(path, () => new Hedge(text, kinds), "text");
    }
}
