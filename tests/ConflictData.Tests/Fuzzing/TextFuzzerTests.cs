using System;
using System.Collections.Generic;
using System.Globalization;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Fuzzing;

/// <summary>
/// The never-throw promise under grammar-aware fuzzing. By default 100,000 texts from seed 1, a few seconds;
/// <c>FUZZ_ITERATIONS=10000000 FUZZ_SEED=1000 dotnet test ... --filter TextFuzzerTests</c> runs longer from any seed.
/// </summary>
public class TextFuzzerTests
{
    private const long DefaultIterations = 100_000;

    private const int DefaultSeed = 1;

    [Fact]
    public void EveryFuzzedText_KeepsTheLaws()
    {
        long iterations = Setting("FUZZ_ITERATIONS", DefaultIterations);
        int seed = (int)Setting("FUZZ_SEED", DefaultSeed);
        var outcome = TextFuzzer.Run(seed, iterations);
        Assert.True(outcome.Failure is null, outcome.Failure);
        Assert.Equal(iterations, outcome.Texts);
        Assert.Equal(2 * iterations, outcome.RoundTrips);
    }

    [Fact]
    public void Vocabulary_IsReadFromTheLibrarysOwnTables()
    {
        Assert.Contains("dozen", FuzzVocabulary.NumberWords);
        Assert.Contains("between … and", FuzzVocabulary.HedgePhrases);
        Assert.Contains("dollars", FuzzVocabulary.CurrencyWords);
        Assert.Contains("USD", FuzzVocabulary.CurrencyCodes);
        Assert.Contains("militants", FuzzVocabulary.PeopleNouns);
        Assert.Contains("months", FuzzVocabulary.TimeUnits);
        Assert.Contains("September", FuzzVocabulary.Months);
        Assert.Contains("resolution", FuzzVocabulary.CountEntities);
        Assert.DoesNotContain("dollar", FuzzVocabulary.CountEntities);
    }

    [Fact]
    public void Failure_NamesItsSeedAndTheMinimalText()
    {
        var outcome = TextFuzzer.Run(41, 10, text => text.Length > 0 ? "a law is broken" : null);
        Assert.Equal(1, outcome.Texts);
        Assert.StartsWith("FUZZ_SEED=41 FUZZ_ITERATIONS=1 fails on text \"", outcome.Failure, StringComparison.Ordinal);
        Assert.Matches(@"minimal text ""([^""\\]|\\u[0-9A-F]{4})"": a law is broken$", outcome.Failure);
    }

    [Fact]
    public void Shrink_DropsPiecesThenCharactersWhileTheFailureStays()
    {
        var pieces = new List<string> { "about", " ", "5", " ", "fighters", " ", "and", " ", "-5", "." };
        Assert.Equal("-5", TextFuzzer.Shrink(pieces, text => text.Contains("-5", StringComparison.Ordinal) ? "fails" : null));
        Assert.Equal("\"a\\u00A0b\\uD800\"", TextFuzzer.Escape("a\u00A0b\uD800"));
    }

    [Property(Arbitrary = new[] { typeof(FuzzArbitraries) })]
    public void FormattedQuantity_OverEveryDecimalAndVocabularyNoun_ParsesBack(Quantity quantity) =>
        Assert.Null(FuzzChecks.CheckRoundTrip(quantity));

    private static long Setting(string name, long fallback) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? long.Parse(value, CultureInfo.InvariantCulture) : fallback;
}

/// <summary>Quantities over every decimal in units the vocabulary names, for <c>[Property]</c> tests.</summary>
public static class FuzzArbitraries
{
    /// <summary>One quantity per seed, from the fuzzer's generator.</summary>
    public static Arbitrary<Quantity> Quantity() =>
        Gen.Choose(int.MinValue, int.MaxValue).Select(seed => FuzzTextGenerator.Quantity(new Random(seed))).ToArbitrary();
}
