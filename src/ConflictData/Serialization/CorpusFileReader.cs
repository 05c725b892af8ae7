using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictData.Utility;

namespace ConflictData.Serialization;

/// <summary>
/// Reads and writes the corpus file (<c>seeds/corpus.json</c>): document metadata and curated estimates, with the
/// same path-naming validation as <see cref="EstimateJson"/>, plus: document ids are unique, and every evidence
/// quote points at a listed document. Whether a quote matches the document's text is checked by whoever loads the text.
/// </summary>
internal static class CorpusFileReader
{
    /// <summary>Reads a corpus file from JSON text.</summary>
    /// <exception cref="JsonException">The text is not a valid corpus file; the message names the JSON path and the rule.</exception>
    internal static CorpusFile Read(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return Read(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Reads a corpus file from a UTF-8 stream, which is read to its end and left open.</summary>
    /// <exception cref="JsonException">The content is not a valid corpus file; the message names the JSON path and the rule.</exception>
    internal static CorpusFile Read(Stream utf8Json) => Read(JsonFormat.ReadAllBytes(utf8Json).Span);

    /// <summary>Writes a corpus file as indented JSON text, documents first.</summary>
    internal static string Write(CorpusFile corpus)
    {
        Preconditions.CheckNotNull(corpus, nameof(corpus));
        var dto = new CorpusFileDto
        {
            SchemaVersion = JsonFormat.SchemaVersion,
            Documents = [.. corpus.Documents.Select(DocumentDto.From)],
            Estimates = [.. corpus.Estimates.Select(EstimateDto.From)],
        };
        return JsonFormat.Write(dto, JsonFormat.Context.CorpusFileDto);
    }

    private static CorpusFile Read(ReadOnlySpan<byte> utf8) =>
        JsonFormat.Read(utf8, JsonFormat.Context.CorpusFileDto, (dto, root) =>
        {
            var documentsPath = root.Member("documents");
            var documentIds = new HashSet<DocumentId>();
            var documents = JsonReadErrors.Elements(dto.Documents, documentsPath, (item, itemPath) =>
            {
                var document = item.ToModel(itemPath);
                if (!documentIds.Add(document.Id))
                {
                    throw JsonReadErrors.At(itemPath.Member("id"), $"the document id \"{document.Id}\" is listed twice; document ids must be unique.");
                }
                return document;
            });
            var estimatesPath = root.Member("estimates");
            var estimates = EstimateDto.ToModels(dto.Estimates, estimatesPath);
            for (int i = 0; i < estimates.Length; i++)
            {
                for (int j = 0; j < estimates[i].Evidence.Length; j++)
                {
                    var cited = estimates[i].Evidence[j].Document;
                    if (!documentIds.Contains(cited))
                    {
                        throw JsonReadErrors.At(estimatesPath.Index(i).Member("evidence").Index(j).Member("document"),
                            $"\"{cited}\" is not among the documents of this corpus file.");
                    }
                }
            }
            return new CorpusFile(documents, estimates);
        });
}
