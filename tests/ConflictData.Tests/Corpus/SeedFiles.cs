using System;
using System.IO;

namespace ConflictData.Tests.Corpus;

/// <summary>The repository's seeds/ folder on disk, for tests that check the embedded data against the files.</summary>
internal static class SeedFiles
{
    internal static string Directory { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "seeds");
            if (File.Exists(Path.Combine(candidate, "corpus.json")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException($"No seeds/corpus.json above {AppContext.BaseDirectory}.");
    }
}
