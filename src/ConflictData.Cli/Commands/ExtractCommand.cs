using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ConflictData.Cli.Extraction;
using ConflictData.Text;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Cli.Commands;

/// <summary>
/// <c>conflictdata extract FILE... [--documents] [--published yyyy-MM-dd] [--format table|jsonl] [--threads N]
/// [--bad-documents fail|skip] [--max-document-bytes N]</c>: every quantity and date expression in text files, standard
/// input (<c>-</c>) or a stream of JSON-lines documents, with UTF-16 offsets into each document's text.
/// </summary>
/// <remarks>
/// The jsonl fields are a contract, listed on <see cref="MentionLines"/>. A text file or standard input is one document,
/// read in bounded memory in pieces (see <see cref="TextPieceReader"/>); with <c>--documents</c> every line is a document
/// (see <see cref="DocumentLineReader"/>). The output is the same bytes whatever <c>--threads</c> says.
/// </remarks>
internal static class ExtractCommand
{
    /// <summary>The file name that means standard input.</summary>
    internal const string StandardInput = "-";

    private static readonly string[] BadDocumentChoices = ["fail", "skip"];

    internal static Command Create(ToolConsole console)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Text files (UTF-8, or UTF-16 with a byte order mark), each one document; '-' reads standard input. With --documents, JSON-lines files of documents.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = DateOption.Create("--published",
            "When the text was published (yyyy-MM-dd, years 1 to 9999); relative dates such as 'last year' resolve against it. With --documents, for documents that state no date.");
        var format = OutputFormatOption.Create();
        var maxBytes = new Option<int>("--max-document-bytes")
        {
            Description = $"The largest paragraph of a text file, or line of --documents, in bytes (default {DocumentLimits.DefaultMaxBytes.ToString(CultureInfo.InvariantCulture)}, at most {DocumentLimits.LargestMaxBytes.ToString(CultureInfo.InvariantCulture)}).",
            HelpName = "N",
            DefaultValueFactory = _ => DocumentLimits.DefaultMaxBytes,
            CustomParser = ParseMaxBytes,
        };
        var documents = new Option<bool>("--documents")
        {
            Description = "Read each FILE as JSON lines of documents ({\"id\", \"text\", \"published\", \"title\", \"outlet\"}); every mention says its document.",
        };
        var threads = new Option<int>("--threads")
        {
            Description = "How many threads extract (default: one per processor); the output is the same whatever the number.",
            HelpName = "N",
            DefaultValueFactory = _ => Environment.ProcessorCount,
            CustomParser = ParseThreads,
        };
        var bad = new Option<BadDocuments>("--bad-documents")
        {
            Description = "With --documents, what a bad line does: fail (the default: report it, stop, exit 1) or skip (report it on standard error, go on, exit 3).",
            HelpName = "fail|skip",
            DefaultValueFactory = _ => BadDocuments.Fail,
            CustomParser = ParseBadDocuments,
        };
        bad.CompletionSources.Clear();
        bad.CompletionSources.Add(BadDocumentChoices);
        var command = new Command("extract", "List every hedged quantity, date expression and likelihood word in English text files or a stream of documents, with its span.")
        {
            files, published, format, maxBytes, documents, threads, bad,
        };
        command.SetAction(parse =>
        {
            var publication = parse.GetValue(published) is { } date ? PublicationTime.OnDate(date) : null;
            var run = new Run(console, parse.GetValue(format) == OutputFormat.Jsonl, parse.GetValue(maxBytes), publication, parse.GetValue(bad) == BadDocuments.Skip);
            return run.Extract(parse.GetRequiredValue(files), parse.GetValue(documents), parse.GetValue(threads));
        });
        return command;
    }

    /// <summary>One run of the command: its inputs in turn through one pipeline and one writer.</summary>
    private sealed class Run(ToolConsole console, bool jsonLines, int maxBytes, PublicationTime? published, bool skipBad)
    {
        private readonly List<string[]>? rows = jsonLines ? null : [];
        private readonly Dictionary<string, int> counts = [];
        private string? failure;
        private int skipped;

        internal int Extract(string[] paths, bool documents, int threads) =>
            ProgressDisplay.Run(console, "extract", documents ? null : TotalBytes(paths), progress => Extract(paths, documents, threads, progress));

        private int Extract(string[] paths, bool documents, int threads, Action<long> progress)
        {
            var output = new Utf8Output(console.Out);
            var pipeline = new ExtractionPipeline(TextExtractor.Default, threads);
            bool manyDocuments = documents || paths.Length > 1;
            bool counting = ProgressDisplay.IsShown(console);
            pipeline.Run(Pieces(paths, documents), jsonLines, (piece, lines) =>
            {
                if (jsonLines)
                {
                    output.Write(lines);
                }
                else
                {
                    AddRows(piece, manyDocuments);
                }
                if (counting)
                {
                    progress(Encoding.UTF8.GetByteCount(piece.Document.Text));
                }
            });
            if (rows is not null && failure is null)
            {
                WriteTable(manyDocuments);
                console.Out.WriteLine($"{Count("quantity")} quantities, {Count("date")} dates, {Count("likelihood")} likelihoods.");
            }
            console.Out.Flush();
            if (failure is not null)
            {
                return console.Fail("extract", failure);
            }
            if (skipped > 0)
            {
                console.Error.WriteLine($"conflictdata extract: {skipped.ToString(CultureInfo.InvariantCulture)} bad documents skipped, each reported above.");
                return ExitCodes.Skipped;
            }
            return ExitCodes.Success;
        }

        /// <summary>The bytes of the files named, for a progress bar; null when one is standard input or not a regular file.</summary>
        private static long? TotalBytes(string[] paths)
        {
            long total = 0;
            foreach (string path in paths)
            {
                if (path == StandardInput || !File.Exists(path))
                {
                    return null;
                }
                total += new FileInfo(path).Length;
            }
            return total;
        }

        private string Count(string kind) => counts.GetValueOrDefault(kind).ToString(CultureInfo.InvariantCulture);

        private IEnumerable<TextPiece> Pieces(string[] paths, bool documents)
        {
            foreach (string path in paths)
            {
                if (failure is not null)
                {
                    yield break;
                }
                if (!TryOpen(path, out Stream? stream))
                {
                    yield break;
                }
                using (stream)
                {
                    string name = path == StandardInput ? "standard input" : path;
                    if (documents)
                    {
                        var reader = new DocumentLineReader(stream!, name, published, maxBytes, skipBad, line => console.Error.WriteLine("conflictdata extract: " + TerminalText.OneLine(line)));
                        foreach (var piece in reader.Read())
                        {
                            yield return piece;
                        }
                        failure = reader.Failure;
                        skipped += reader.Skipped;
                    }
                    else
                    {
                        var reader = new TextPieceReader(stream!, name, new DocumentId(IdFor(path)), published, maxBytes);
                        foreach (var piece in reader.Read())
                        {
                            yield return piece;
                        }
                        failure = reader.Failure;
                    }
                }
            }
        }

        private bool TryOpen(string path, out Stream? stream)
        {
            stream = null;
            if (path == StandardInput)
            {
                stream = Console.OpenStandardInput();
                return true;
            }
            if (Directory.Exists(path))
            {
                failure = $"'{path}' is a directory, not a file.";
                return false;
            }
            try
            {
                stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                return true;
            }
            catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
            {
                failure = $"file '{path}' does not exist.";
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                failure = $"cannot read '{path}': {e.Message}";
            }
            return false;
        }

        private void WriteTable(bool manyDocuments)
        {
            (string, bool)[] columns = [("SPAN", false), ("KIND", false), ("TEXT", true), ("MEANING", true)];
            var table = TextTable.Create(manyDocuments ? [("DOCUMENT", false), .. columns] : columns);
            foreach (var row in rows!)
            {
                TextTable.AddRow(table, row);
            }
            TextTable.Write(console, table);
        }

        private void AddRows(TextPiece piece, bool manyDocuments)
        {
            foreach (var mention in MentionLines.Merged(piece.Found!))
            {
                (string kind, string meaning) = mention switch
                {
                    QuantityMention quantity => ("quantity", quantity.Phrase.ToString()),
                    DateMention date => ("date", date.Resolution.ToString()),
                    LikelihoodMention likelihood => ("likelihood", likelihood.Likelihood?.ToString() ?? likelihood.Phrase.ToString()),
                    _ => ("?", ""),
                };
                var span = new TextSpan(piece.Offset + mention.Span.Start, mention.Span.Length);
                rows!.Add(manyDocuments
                    ? [piece.Document.Id.Value, span.ToString(), kind, mention.Text, meaning]
                    : [span.ToString(), kind, mention.Text, meaning]);
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
            }
        }
    }

    private static int ParseMaxBytes(ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int bytes) || bytes < 1 || bytes > DocumentLimits.LargestMaxBytes)
        {
            result.AddError($"--max-document-bytes '{text}' is not a number of bytes from 1 to {DocumentLimits.LargestMaxBytes.ToString(CultureInfo.InvariantCulture)}.");
            return DocumentLimits.DefaultMaxBytes;
        }
        return bytes;
    }

    private static int ParseThreads(ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1 || count > 1024)
        {
            result.AddError($"--threads '{text}' is not a number of threads from 1 to 1024.");
            return 1;
        }
        return count;
    }

    private static BadDocuments ParseBadDocuments(ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        int index = Array.IndexOf(BadDocumentChoices, text);
        if (index < 0)
        {
            result.AddError($"--bad-documents must be one of {string.Join(", ", BadDocumentChoices)}, not '{text}'.");
        }
        return index == 1 ? BadDocuments.Skip : BadDocuments.Fail;
    }

    /// <summary>What a bad line of <c>--documents</c> does.</summary>
    private enum BadDocuments
    {
        Fail,
        Skip,
    }

    /// <summary>The file name without extension, reduced to the characters a document id allows; "stdin" for '-'.</summary>
    private static string IdFor(string path)
    {
        if (path == StandardInput)
        {
            return "stdin";
        }
        var id = new StringBuilder();
        foreach (char c in Path.GetFileNameWithoutExtension(path))
        {
            id.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? c : '_');
        }
        return DocumentId.IsValid(id.ToString()) ? id.ToString() : "document";
    }
}
