using System;
using System.Linq;

namespace ConflictData.Serialization;

/// <summary>The JSON shape of a corpus document's metadata.</summary>
internal sealed class DocumentDto
{
    public string? Id { get; set; }

    public string? File { get; set; }

    public string? Outlet { get; set; }

    public string? Title { get; set; }

    public string? Language { get; set; }

    public PublicationTimeDto? Published { get; set; }

    public NonBodySpanDto?[]? NonBody { get; set; }

    internal static DocumentDto From(CorpusFileDocument document) => new()
    {
        Id = document.Id.Value,
        File = document.File,
        Outlet = document.Outlet,
        Title = document.Title,
        Language = document.Language,
        Published = PublicationTimeDto.FromModel(document.Published),
        NonBody = [.. document.NonBody.Select(NonBodySpanDto.From)],
    };

    internal CorpusFileDocument ToModel(JsonPath path)
    {
        var id = DocumentIds.Read(Id, path.Member("id"));
        var filePath = path.Member("file");
        string file = JsonReadErrors.Required(File, filePath);
        if (!DocumentId.IsValid(file) || file.StartsWith('.'))
        {
            throw JsonReadErrors.At(filePath, $"\"{file}\" is not a plain file name: use ASCII letters, digits, '_', '-' and '.', not starting with '.'.");
        }
        string outlet = NonBlank(Outlet, path.Member("outlet"));
        string title = NonBlank(Title, path.Member("title"));
        var languagePath = path.Member("language");
        string language = JsonReadErrors.Required(Language, languagePath);
        if (!IsLanguageTag(language))
        {
            throw JsonReadErrors.At(languagePath, $"\"{language}\" is not a language tag: use a BCP 47 tag such as en or pt-BR.");
        }
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
        return new CorpusFileDocument(id, file, outlet, title, language, published, nonBody);
    }

    private static string NonBlank(string? value, JsonPath path)
    {
        string text = JsonReadErrors.Required(value, path);
        return text.Length > 0 && text.Trim().Length == text.Length
            ? text
            : throw JsonReadErrors.At(path, $"\"{text}\" must not be empty or start or end with white space.");
    }

    // A primary subtag of 2-3 lower-case letters, then subtags of 1-8 ASCII letters or digits.
    private static bool IsLanguageTag(string tag)
    {
        string[] parts = tag.Split('-');
        return parts[0].Length is 2 or 3 && parts[0].All(char.IsAsciiLetterLower)
            && parts.Skip(1).All(p => p.Length is >= 1 and <= 8 && p.All(char.IsAsciiLetterOrDigit));
    }
}
