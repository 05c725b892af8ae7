using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Serialization;

namespace ConflictData;

/// <summary>
/// Reads the seed corpus from the assembly's embedded resources: <c>corpus.json</c> and the article text files it
/// names, each under the logical name <c>ConflictData.Seeds.</c> + its file name. No file system access.
/// </summary>
internal static class SeedCorpusLoader
{
    internal const string ResourcePrefix = "ConflictData.Seeds.";
    internal const string TextExtension = ".txt";

    /// <summary>Reads and validates the whole corpus afresh, without any cache.</summary>
    /// <exception cref="InvalidDataException">A resource is missing, the JSON is invalid, or an estimate disagrees with its
    /// text; the message names the resource, the JSON path or the estimate id.</exception>
    internal static Corpus Load()
    {
        var assembly = typeof(SeedCorpusLoader).Assembly;
        return Load(fileName => assembly.GetManifestResourceStream(ResourcePrefix + fileName));
    }

    /// <summary>Reads and validates a corpus whose files <paramref name="openFile"/> opens by name (null when missing).</summary>
    /// <exception cref="InvalidDataException">A file is missing, the JSON is invalid, or an estimate disagrees with its
    /// text; the message names the file, the JSON path or the estimate id.</exception>
    internal static Corpus Load(Func<string, Stream?> openFile)
    {
        CorpusFile file;
        using (var json = openFile(CorpusFileReader.FileName)
            ?? throw new InvalidDataException($"The seed file \"{CorpusFileReader.FileName}\" is missing (embedded resource \"{ResourcePrefix}{CorpusFileReader.FileName}\")."))
        {
            try
            {
                file = CorpusFileReader.Read(json, openFile);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"The embedded seed corpus is invalid: {e.Message}", e);
            }
        }
        for (int i = 0; i < file.Documents.Length; i++)
        {
            var (fileName, document) = file.Documents[i];
            if (!string.Equals(fileName, document.Id.Value + TextExtension, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The embedded seed corpus is invalid: {JsonPath.Root.Member("documents").Index(i).Member("file")}: " +
                    $"a seed's text file is named by its id, \"{document.Id}{TextExtension}\", not \"{fileName}\".");
            }
        }
        try
        {
            return new Corpus(file.Documents.Select(d => d.Document), file.Estimates, file.Judgements);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The embedded seed corpus is invalid: {e.Message}", e);
        }
    }
}
