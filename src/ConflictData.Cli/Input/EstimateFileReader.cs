using System.Collections.Immutable;
using System.Linq;
using ConflictData.Serialization;

namespace ConflictData.Cli.Input;

/// <summary>Reads a user's estimates CSV for the commands that take one, turning every problem into one error line.</summary>
internal static class EstimateFileReader
{
    /// <summary>
    /// Reads and validates <paramref name="path"/>; on failure <paramref name="error"/> names the file and the first
    /// problem with its line and column, and how many more there are.
    /// </summary>
    internal static bool TryRead(string path, out ImmutableArray<Estimate> estimates, out string error)
    {
        estimates = [];
        if (!DocumentFileReader.TryRead(path, Extraction.DocumentLimits.LargestMaxBytes, out string text, out error))
        {
            return false;
        }
        var result = EstimateCsv.Deserialize(text);
        if (!result.Success)
        {
            string more = result.Errors.Length > 1 ? $" (and {result.Errors.Length - 1} more problems)" : "";
            error = $"'{path}' {result.Errors[0]}{more}; nothing was imported.";
            return false;
        }
        estimates = result.Estimates;
        return true;
    }

    /// <summary>The estimates of <paramref name="path"/>, or of the embedded seed corpus when it is null.</summary>
    internal static bool TryReadOrSeeds(string? path, out ImmutableArray<Estimate> estimates, out string error)
    {
        if (path is null)
        {
            estimates = SeedCorpus.Estimates;
            error = "";
            return true;
        }
        return TryRead(path, out estimates, out error);
    }
}
