using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Corpus;

/// <summary>The loader fails loudly, naming what is wrong, when the packaged files disagree.</summary>
public class SeedCorpusLoaderTests
{
    private static Dictionary<string, byte[]> SeedFilesOnDisk()
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(SeedTexts.Folder))
        {
            files[Path.GetFileName(path)] = File.ReadAllBytes(path);
        }
        return files;
    }

    private static ConflictData.Corpus Load(Dictionary<string, byte[]> files) =>
        SeedCorpusLoader.Load(name => files.TryGetValue(name, out var bytes) ? new MemoryStream(bytes) : null);

    private static void Edit(Dictionary<string, byte[]> files, string name, string from, string to)
    {
        string text = Encoding.UTF8.GetString(files[name]);
        Assert.Contains(from, text, StringComparison.Ordinal);
        files[name] = Encoding.UTF8.GetBytes(text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_FromTheSeedFilesOnDisk_EqualsTheEmbeddedCorpus() =>
        Assert.Equal<Estimate>(SeedCorpus.Estimates, Load(SeedFilesOnDisk()).Estimates);

    [Fact]
    public void Load_ChangedArticleText_FailsNamingTheEstimateWhoseQuoteNoLongerMatches()
    {
        var files = SeedFilesOnDisk();
        Edit(files, "004_21cca053a9288443.txt", "between 14,000 and 18,000 militants", "between 14,000 and 19,000 militants");
        var e = Assert.Throws<InvalidDataException>(() => Load(files));
        Assert.Contains("\"004-guterres-militants-iraq-syria\" does not match", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.estimates[", e.Message, StringComparison.Ordinal);
        Assert.Contains("19,000", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingArticle_FailsNamingTheFile()
    {
        var files = SeedFilesOnDisk();
        files.Remove("002_cc8be146a8ed5ffc.txt");
        Assert.Contains("\"002_cc8be146a8ed5ffc.txt\"", Assert.Throws<InvalidDataException>(() => Load(files)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidJson_FailsNamingTheJsonPath()
    {
        var files = SeedFilesOnDisk();
        Edit(files, "corpus.json", "\"unit\": \"km2\"", "\"unit\": \"square miles\"");
        var e = Assert.Throws<InvalidDataException>(() => Load(files));
        Assert.Contains("$.estimates[", e.Message, StringComparison.Ordinal);
        Assert.Contains("unit", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownNonBodyKind_FailsNamingThePathAndKind()
    {
        var files = SeedFilesOnDisk();
        Edit(files, "corpus.json", "\"kind\": \"app-promotion\"", "\"kind\": \"advert\"");
        var e = Assert.Throws<InvalidDataException>(() => Load(files));
        Assert.Contains("$.documents[4].nonBody[", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"advert\" is not a NonBodyKind value", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TextFileNotNamedByItsId_IsRejected()
    {
        var files = SeedFilesOnDisk();
        Edit(files, "corpus.json", "\"file\": \"003_66b8ffca2f479578.txt\"", "\"file\": \"other.txt\"");
        files["other.txt"] = files["003_66b8ffca2f479578.txt"];
        Assert.Contains("\"003_66b8ffca2f479578.txt\"", Assert.Throws<InvalidDataException>(() => Load(files)).Message, StringComparison.Ordinal);
    }
}
