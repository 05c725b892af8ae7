namespace ConflictData.Serialization;

/// <summary>Reads the <c>start</c> and <c>length</c> members that every span-carrying JSON object shares.</summary>
internal static class TextSpans
{
    internal static TextSpan Read(int? start, int? length, JsonPath path)
    {
        int s = JsonReadErrors.Required(start, path.Member("start"));
        int l = JsonReadErrors.Required(length, path.Member("length"));
        return JsonReadErrors.Build(path, () => new TextSpan(s, l), "start", "length");
    }
}
