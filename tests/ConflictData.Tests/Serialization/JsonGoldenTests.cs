using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using ConflictData.Serialization;
using ConflictData.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Serialization;

/// <summary>
/// The exact bytes the writers produce, pinned by SHA-256 for texts too large to keep beside the test: the seed
/// estimates, and 300 generated estimates (fixed seed) that reach every tz zone shape, year 1 to 9999 and 28-digit
/// decimals. A change of converter, encoder or option that alters one byte fails here; if the change is a deliberate
/// extension of docs/json-format.md, put the new hash here in the same commit.
/// </summary>
public class JsonGoldenTests
{
    [Fact]
    public void SeedEstimates_WriteTheSameBytes() =>
        Assert.Equal("e5409ae2d6b53945befd110a1de90a9e62d47d7afb3c27d13be2ea4ecbd0097e", Sha256(EstimateJson.Serialize(SeedCorpus.Estimates)));

    [Fact]
    public void GeneratedEstimates_WriteTheSameBytes() =>
        Assert.Equal("f6b7474a43d837253f746a4ce9efa1482176a81562859f6295af4079d5f95af3", Sha256(EstimateJson.Serialize(Generated(300))));

    private static Estimate[] Generated(int count) =>
        Gen.CollectToArray(Enumerable.Range(0, count), i => ModelGenerators.EstimateWithId(Gen.Constant("e" + i.ToString(CultureInfo.InvariantCulture))))
            .Sample(1, new Rnd(20190324), 10)[0];

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
