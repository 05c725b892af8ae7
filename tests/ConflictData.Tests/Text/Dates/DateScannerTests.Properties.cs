using System;
using System.Linq;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Text.Dates;

/// <summary>Totality, linear work and culture invariance of the scanner on any input.</summary>
public partial class DateScannerTests
{
    [Property(MaxTest = 2000)]
    public Property Scan_AnyText_NeverThrows_AndGivesOrderedDisjointInBoundsSpansWithTheirExactText() =>
        Prop.ForAll(DateTextGenerators.Text, DateTextGenerators.Published.ToArbitrary(), (text, published) =>
        {
            var mentions = DateScanner.Default.Scan(text, published);
            int previousEnd = 0;
            foreach (DateMention mention in mentions)
            {
                if (mention.Span.Start < previousEnd || mention.Span.IsEmpty || mention.Span.End > text.Length
                    || !string.Equals(mention.Text, text.Substring(mention.Span.Start, mention.Span.Length), StringComparison.Ordinal)
                    || mention.Resolution.Error?.Code is ParseErrorCode.Unrecognized or ParseErrorCode.TrailingText
                    || (mention.Resolution.Error is { } error && error.Span != mention.Span))
                {
                    return false;
                }
                previousEnd = mention.Span.End;
            }
            return true;
        });

    [Property(MaxTest = 2000)]
    public Property Scan_EveryResolvedMention_ParsesBackOnItsOwnToTheSameValue_WhenNotAnaphoric() =>
        Prop.ForAll(DateTextGenerators.Text, DateTextGenerators.Published.ToArbitrary(), (text, published) =>
            DateScanner.Default.Scan(text, published)
                .Where(m => !m.Text.Contains("that", StringComparison.OrdinalIgnoreCase))
                .All(m => SameOutcome(DateParser.Default.Parse(m.Text, published), m.Resolution)));

    // The same value and flag, or the same failure: the spans differ, one counting in the phrase, one in the text.
    private static bool SameOutcome(ParseResult<ReferenceTime> alone, ParseResult<ReferenceTime> inText) =>
        alone.Success
            ? inText.Success && alone.IsAmbiguous == inText.IsAmbiguous && alone.Value.Equals(inText.Value)
            : !inText.Success && alone.Error.Code == inText.Error.Code && alone.Error.Message == inText.Error.Message;

    [Theory]
    [InlineData("1")]
    [InlineData("in ")]
    [InlineData(" ")]
    [InlineData("-")]
    [InlineData("1-")]
    [InlineData("a")]
    [InlineData("in a")]
    [InlineData("March ")]
    [InlineData("March 12, ")]
    [InlineData("late February and ")]
    [InlineData("the past the end of ")]
    [InlineData("by the end of that ")]
    [InlineData("22-07-")]
    [InlineData("mid-mid-")]
    [InlineData("Friday, ")]
    [InlineData("in\u00A0")]
    [InlineData("12 ")]
    [InlineData("22.07.")]
    [InlineData("Q3 FY")]
    [InlineData("mid-March's ")]
    [InlineData("New Year's ")]
    public void Scan_RepeatedAdversarialPattern_DoesWorkLinearInLength(string pattern)
    {
        long small = WorkFor(pattern, 20_000);
        long large = WorkFor(pattern, 160_000);
        Assert.InRange(large, 1, 48L * 160_000);
        Assert.InRange((double)large / small, 0, 8 * 1.05);
    }

    [Fact]
    public void Scan_MegabyteOfSeparatorsBetweenPrepositionAndYear_IsLinearAndFindsOnlyTheYear()
    {
        string text = "in" + new string(' ', 1_000_000) + "2014" + new string(',', 1_000_000) + new string('9', 1_000_000);
        var mentions = DateScanner.Default.Scan(text, null, out long work);
        Assert.Empty(mentions);
        Assert.InRange(work, 1, 4L * text.Length);
    }

    [Fact]
    public void Scan_SeedsAndParses_AreTheSameUnderHostileCultures() =>
        CultureScope.AssertInvariant(() => string.Join("\n",
            Enumerable.Range(0, SeedArticles.Ids.Length)
                .SelectMany(i => DateScanner.Default.Scan(SeedArticles.Text(i), SeedArticles.Published[i]))
                .Select(m => m.ToString() + " | " + m.Resolution.Error?.Message)
                .Concat(new[] { "since 2014", "as of October 2017", "11-20 March 2019", "mid-March", "on Friday", "nonsense" }
                    .Select(p => DateParser.Default.Parse(p, SeedArticles.VoaRaqqa).ToString()))
                .Append(DateFormatter.Format(DateRange.Span(new NodaTime.LocalDate(2018, 12, 28), new NodaTime.LocalDate(2019, 1, 3))))));

    private static long WorkFor(string pattern, int length)
    {
        string text = string.Concat(Enumerable.Repeat(pattern, (length / pattern.Length) + 1))[..length];
        DateScanner.Default.Scan(text, SeedArticles.Rudaw, out long work);
        return work;
    }
}
