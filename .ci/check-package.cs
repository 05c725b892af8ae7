// Checks what the ConflictData package holds, the way a package feed and a user's build see it: the README and the licence
// in the nuspec, the XML docs beside the assembly, the LINQPad samples, the seed corpus embedded in the assembly, NodaTime
// as the only dependency, and a symbol package (.snupkg) beside it whose portable PDB matches a deterministic build and
// carries Source Link (checked where the clone's remote is on a host the SDK's Source Link maps). Prints one line per finding and
// exits 1 when any check fails.
//   dotnet run .ci/check-package.cs -- path/to/ConflictData.VERSION.nupkg REPOSITORY   (it compares with seeds/ and linqpad-samples/)
#:property PublishAot=false

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

if (args.Length != 2 || !File.Exists(args[0]) || !Directory.Exists(args[1]))
{
    Console.Error.WriteLine("usage: dotnet run .ci/check-package.cs -- path/to/ConflictData.VERSION.nupkg REPOSITORY");
    return 2;
}

string nupkg = Path.GetFullPath(args[0]);
string repo = Path.GetFullPath(args[1]);
var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine($"{(ok ? "ok  " : "FAIL")} {what}");
    if (!ok)
    {
        failures.Add(what);
    }
}

using var package = ZipFile.OpenRead(nupkg);
var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

var nuspec = XDocument.Load(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
XNamespace ns = nuspec.Root!.Name.Namespace;
var metadata = nuspec.Root.Element(ns + "metadata")!;
Check(metadata.Element(ns + "id")?.Value == "ConflictData", "the package id is ConflictData");
Check(metadata.Element(ns + "readme")?.Value == "README.md" && entries.Contains("README.md"), "README.md is packed and is the package's readme");
Check(metadata.Element(ns + "license") is { } license && license.Attribute("type")?.Value == "expression" && license.Value == "MIT",
    "the licence is the MIT expression");
Check(!string.IsNullOrWhiteSpace(metadata.Element(ns + "description")?.Value), "the package has a description");
Check(metadata.Element(ns + "repository")?.Attribute("commit") is not null, "the nuspec names the repository commit (Source Link)");

var dependencies = metadata.Element(ns + "dependencies")?.Descendants(ns + "dependency").Select(d => d.Attribute("id")!.Value).Distinct().ToList() ?? [];
Check(dependencies.SequenceEqual(["NodaTime"]), $"the only dependency is NodaTime (found: {string.Join(", ", dependencies)})");

Check(entries.Contains("lib/net10.0/ConflictData.dll"), "lib/net10.0/ConflictData.dll");
Check(entries.Contains("lib/net10.0/ConflictData.xml"), "lib/net10.0/ConflictData.xml (XML docs)");

var samples = Directory.GetFiles(Path.Combine(repo, "linqpad-samples"), "*.linq").Select(f => "linqpad-samples/" + Path.GetFileName(f)).Order().ToList();
var missingSamples = samples.Where(s => !entries.Contains(s)).ToList();
Check(samples.Count > 0 && missingSamples.Count == 0,
    $"every LINQPad sample under linqpad-samples/ ({samples.Count}){(missingSamples.Count > 0 ? ", missing " + string.Join(", ", missingSamples) : "")}");

// The seeds: every file of seeds/ must be a manifest resource of the packed assembly, by its logical name.
byte[] dll = Read(package, "lib/net10.0/ConflictData.dll");
using (var pe = new PEReader(new MemoryStream(dll)))
{
    var reader = pe.GetMetadataReader();
    var resources = reader.ManifestResources.Select(h => reader.GetString(reader.GetManifestResource(h).Name)).ToHashSet(StringComparer.Ordinal);
    var seeds = Directory.GetFiles(Path.Combine(repo, "seeds")).Select(f => "ConflictData.Seeds." + Path.GetFileName(f)).Order().ToList();
    var missingSeeds = seeds.Where(s => !resources.Contains(s)).ToList();
    Check(seeds.Count > 0 && missingSeeds.Count == 0,
        $"the assembly embeds every seed file ({seeds.Count}){(missingSeeds.Count > 0 ? ", missing " + string.Join(", ", missingSeeds) : "")}");
    Check(pe.ReadDebugDirectory().Any(d => d.Type == DebugDirectoryEntryType.Reproducible), "the assembly is a deterministic build");
    var codeView = pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.CodeView);
    var codeViewData = pe.ReadCodeViewDebugDirectoryData(codeView);
    Check(codeViewData.Path.EndsWith("ConflictData.pdb", StringComparison.Ordinal), "the assembly points at ConflictData.pdb");

    string snupkg = Path.ChangeExtension(nupkg, ".snupkg");
    Check(File.Exists(snupkg), $"the symbol package {Path.GetFileName(snupkg)} is beside it");
    if (File.Exists(snupkg))
    {
        using var symbols = ZipFile.OpenRead(snupkg);
        bool hasPdb = symbols.GetEntry("lib/net10.0/ConflictData.pdb") is not null;
        Check(hasPdb, "the symbol package holds lib/net10.0/ConflictData.pdb");
        if (hasPdb)
        {
            using var pdbProvider = MetadataReaderProvider.FromPortablePdbStream(new MemoryStream(Read(symbols, "lib/net10.0/ConflictData.pdb")));
            var pdb = pdbProvider.GetMetadataReader();
            var sourceLink = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
            bool hasSourceLink = pdb.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
                .Any(h => pdb.GetGuid(pdb.GetCustomDebugInformation(h).Kind) == sourceLink);
            if (SourceLinkHost(repo) is { } host)
            {
                Check(hasSourceLink, $"the PDB carries a Source Link map (remote on {host})");
            }
            else
            {
                // Source Link maps files to the web address of the repository's git remote, and the SDK knows how to do that
                // only for the hosts below; a clone of a local path, or of an unknown server, has nothing to map to.
                Console.WriteLine($"skip the PDB's Source Link map: the repository has no remote on a host Source Link maps; the PDB {(hasSourceLink ? "has one anyway" : "has none")}");
            }
            var pdbId = new BlobContentId(pdb.DebugMetadataHeader!.Id);
            Check(pdbId.Guid == codeViewData.Guid && pdbId.Stamp == codeView.Stamp, "the PDB matches the packed assembly");
        }
    }
}

