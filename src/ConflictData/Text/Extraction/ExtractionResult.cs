using System.Collections.Immutable;

namespace ConflictData.Text;

/// <summary>What <see cref="TextExtractor"/> found in one document: its quantities, its dates and its words of
/// estimative probability, each in text order.</summary>
/// <remarks>This type is immutable and thread-safe. Equality is by reference: an extraction is a result, not a value.</remarks>
public sealed class ExtractionResult
{
    internal ExtractionResult(DocumentId document, ImmutableArray<QuantityMention> quantities, ImmutableArray<DateMention> dates,
        ImmutableArray<LikelihoodMention> likelihoods)
    {
        Document = document;
        Quantities = quantities;
        Dates = dates;
        Likelihoods = likelihoods;
    }

    /// <summary>The document the mentions point into.</summary>
    public DocumentId Document { get; }

    /// <summary>The quantity phrases, in text order, none overlapping each other or a date.</summary>
    public ImmutableArray<QuantityMention> Quantities { get; }

    /// <summary>The date expressions, in text order, none overlapping.</summary>
    public ImmutableArray<DateMention> Dates { get; }

    /// <summary>
    /// The estimative expressions ("likely", "We believe 99 percent"), in text order, none overlapping each other or a date.
    /// They may overlap a quantity: "99 percent" in "We believe 99 percent" is both a figure and a probability.
    /// </summary>
    public ImmutableArray<LikelihoodMention> Likelihoods { get; }

    /// <summary>Evidence for a quantity, date or likelihood mention: this document, the mention's span and its exact text.</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="mention"/> is null.</exception>
    public Evidence EvidenceFor(Mention mention) =>
        new(Document, Utility.Preconditions.CheckNotNull(mention, nameof(mention)).Span, mention.Text);

    /// <summary>"doc: 20 quantities, 14 dates".</summary>
    public override string ToString() => $"{Document}: {Quantities.Length} quantities, {Dates.Length} dates";
}
