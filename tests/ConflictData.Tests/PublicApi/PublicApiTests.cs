using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.PublicApi;

/// <summary>
/// Guards the public surface of the ConflictData package: every public member must be listed in
/// src/ConflictData/PublicAPI.Shipped.txt or PublicAPI.Unshipped.txt, and every listed member must exist.
/// Run with UPDATE_PUBLIC_API=1 to rewrite PublicAPI.Unshipped.txt from the assembly after a deliberate change.
/// </summary>
public class PublicApiTests
{
    private const string Header = "#nullable enable";
    private const string Removed = "*REMOVED*";

    [Fact]
    public void PublicApi_MatchesTheTrackedFiles()
    {
        string folder = Path.Combine(RepositoryPaths.Root, "src", "ConflictData");
        string shippedPath = Path.Combine(folder, "PublicAPI.Shipped.txt");
        string unshippedPath = Path.Combine(folder, "PublicAPI.Unshipped.txt");
        var actual = PublicApiDescriber.Describe(typeof(Estimate).Assembly);
        var shipped = ReadLines(shippedPath);
        var unshipped = ReadLines(unshippedPath);
        var removed = unshipped.Where(l => l.StartsWith(Removed, StringComparison.Ordinal)).Select(l => l[Removed.Length..]).ToHashSet(StringComparer.Ordinal);
        var expected = shipped.Where(l => !removed.Contains(l))
            .Concat(unshipped.Where(l => !l.StartsWith(Removed, StringComparison.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);

        if (Environment.GetEnvironmentVariable("UPDATE_PUBLIC_API") == "1")
        {
            var newUnshipped = actual.Where(l => !shipped.Contains(l))
                .Concat(shipped.Where(l => !actual.Contains(l)).Select(l => Removed + l))
                .Order(StringComparer.Ordinal);
            File.WriteAllText(unshippedPath, Header + "\n" + string.Concat(newUnshipped.Select(l => l + "\n")));
            return;
        }

        var missing = actual.Where(l => !expected.Contains(l)).ToList();
        var extra = expected.Where(l => !actual.Contains(l)).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var message = new StringBuilder("The public API differs from PublicAPI.Shipped.txt + PublicAPI.Unshipped.txt.\n");
            if (missing.Count > 0)
            {
                message.Append("Add to PublicAPI.Unshipped.txt (new public members):\n").AppendJoin("", missing.Select(l => "  " + l + "\n"));
            }
            if (extra.Count > 0)
            {
                message.Append("Remove from the tracked files, or mark *REMOVED* in Unshipped (members that no longer exist):\n")
                    .AppendJoin("", extra.Select(l => "  " + l + "\n"));
            }
            message.Append("If the change is deliberate: UPDATE_PUBLIC_API=1 dotnet test tests/ConflictData.Tests -c Release --filter PublicApi");
            Assert.Fail(message.ToString());
        }
    }

    [Fact]
    public void PublicApiFiles_StartWithNullableHeader()
    {
        string folder = Path.Combine(RepositoryPaths.Root, "src", "ConflictData");
        foreach (string file in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            Assert.Equal(Header, File.ReadLines(Path.Combine(folder, file)).First());
        }
    }

    private static HashSet<string> ReadLines(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0 && l != Header).ToHashSet(StringComparer.Ordinal);
}
