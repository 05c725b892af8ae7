namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="StatedConfidence"/>.</summary>
internal sealed class ConfidenceDto
{
    public string? Text { get; set; }

    public string? Level { get; set; }

    public decimal? Probability { get; set; }

    public SourceDto? StatedBy { get; set; }

    internal static ConfidenceDto From(StatedConfidence confidence) => new()
    {
        Text = confidence.Text,
        Level = KebabCaseNames<ConfidenceLevel>.ToText(confidence.Level),
        Probability = confidence.Probability,
        StatedBy = confidence.StatedBy is { } s ? SourceDto.From(s) : null,
    };

    internal StatedConfidence ToModel(JsonPath path)
    {
        string text = JsonReadErrors.Required(Text, path.Member("text"));
        var level = KebabCaseNames<ConfidenceLevel>.Parse(Level, path.Member("level"));
        var statedBy = StatedBy?.ToModel(path.Member("statedBy"));
        return JsonReadErrors.Build(path, () => new StatedConfidence(text, level, Probability, statedBy), "text", "probability");
    }
}
