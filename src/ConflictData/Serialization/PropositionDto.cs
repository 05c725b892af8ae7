namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="Proposition"/>: the text's words and the normalised statement.</summary>
internal sealed class PropositionDto
{
    public string? Text { get; set; }

    public string? Statement { get; set; }

    internal static PropositionDto From(Proposition proposition) => new() { Text = proposition.Text, Statement = proposition.Statement };

    internal Proposition ToModel(JsonPath path)
    {
        string text = JsonReadErrors.Required(Text, path.Member("text"));
        string statement = JsonReadErrors.Required(Statement, path.Member("statement"));
        return JsonReadErrors.Build(path, () => new Proposition(text, statement), "text", "statement");
    }
}
