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
/// Reads and writes the corpus file (<c>seeds/corpus.json</c> and users' corpora): documents built through
/// <see cref="Document"/>'s constructor from their metadata and text files, curated estimates and judgements, with the
/// same path-naming validation as <see cref="EstimateJson"/>, plus: document ids are unique, every piece of evidence
/// points into a listed document and quotes its text exactly, and a judgement qualifies only an estimate of the file
/// and compares only with a judgement of it. A text file that is missing or not UTF-8 is reported at its
/// <c>file</c> member. Nothing half-built is returned.
/// </summary>
internal static class CorpusFileReader
{
    /// <summary>The corpus file's name in a corpus folder.</summary>
    internal const string FileName = "corpus.json";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a corpus file from JSON text; <paramref name="openText"/> opens a text file by its plain name
    /// (null when there is none), and the stream is read to its end and disposed.</summary>
    /// <exception cref="JsonException">The corpus is not valid; the message names the JSON path and the rule.</exception>
    internal static CorpusFile Read(string json, Func<string, Stream?> openText)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return Read(Encoding.UTF8.GetBytes(json), openText);
    }

    /// <summary>Reads a corpus file from a UTF-8 stream, which is read to its end and left open; see <see cref="Read(string, Func{string, Stream?})"/>.</summary>
    /// <exception cref="JsonException">The corpus is not valid; the message names the JSON path and the rule.</exception>
    internal static CorpusFile Read(Stream utf8Json, Func<string, Stream?> openText) => Read(JsonFormat.ReadAllBytes(utf8Json).Span, openText);

    /// <summary>Writes a corpus file as indented JSON text, documents first; the texts are not written.</summary>
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

    private static string ReadText(Func<string, Stream?> openText, string file, JsonPath filePath)
    {
        try
        {
            using var stream = openText(file) ?? throw JsonReadErrors.At(filePath, $"the text file \"{file}\" is missing.");
            using var reader = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: false);
            return reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            string reason = e is DecoderFallbackException ? "it is not valid UTF-8" : e.Message;
            throw new JsonException($"{filePath}: the text file \"{file}\" could not be read: {reason}", filePath.ToString(), null, null, e);
        }
    }

    private static void CheckEvidence(string id, ImmutableArray<Evidence> evidence, Dictionary<DocumentId, Document> documents, JsonPath itemPath)
    {
        if (evidence.IsEmpty)
        {
            throw JsonReadErrors.At(itemPath.Member("evidence"), $"\"{id}\" has no evidence; every item of a corpus quotes its document at least once.");
        }
        for (int j = 0; j < evidence.Length; j++)
        {
            var piece = evidence[j];
            var path = itemPath.Member("evidence").Index(j);
            if (!documents.TryGetValue(piece.Document, out var document))
            {
                throw JsonReadErrors.At(path.Member("document"), $"\"{piece.Document}\" is not among the documents of this corpus file.");
            }
            if (!document.Supports(piece))
            {
                string actual = piece.Span.End <= document.Text.Length ? $"“{document.GetText(piece.Span)}”" : "nothing (the span runs past the end)";
                throw JsonReadErrors.At(path.Member("quote"),
                    $"the quote “{piece.Quote}” of \"{id}\" does not match document \"{document.Id}\" at {piece.Span}, which holds {actual}.");
            }
        }
    }

    private static CorpusFile Read(ReadOnlySpan<byte> utf8, Func<string, Stream?> openText)
    {
        Preconditions.CheckNotNull(openText, nameof(openText));
        return JsonFormat.Read(utf8, JsonFormat.Context.CorpusFileDto, (dto, root) =>
        {
            var documentsPath = root.Member("documents");
            var byId = new Dictionary<DocumentId, Document>();
            var documents = JsonReadErrors.Elements(dto.Documents, documentsPath, (item, itemPath) =>
            {
                var id = DocumentIds.Read(item.Id, itemPath.Member("id"));
                if (byId.ContainsKey(id))
                {
                    throw JsonReadErrors.At(itemPath.Member("id"), $"the document id \"{id}\" is listed twice; document ids must be unique.");
                }
                var entry = item.ToModel(itemPath, (file, filePath) => ReadText(openText, file, filePath));
                byId.Add(id, entry.Document);
                return entry;
            });
            var estimatesPath = root.Member("estimates");
            var estimates = EstimateDto.ToModels(dto.Estimates, estimatesPath);
            for (int i = 0; i < estimates.Length; i++)
            {
                CheckEvidence(estimates[i].Id, estimates[i].Evidence, byId, estimatesPath.Index(i));
            }
            var judgementsPath = root.Member("judgements");
            var judgements = JudgementDto.ToModels(dto.Judgements, judgementsPath);
            var estimateIds = estimates.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var judgementIds = judgements.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
            for (int i = 0; i < judgements.Length; i++)
            {
                var judgement = judgements[i];
                CheckEvidence(judgement.Id, judgement.Evidence, byId, judgementsPath.Index(i));
                if (judgement.Qualifies is { } qualified && !estimateIds.Contains(qualified))
                {
                    throw JsonReadErrors.At(judgementsPath.Index(i).Member("qualifies"),
                        $"\"{qualified}\" is not among the estimates of this corpus file.");
                }
                if (judgement.Change?.RelativeTo is { } earlier && !judgementIds.Contains(earlier))
                {
                    throw JsonReadErrors.At(judgementsPath.Index(i).Member("change").Member("relativeTo"),
                        $"\"{earlier}\" is not among the judgements of this corpus file.");
                }
            }
            return new CorpusFile(documents, estimates, judgements);
        });
    }
}
