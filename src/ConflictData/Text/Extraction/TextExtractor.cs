using System.Collections.Immutable;
using ConflictData.Text.Scanning;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Reads every quantity, every date expression and every word of estimative probability out of a
/// <see cref="Document"/>, each with its span and exact quoted text: the quantities with a <see cref="QuantityScanner"/>,
/// the dates with <see cref="DateScanner"/> resolved against the document's publication time, the likelihoods with a
/// <see cref="LikelihoodScanner"/>.
/// </summary>
/// <remarks>
/// <para>Where a quantity or a likelihood overlaps a date the date wins, because a number inside a date expression ("24 March 2019",
/// "a 2016 mass shooting") is part of the date, never a figure. The quantity scanner already refuses most such
/// numbers itself; this rule makes the two halves agree by construction.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var document = new Document(new DocumentId("rnz"), text, PublicationTime.OnDate(new LocalDate(2019, 3, 24)));
/// ExtractionResult found = TextExtractor.Default.Extract(document);
/// foreach (QuantityMention q in found.Quantities) Console.WriteLine(q);   // [1969..2001) "between 14,000 and 18,000 militants" → ...
/// </code>
/// </example>
public sealed class TextExtractor
{
    /// <summary>Creates an extractor.</summary>
    /// <param name="quantities">The quantity scanner (and so the approximation policy); <c>null</c> for <see cref="QuantityScanner.Default"/>.</param>
    /// <param name="likelihoods">The likelihood scanner (and so the likelihood policy); <c>null</c> for <see cref="LikelihoodScanner.Default"/>.</param>
    public TextExtractor(QuantityScanner? quantities = null, LikelihoodScanner? likelihoods = null)
    {
        Quantities = quantities ?? QuantityScanner.Default;
        Likelihoods = likelihoods ?? LikelihoodScanner.Default;
    }

    /// <summary>An extractor with the default quantity scanner.</summary>
    public static TextExtractor Default { get; } = new();

    /// <summary>The quantity scanner.</summary>
    public QuantityScanner Quantities { get; }

    /// <summary>The likelihood scanner.</summary>
    public LikelihoodScanner Likelihoods { get; }

    /// <summary>Every quantity, date expression and estimative expression in <paramref name="document"/>.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ExtractionResult Extract(Document document)
    {
        Preconditions.CheckNotNull(document, nameof(document));
        int? lastYear = null;
        return Extract(document, ref lastYear, out _);
    }

    /// <summary>
    /// As <see cref="Extract(Document)"/> for a piece of a longer text, carrying the year "that year" reads from one
    /// piece to the next (see <see cref="DateScanner.Scan(string, PublicationTime?, ref int?, out bool, out long, TokenStream?)"/>).
    /// </summary>
    internal ExtractionResult Extract(Document document, ref int? lastYear, out bool readEarlierYear)
    {
        string text = document.Text;
        var shared = TokenStream.LexWhole(text);
        try
        {
            var dates = DateScanner.Default.Scan(text, document.Published, ref lastYear, out readEarlierYear, out _, shared);
            var quantities = WithoutDates(Quantities.Scan(text, shared ?? new TokenStream(text), out _), dates);
            var likelihoods = WithoutDates(Likelihoods.Scan(text, shared ?? new TokenStream(text), out _), dates);
            return new ExtractionResult(document.Id, quantities, dates, likelihoods);
        }
        finally
        {
            shared?.Release();
        }
    }

    /// <summary>The mentions that overlap no date; both lists are in text order and free of overlaps, so one
    /// merge-like pass finds every overlap. Most texts have none, and then the list itself is the answer, not a copy.</summary>
    private static ImmutableArray<T> WithoutDates<T>(ImmutableArray<T> mentions, ImmutableArray<DateMention> dates) where T : Mention
    {
        ImmutableArray<T>.Builder? kept = null;
        int d = 0;
        for (int m = 0; m < mentions.Length; m++)
        {
            var mention = mentions[m];
            while (d < dates.Length && dates[d].Span.End <= mention.Span.Start)
            {
                d++;
            }
            bool overlaps = d < dates.Length && dates[d].Span.OverlapsWith(mention.Span);
            if (overlaps && kept is null)
            {
                kept = ImmutableArray.CreateBuilder<T>(mentions.Length - 1);
                kept.AddRange(mentions.AsSpan(0, m));
            }
            else if (!overlaps)
            {
                kept?.Add(mention);
            }
        }
        return kept?.ToImmutable() ?? mentions;
    }
}