Console.WriteLine(failures.Count == 0 ? $"{Path.GetFileName(nupkg)}: every check passed" : $"{Path.GetFileName(nupkg)}: {failures.Count} check(s) failed");
return failures.Count == 0 ? 0 : 1;

// The host of the remote 'origin' (or the first remote) when it is one the .NET SDK's Source Link supports out of the box.
static string? SourceLinkHost(string repo)
{
    string remotes = Git(repo, "remote");
    string? name = remotes.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .OrderBy(r => r == "origin" ? 0 : 1).FirstOrDefault();
    if (name is null)
    {
        return null;
    }
    string url = Git(repo, "remote", "get-url", name).Trim();
    string? host = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "ssh" or "git"
        ? uri.Host
        : url.IndexOf('@') is int at and >= 0 && url.IndexOf(':', at) is int colon and > 0 ? url[(at + 1)..colon] : null;
    string[] known = ["github.com", "gitlab.com", "bitbucket.org", "dev.azure.com", "visualstudio.com"];
    return host is not null && known.Any(k => host == k || host.EndsWith("." + k, StringComparison.OrdinalIgnoreCase)) ? host : null;
}

static string Git(string repo, params string[] arguments)
{
    var start = new System.Diagnostics.ProcessStartInfo("git") { RedirectStandardOutput = true };
    start.ArgumentList.Add("-C");
    start.ArgumentList.Add(repo);
    foreach (string argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }
    var git = System.Diagnostics.Process.Start(start)!;
    string output = git.StandardOutput.ReadToEnd();
    git.WaitForExit();
    return git.ExitCode == 0 ? output : "";
}

static byte[] Read(ZipArchive archive, string name)
{
    using var stream = archive.GetEntry(name)!.Open();
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    return copy.ToArray();
}
