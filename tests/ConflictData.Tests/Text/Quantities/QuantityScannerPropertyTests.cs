using System;
using System.Linq;
using System.Text;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Text.Extraction;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Text.Quantities;

/// <summary>
/// The scanner is total (no exception on any text) and linear: its work, counted in token inspections, is bounded by
/// a constant times the text's length, and grows in proportion when an adversarial text grows.
/// </summary>
public class QuantityScannerPropertyTests
{
    // Fragments that exercise every branch of the grammar, glued at random with and without spaces.
    private static readonly string[] Fragments =
    [
        "between", "and", "from", "to", "-", "–", "~", "some", "about", "more than", "up to", "or so", "or more", "as many as",
        "is estimated to have", "an estimated", "a", "a handful", "hundreds", "tens of thousands", "of", "several", "hundred",
        "one", "twenty-five", "million", "dozen", "9", "45,000", "2,\\000", "2.5", "m", "bn", "£", "$", "US$", "USD", "%",
        "percent", "per", "cent", "month", "months", "ago", "square", "kilometres", "km2", "fighters", "IS", "\"", "“", "”",
        "(", ")", "best", "estimate", ",", ".", ":", "/", "March", "2014", "22-07-2017", "7:25", "pm", "part", "the", "down",
        "minus", "\n", "\u00A0", "\u200B", "99999999999999999999999999999999", "0.0000000000000000000000000000001",
    ];

    private static readonly Arbitrary<string> Texts = Arb.From(
        Gen.ArrayOf(Gen.Zip(Gen.Elements(Fragments), Gen.Elements(" ", "", "  ", "\n")).Select(p => p.Item1 + p.Item2))
            .Select(parts => string.Concat(parts)),
        text => Enumerable.Range(1, Math.Max(0, text.Length - 1)).Select(n => text[..n]).Reverse().Take(20));

    [Property(MaxTest = 3000)]
    public Property Scan_FragmentSoup_NeverThrowsAndQuotesItsSpans() =>
        Prop.ForAll(Texts, text =>
        {
            var found = QuantityScanner.Default.Scan(text);
            return found.All(m => m.Text == text.Substring(m.Span.Start, m.Span.Length));
        });

    [Property(MaxTest = 3000)]
    public Property Scan_AnyString_NeverThrows() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => QuantityScanner.Default.Scan(text ?? "").Length >= 0)
            ;

    [Property(MaxTest = 1000)]
    public Property Scan_FragmentSoup_WorkIsBoundedByLength() =>
        Prop.ForAll(Texts, text =>
        {
            QuantityScanner.Default.Scan(text, out long steps);
            return steps <= WorkPerCharacter * (text.Length + 1);
        });

    /// <summary>The constant of the linear bound: generous, but fixed whatever the text.</summary>
    private const long WorkPerCharacter = 64;

    public static readonly TheoryData<string> Adversaries = new()
    {
        "between ",
        "between between 5 and ",
        "9",
        "1,000",
        ",",
        "2,\\",
        "one ",
        "one hundred and ",
        "more than more than ",
        "a a handful ",
        "- ",
        "1-",
        "$",
        "£39m-",
        "hundreds of ",
        "300 or so IS IS IS ",
        "\"",
        "is estimated to have between ",
    };

    [Theory]
    [MemberData(nameof(Adversaries))]
    public void Scan_AdversarialRepetition_WorkGrowsLinearly(string unit) =>
        LinearWork.AssertGrowsLinearly(unit, 4_000, WorkPerCharacter, text =>
        {
            QuantityScanner.Default.Scan(text, out long steps);
            return steps;
        });

    [Fact]
    public void Scan_MegabyteOfDigitsAndSeparators_FinishesWithoutAQuantity()
    {
        Assert.Empty(QuantityScanner.Default.Scan(new string('7', 1 << 20)));
        Assert.Empty(QuantityScanner.Default.Scan(new string(',', 1 << 20)));
        string groups = "1" + new StringBuilder().Insert(0, ",000", 1 << 18);
        Assert.Empty(QuantityScanner.Default.Scan(groups));
    }

    [Fact]
    public void Scan_Seeds_SameUnderHostileCultures()
    {
        foreach (string id in SeedDocuments.All)
        {
            string text = SeedDocuments.Text(id);
            CultureScope.AssertInvariant(() => string.Join("\n", QuantityScanner.Default.Scan(text).Select(m => m.ToString())));
        }
    }
}
