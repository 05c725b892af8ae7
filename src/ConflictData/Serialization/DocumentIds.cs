namespace ConflictData.Serialization;

/// <summary>Reads a required document id member.</summary>
internal static class DocumentIds
{
    internal static DocumentId Read(string? value, JsonPath path)
    {
        string text = JsonReadErrors.Required(value, path);
        return JsonReadErrors.Build(path, () => new DocumentId(text));
    }
}
