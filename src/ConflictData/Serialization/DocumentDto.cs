using System;
using System.Linq;

namespace ConflictData.Serialization;

/// <summary>The JSON shape of a corpus document's metadata; its text is the file named by <see cref="File"/>.</summary>
internal sealed class DocumentDto
{
    private const int MaxFileNameLength = 200;

    public string? Id { get; set; }

    public string? File { get; set; }

    public string? Outlet { get; set; }

    public string? Title { get; set; }

    public string? Language { get; set; }

    public PublicationTimeDto? Published { get; set; }

    public NonBodySpanDto?[]? NonBody { get; set; }

    internal static DocumentDto From(CorpusFileDocument entry)
    {
        var document = entry.Document;
        return new()
        {
            Id = document.Id.Value,
            File = entry.File,
            Outlet = document.Outlet,
            Title = document.Title,
            Language = document.Language,
            Published = document.Published is { } published ? PublicationTimeDto.FromModel(published) : null,
            NonBody = [.. document.NonBody.Select(NonBodySpanDto.From)],
        };
    }

    /// <summary>Builds the document through its constructor, with the text that <paramref name="readText"/> gives for
    /// the file name; the model's rejections are reported at the member they concern.</summary>
    internal CorpusFileDocument ToModel(JsonPath path, Func<string, JsonPath, string> readText)
    {
        var id = DocumentIds.Read(Id, path.Member("id"));
        var filePath = path.Member("file");
        string file = JsonReadErrors.Required(File, filePath);
        if (!IsPlainFileName(file))
        {
            throw JsonReadErrors.At(filePath, $"\"{file}\" is not a plain file name: use 1 to {MaxFileNameLength} ASCII letters, digits, '_', '-' and '.', not starting with '.'.");
        }
        string outlet = JsonReadErrors.Required(Outlet, path.Member("outlet"));
        string title = JsonReadErrors.Required(Title, path.Member("title"));
        string language = JsonReadErrors.Required(Language, path.Member("language"));
        var publishedPath = path.Member("published");
        var published = JsonReadErrors.Required(Published, publishedPath).ToModel(publishedPath);
        var nonBodyPath = path.Member("nonBody");
        var nonBody = JsonReadErrors.Elements(NonBody, nonBodyPath, (span, spanPath) => span.ToModel(spanPath));
        for (int i = 1; i < nonBody.Length; i++)
        {
            if (nonBody[i].Span.Start < nonBody[i - 1].Span.End)
            {
                throw JsonReadErrors.At(nonBodyPath.Index(i).Member("start"),
                    $"the span {nonBody[i].Span} starts before the previous one {nonBody[i - 1].Span} ends; list spans by start, without overlaps.");
            }
        }
        string text = readText(file, filePath);
        var document = JsonReadErrors.Build(path, () => new Document(id, text, published, title, outlet, language, nonBody),
            "title", "outlet", "language", "nonBody");
        return new CorpusFileDocument(file, document);
    }

    // A name that stays inside the corpus folder on every file system: no separators, no "..", no hidden files.
    private static bool IsPlainFileName(string file) =>
        file.Length is > 0 and <= MaxFileNameLength && file[0] != '.'
        && file.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');
}
