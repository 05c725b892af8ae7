using System.IO;
using System.Linq;
using System.Xml.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.PublicApi;

/// <summary>
/// The public surface is guarded by Microsoft.CodeAnalysis.PublicApiAnalyzers at build time; these checks keep that
/// guard from being switched off quietly (a dropped AdditionalFiles item or error id would let drift build green).
/// </summary>
public class PublicApiAnalyzerSetupTests
{
    private static readonly XDocument Project = XDocument.Load(RepositoryPaths.Combine("src", "ConflictData", "ConflictData.csproj"));

    [Fact]
    public void Analyzer_IsReferencedAsABuildOnlyDependency()
    {
        var reference = Assert.Single(Project.Descendants("PackageReference"),
            e => (string?)e.Attribute("Include") == "Microsoft.CodeAnalysis.PublicApiAnalyzers");
        Assert.Equal("all", (string?)reference.Attribute("PrivateAssets"));
    }

    [Fact]
    public void BothApiFiles_AreAdditionalFiles() =>
        Assert.Equal(["PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt"],
            Project.Descendants("AdditionalFiles").Select(e => (string)e.Attribute("Include")!).Order().ToArray());

    [Theory]
    [InlineData("RS0016")]
    [InlineData("RS0017")]
    [InlineData("RS0026")]
    [InlineData("RS0027")]
    [InlineData("RS0036")]
    [InlineData("RS0037")]
    public void Diagnostic_IsAnError(string id) =>
        Assert.Contains(id, Project.Descendants("WarningsAsErrors").Select(e => e.Value).Single().Split(';'));

    [Theory]
    [InlineData("PublicAPI.Shipped.txt")]
    [InlineData("PublicAPI.Unshipped.txt")]
    public void ApiFile_TracksNullability(string file) =>
        Assert.Equal("#nullable enable", File.ReadLines(RepositoryPaths.Combine("src", "ConflictData", file)).First());
}
