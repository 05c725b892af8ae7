using System.Collections.Immutable;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Reads every quantity and every date expression out of a <see cref="Document"/>, each with its span and exact
/// quoted text: the quantities with a <see cref="QuantityScanner"/>, the dates with <see cref="DateScanner"/>
/// resolved against the document's publication time.
/// </summary>
/// <remarks>
/// <para>Where the two overlap the date wins, because a number inside a date expression ("24 March 2019",
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
    public TextExtractor(QuantityScanner? quantities = null) => Quantities = quantities ?? QuantityScanner.Default;

    /// <summary>An extractor with the default quantity scanner.</summary>
    public static TextExtractor Default { get; } = new();

    /// <summary>The quantity scanner.</summary>
    public QuantityScanner Quantities { get; }

    /// <summary>Every quantity and date expression in <paramref name="document"/>.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="document"/> is null.</exception>
    public ExtractionResult Extract(Document document)
    {
        Preconditions.CheckNotNull(document, nameof(document));
        var dates = DateScanner.Default.Scan(document.Text, document.Published);
        var quantities = Quantities.Scan(document.Text);
        var kept = ImmutableArray.CreateBuilder<QuantityMention>(quantities.Length);
        int d = 0;
        foreach (var quantity in quantities)
        {
            // Both lists are in text order and free of overlaps, so one merge-like pass finds every overlap.
            while (d < dates.Length && dates[d].Span.End <= quantity.Span.Start)
            {
                d++;
            }
            if (d == dates.Length || !dates[d].Span.OverlapsWith(quantity.Span))
            {
                kept.Add(quantity);
            }
        }
        return new ExtractionResult(document.Id, kept.ToImmutable(), dates);
    }
}
