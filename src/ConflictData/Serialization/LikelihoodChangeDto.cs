namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="LikelihoodChange"/>: the comparative words, the direction, the earlier judgement's id.</summary>
internal sealed class LikelihoodChangeDto
{
    public string? Words { get; set; }

    public string? Direction { get; set; }

    public string? RelativeTo { get; set; }

    internal static LikelihoodChangeDto From(LikelihoodChange change) => new()
    {
        Words = change.Words,
        Direction = KebabCaseNames<LikelihoodDirection>.ToText(change.Direction),
        RelativeTo = change.RelativeTo,
    };

    internal LikelihoodChange ToModel(JsonPath path)
    {
        string words = JsonReadErrors.Required(Words, path.Member("words"));
        var direction = KebabCaseNames<LikelihoodDirection>.Parse(Direction, path.Member("direction"));
        return JsonReadErrors.Build(path, () => new LikelihoodChange(words, direction, RelativeTo), "words", "relativeTo");
    }
}
