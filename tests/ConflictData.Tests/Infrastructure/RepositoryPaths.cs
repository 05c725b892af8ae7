using System;
using System.IO;

namespace ConflictData.Tests.Infrastructure;

/// <summary>Files of the repository that tests read as they are (README, seeds, project files), found from the test assembly.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootHolder = new(FindRoot);

    /// <summary>The folder holding ConflictData.sln.</summary>
    internal static string Root => RootHolder.Value;

    /// <summary>A path below the repository root.</summary>
    internal static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConflictData.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No ConflictData.sln above {AppContext.BaseDirectory}; these tests run from a checkout of the repository.");
    }
}
