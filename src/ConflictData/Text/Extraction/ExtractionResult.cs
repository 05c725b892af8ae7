using System.Collections.Immutable;

namespace ConflictData.Text;

/// <summary>What <see cref="TextExtractor"/> found in one document: its quantities and its dates, each in text order.</summary>
/// <remarks>This type is immutable and thread-safe. Equality is by reference: an extraction is a result, not a value.</remarks>
public sealed class ExtractionResult
{
    internal ExtractionResult(DocumentId document, ImmutableArray<QuantityMention> quantities, ImmutableArray<DateMention> dates)
    {
        Document = document;
        Quantities = quantities;
        Dates = dates;
    }

    /// <summary>The document the mentions point into.</summary>
    public DocumentId Document { get; }

    /// <summary>The quantity phrases, in text order, none overlapping each other or a date.</summary>
    public ImmutableArray<QuantityMention> Quantities { get; }

    /// <summary>The date expressions, in text order, none overlapping.</summary>
    public ImmutableArray<DateMention> Dates { get; }

    /// <summary>Evidence for a quantity or date mention: this document, the mention's span and its exact text.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="mention"/> is null.</exception>
    public Evidence EvidenceFor(Mention mention) =>
        new(Document, Utility.Preconditions.CheckNotNull(mention, nameof(mention)).Span, mention.Text);

    /// <summary>"doc: 20 quantities, 14 dates".</summary>
    public override string ToString() => $"{Document}: {Quantities.Length} quantities, {Dates.Length} dates";
}
