using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Corpus;

public partial class SeedCorpusTests
{
    [Fact]
    public void Load_GivesTheFiveSeedArticlesInFileOrder() =>
        Assert.Equal(
            ["000_30f65801c5775d4d", "001_fb569d6cb6497253", "002_cc8be146a8ed5ffc", "003_66b8ffca2f479578", "004_21cca053a9288443"],
            SeedCorpus.Documents.Select(d => d.Id.Value));

    [Fact]
    public void Load_CalledConcurrently_LoadsOnceAndReturnsTheSameInstance()
    {
        var corpora = new ConflictData.Corpus[16];
        Parallel.For(0, corpora.Length, i => corpora[i] = SeedCorpus.Load());
        Assert.All(corpora, c => Assert.Same(corpora[0], c));
        Assert.Same(SeedCorpus.Load().Estimates.First(), SeedCorpus.Estimates.First());
    }

    [Fact]
    public void UncachedLoad_GivesAnEqualButSeparateCorpus()
    {
        var fresh = SeedCorpusLoader.Load();
        Assert.NotSame(SeedCorpus.Load(), fresh);
        Assert.Equal<Document>(SeedCorpus.Documents, fresh.Documents);
        Assert.Equal<Estimate>(SeedCorpus.Estimates, fresh.Estimates);
    }

    [Fact]
    public void Load_UnderHostileCultures_GivesTheSameEstimates() =>
        CultureScope.AssertInvariant(() => string.Join("\n", SeedCorpusLoader.Load().Estimates.Select(e => $"{e.Id} {e} {e.Quantity.Value} {e.ReferenceTime} {e.Published}")));

    [Fact]
    public void EmbeddedResources_HaveStableLogicalNames()
    {
        var names = typeof(SeedCorpus).Assembly.GetManifestResourceNames().Order(StringComparer.Ordinal);
        Assert.Equal(
            ["ConflictData.Seeds.000_30f65801c5775d4d.txt", "ConflictData.Seeds.001_fb569d6cb6497253.txt",
             "ConflictData.Seeds.002_cc8be146a8ed5ffc.txt", "ConflictData.Seeds.003_66b8ffca2f479578.txt",
             "ConflictData.Seeds.004_21cca053a9288443.txt", "ConflictData.Seeds.corpus.json"],
            names);
    }

    [Fact]
    public void EmbeddedTexts_AreByteForByteTheSeedFiles()
    {
        foreach (var document in SeedCorpus.Documents)
        {
            byte[] onDisk = File.ReadAllBytes(Path.Combine(SeedTexts.Folder, document.Id.Value + ".txt"));
            using var stream = typeof(SeedCorpus).Assembly.GetManifestResourceStream($"ConflictData.Seeds.{document.Id}.txt")!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            Assert.Equal(onDisk, copy.ToArray());
            Assert.Equal(System.Text.Encoding.UTF8.GetString(onDisk), document.Text);
        }
    }
}
