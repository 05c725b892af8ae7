using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictData.Utility;

namespace ConflictData.Serialization;

/// <summary>
/// Reads and writes the corpus file (<c>seeds/corpus.json</c>): document metadata, curated estimates and judgements, with the
/// same path-naming validation as <see cref="EstimateJson"/>, plus: document ids are unique, and every evidence
/// quote points at a listed document, and a judgement qualifies only an estimate of the file. Whether a quote matches the document's text is checked by whoever loads the text.
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
            Judgements = [.. corpus.Judgements.Select(JudgementDto.From)],
        };
        return JsonFormat.Write(dto, JsonFormat.Context.CorpusFileDto);
    }

    private static void CheckCited(ImmutableArray<Evidence> evidence, HashSet<DocumentId> documentIds, JsonPath itemPath)
    {
        for (int j = 0; j < evidence.Length; j++)
        {
            var cited = evidence[j].Document;
            if (!documentIds.Contains(cited))
            {
                throw JsonReadErrors.At(itemPath.Member("evidence").Index(j).Member("document"),
                    $"\"{cited}\" is not among the documents of this corpus file.");
            }
        }
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
                CheckCited(estimates[i].Evidence, documentIds, estimatesPath.Index(i));
            }
            var judgementsPath = root.Member("judgements");
            var judgements = JudgementDto.ToModels(dto.Judgements, judgementsPath);
            var estimateIds = estimates.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            for (int i = 0; i < judgements.Length; i++)
            {
                CheckCited(judgements[i].Evidence, documentIds, judgementsPath.Index(i));
                if (judgements[i].Qualifies is { } qualified && !estimateIds.Contains(qualified))
                {
                    throw JsonReadErrors.At(judgementsPath.Index(i).Member("qualifies"),
                        $"\"{qualified}\" is not among the estimates of this corpus file.");
                }
            }
            return new CorpusFile(documents, estimates, judgements);
        });
}
