using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using ConflictData.Text;
using NodaTime.Text;

namespace ConflictData.Cli.Extraction;

/// <summary>
/// Reads a stream of documents as JSON lines — <c>{"id": "...", "text": "...", "published": "yyyy-MM-dd", "title":
/// "...", "outlet": "..."}</c>, <c>title</c> and <c>outlet</c> optional, <c>published</c> optional or null — in bounded
/// memory: one line at a time, each at most the limit long.
/// </summary>
/// <remarks>
/// A bad line (not JSON, not an object, no text, an id a document cannot have, a date that is not yyyy-MM-dd, longer
/// than the limit) is reported with its line number through <c>report</c>; then reading either stops, with
/// <see cref="Failure"/> set, or skips the line and counts it in <see cref="Skipped"/>. Blank lines hold no document and
/// are passed over. A stream cut off in the middle of a line gives that last line as it is, and so a bad document.
/// </remarks>
internal sealed class DocumentLineReader
{
    private const int BlockBytes = 256 * 1024;

    private static readonly JsonDocumentOptions Strict = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    private readonly Stream stream;
    private readonly string name;
    private readonly PublicationTime? published;
    private readonly int maxBytes;
    private readonly bool skipBad;
    private readonly Action<string> report;

    /// <summary>Creates a reader of <paramref name="stream"/>, named <paramref name="name"/> in messages.</summary>
    /// <param name="published">The publication date of documents that state none.</param>
    /// <param name="skipBad">Skip a bad document (true) or stop at it (false).</param>
    /// <param name="report">Takes one line for standard error per bad document.</param>
    internal DocumentLineReader(Stream stream, string name, PublicationTime? published, int maxBytes, bool skipBad, Action<string> report)
    {
        this.stream = stream;
        this.name = name;
        this.published = published;
        this.maxBytes = maxBytes;
        this.skipBad = skipBad;
        this.report = report;
    }

    /// <summary>Why reading stopped at a bad document, or null.</summary>
    internal string? Failure { get; private set; }

    /// <summary>How many bad documents were reported and skipped.</summary>
    internal int Skipped { get; private set; }

    /// <summary>The documents in order, each a whole piece.</summary>
    internal IEnumerable<TextPiece> Read()
    {
        byte[] buffer = new byte[BlockBytes];
        int start = 0;        // where the current line starts in buffer
        int length = 0;       // bytes in buffer
        int scanned = 0;      // bytes of the current line already searched for a line break
        long line = 1;
        bool tooLong = false; // the current line passed the limit and is being skipped to its end
        bool end = false;
        while (true)
        {
            int lineEnd = buffer.AsSpan(start + scanned, length - start - scanned).IndexOf((byte)'\n');
            if (lineEnd < 0 && !end)
            {
                scanned = length - start;
                if (tooLong || scanned > maxBytes)
                {
                    // Past the limit: drop what is held and read on to the line's end.
                    tooLong = true;
                    start = length = scanned = 0;
                }
                else if (start > 0)
                {
                    Array.Copy(buffer, start, buffer, 0, length - start);
                    length -= start;
                    start = 0;
                }
                else if (length == buffer.Length)
                {
                    Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 2));
                }
                int read = stream.Read(buffer, length, buffer.Length - length);
                end = read == 0;
                length += read;
                continue;
            }
            int stop = lineEnd < 0 ? length : start + scanned + lineEnd;
            if (lineEnd < 0 && stop == start && !tooLong)
            {
                yield break;
            }
            var text = buffer.AsSpan(start, stop - start);
            string? problem = tooLong || text.Length > maxBytes
                ? $"longer than the limit of {DocumentLimits.Describe(maxBytes)} for one document (--max-document-bytes raises it)"
                : null;
            TextPiece? piece = null;
            if (problem is null && !text.Trim((byte)'\r').Trim((byte)' ').IsEmpty)
            {
                piece = TryParse(text, out problem);
            }
            if (problem is not null)
            {
                string message = $"'{name}' line {line.ToString(CultureInfo.InvariantCulture)}: {problem}";
                if (!skipBad)
                {
                    Failure = message + "; stopped there (--bad-documents skip reports and skips bad documents instead).";
                    yield break;
                }
                report(message + "; skipped.");
                Skipped++;
            }
            else if (piece is not null)
            {
                yield return piece;
            }
            if (lineEnd < 0)
            {
                yield break;
            }
            line++;
            tooLong = false;
            start = stop + 1;
            scanned = 0;
        }
    }

    private TextPiece? TryParse(ReadOnlySpan<byte> line, out string? problem)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line.ToArray(), Strict);
        }
        catch (JsonException e)
        {
            problem = $"not a JSON object: {e.Message}";
            return null;
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problem = $"a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object with id, text and published";
                return null;
            }
            if (!TryString(root, "id", required: true, out string? id, out problem)
                || !TryString(root, "text", required: true, out string? text, out problem)
                || !TryString(root, "published", required: false, out string? date, out problem)
                || !TryString(root, "title", required: false, out string? title, out problem)
                || !TryString(root, "outlet", required: false, out string? outlet, out problem))
            {
                return null;
            }
            if (!DocumentId.IsValid(id!))
            {
                problem = $"id '{TerminalText.OneLine(id!)}' is not a document id: use 1 to 200 ASCII letters, digits, '_', '-' or '.'";
                return null;
            }
            PublicationTime? time = published;
            if (date is not null)
            {
                var parsed = LocalDatePattern.Iso.Parse(date);
                if (!parsed.Success || parsed.Value.Year < 1)
                {
                    problem = $"published '{TerminalText.OneLine(date)}' is not a date; expected yyyy-MM-dd with a year from 0001 to 9999";
                    return null;
                }
                time = PublicationTime.OnDate(parsed.Value);
            }
            if ((title is not null && string.IsNullOrWhiteSpace(title)) || (outlet is not null && string.IsNullOrWhiteSpace(outlet)))
            {
                problem = "title and outlet, when given, must not be blank";
                return null;
            }
            problem = null;
            return new TextPiece(new Document(new DocumentId(id!), text!, time, title, outlet), 0, continues: false);
        }
    }

    private static bool TryString(JsonElement root, string property, bool required, out string? value, out string? problem)
    {
        value = null;
        problem = null;
        if (!root.TryGetProperty(property, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                problem = $"no \"{property}\"; a document needs \"id\" and \"text\"";
            }
            return !required;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            problem = $"\"{property}\" is a JSON {element.ValueKind.ToString().ToLowerInvariant()}, not a string";
            return false;
        }
        try
        {
            value = element.GetString();
            return true;
        }
        catch (InvalidOperationException e)
        {
            // Invalid UTF-8 or an escaped lone surrogate: refused, as in text files, rather than replaced.
            problem = $"\"{property}\" is not text: {e.Message}";
            return false;
        }
    }
}
