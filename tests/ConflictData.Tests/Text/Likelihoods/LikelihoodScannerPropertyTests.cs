using System;
using System.Linq;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Text.Extraction;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Text.Likelihoods;

/// <summary>
/// The likelihood scanner is total (no exception on any text) and linear: its work, counted in token inspections, is
/// bounded by a constant times the text's length, and grows in proportion when an adversarial text grows.
/// </summary>
public class LikelihoodScannerPropertyTests
{
    private const long WorkPerCharacter = 16;

    /// <summary>Fragments that reach every reading rule, glued with and without spaces.</summary>
    public static class Arbitraries
    {
        private static readonly string[] Fragments =
        [
            "likely", "most", "less", "more", "than", "we", "first", "assessed", "probably", "not", "very", "highly", "almost",
            "certain", "certainly", "is", "I", "think", "tank", "do", "don't", "don’t", "believe", "99", "percent", "per", "cent",
            "%", "sure", "chance", "even", "roughly", "may", "May", "could", "might", "2019", "1,000", "-", "\n", "\u200B", ".",
            "fifty-fifty", "expected", "remote", "no", "99999999999999999999999999999999",
        ];

        public static Arbitrary<string> Text() => Arb.From(
            Gen.ArrayOf(Gen.Zip(Gen.Elements(Fragments), Gen.Elements(" ", "", "  ", "\n")).Select(p => p.Item1 + p.Item2))
                .Select(parts => string.Concat(parts)),
            text => Enumerable.Range(1, Math.Max(0, text.Length - 1)).Select(n => text[..n]).Reverse().Take(20));
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 2000)]
    public bool Scan_FragmentSoup_QuotesItsSpansInOrderWithinLinearWork(string text)
    {
        var found = LikelihoodScanner.Default.Scan(text, out long steps);
        bool ordered = found.Zip(found.Skip(1)).All(p => p.First.Span.End <= p.Second.Span.Start);
        return ordered && steps <= WorkPerCharacter * (text.Length + 1)
            && found.All(m => m.Text == text.Substring(m.Span.Start, m.Span.Length) && (m.Likelihood is null) == m.Phrase.IsComparative);
    }

    [Property(MaxTest = 2000)]
    public bool Scan_AnyString_NeverThrows(string? text) => LikelihoodScanner.Default.Scan(text ?? "").Length >= 0;

    public static readonly TheoryData<string> Adversaries = new()
    {
        "less likely than ", "less likely than we we we ", "could ", "could likely ", "we do not think ", "don't don't believe ",
        "believe 99 ", "99 percent ", "99 per ", "think think tank ", "may May ", "almost almost ", "roughly even ",
    };

    [Theory]
    [MemberData(nameof(Adversaries))]
    public void Scan_AdversarialRepetition_WorkGrowsLinearly(string unit) =>
        LinearWork.AssertGrowsLinearly(unit, 2_000, WorkPerCharacter, text =>
        {
            LikelihoodScanner.Default.Scan(text, out long steps);
            return steps;
        });

    [Fact]
    public void Scan_Seeds_SameUnderHostileCultures()
    {
        foreach (string id in SeedDocuments.All)
        {
            string text = SeedDocuments.Text(id);
            CultureScope.AssertInvariant(() => string.Join("\n", LikelihoodScanner.Default.Scan(text).Select(m => m.ToString())));
        }
    }
}
