using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Serialization;
using ConflictData.Text;

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
            return new Corpus(file.Documents.Select(d => d.Document), file.Estimates.Select(WithStatedFromQuote), file.Judgements);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"The embedded seed corpus is invalid: {e.Message}", e);
        }
    }

    /// <summary>
    /// The estimate with its stated figure read from its first quote when the corpus file gives none: the quote is
    /// the text exactly as published, so the number(s) stated are a function of it, and writing them again beside it in
    /// corpus.json could only drift. The mention read is the one with the estimate's value ("down 9 percent" states 9
    /// and means −9), or else the one whose stated numbers the estimate's range holds.
    /// </summary>
    internal static Estimate WithStatedFromQuote(Estimate estimate)
    {
        if (estimate.Stated is not null || estimate.Evidence.IsEmpty)
        {
            return estimate;
        }
        foreach (var mention in QuantityScanner.Default.Scan(estimate.Evidence[0].Quote))
        {
            if (mention.Phrase.Stated is { } stated && (mention.Phrase.Value.Equals(estimate.Quantity.Value)
                || (Holds(estimate.Quantity.Value, stated.First) && (stated.Second is not { } second || Holds(estimate.Quantity.Value, second)))))
            {
                return estimate.WithStated(stated);
            }
        }
        return estimate;
    }

    // Bounds count as held whether inclusive or not: "more than 5,600" states 5,600, the range's open end.
    private static bool Holds(RangedValue range, decimal number) =>
        range.Contains(number) || range.Lower?.Value == number || range.Upper?.Value == number;
}
