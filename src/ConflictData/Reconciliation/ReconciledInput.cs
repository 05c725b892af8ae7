using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace ConflictData.Reconciliation;

/// <summary>
/// One estimate as a reconciled group used it: its quote, origin and further citations, its value as stated and as
/// compared (after conversion and normalisation), its times and reliability, and its role — with the reason when it was
/// left out.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ReconciledInput
{
    internal ReconciledInput(Estimate estimate, string? originKey, ImmutableArray<Estimate> citations, RangedValue? compared,
        CurrencyConversion? conversion, object? normalisation, DateInterval? referenceTime, string? grouping, InputOutcome outcome)
    {
        Grouping = grouping ?? "the same quantity key";
        Estimate = estimate;
        OriginKey = originKey;
        Citations = citations;
        Compared = compared;
        Conversion = conversion;
        this.normalisation = normalisation;
        ReferenceTime = referenceTime;
        Outcome = outcome;
    }

    /// <summary>The estimate.</summary>
    public Estimate Estimate { get; }

    /// <summary>The estimate's id.</summary>
    public string Id => Estimate.Id;

    /// <summary>The exact words of the figure, or the estimate in canonical English when it has no evidence.</summary>
    public string Quote => Estimate.Evidence.IsEmpty ? Estimate.ToString() : Estimate.Evidence[0].Quote;

    /// <summary>The document the figure was quoted from, if any.</summary>
    public DocumentId? Document => Estimate.Evidence.IsEmpty ? null : Estimate.Evidence[0].Document;

    /// <summary>The origin: the last link of the estimate's first source chain, or null when it has no source.</summary>
    public Source? Origin => Estimate.Sources.IsEmpty ? null : Estimate.Sources[0].Origin;

    /// <summary>The normalised key of <see cref="Origin"/>, or null.</summary>
    public string? OriginKey { get; }

    /// <summary>Other estimates reporting the same estimate of the same origin, counted once with this one.</summary>
    public ImmutableArray<Estimate> Citations { get; }

    /// <summary>The value as stated.</summary>
    public Quantity Stated => Estimate.Quantity;

    /// <summary>The value as the rule saw it, in the group's unit, or null when the input never reached the rule.</summary>
    public RangedValue? Compared { get; }

    /// <summary>The currency conversion made, or null.</summary>
    public CurrencyConversion? Conversion { get; }

    /// <summary>The normalisation of exclusive bounds made, in words, or null.</summary>
    public string? Normalisation => normalisation?.ToString();

    // The words as text, or as a DeferredText made only when read.
    private readonly object? normalisation;

    /// <summary>The dates the figure is about, as compared (see <see cref="Reconciler.ReferenceInterval"/>), or null.</summary>
    public DateInterval? ReferenceTime { get; }

    /// <summary>Why the estimate is in this group: "the same quantity key", or a forced or forbidden pairing.</summary>
    public string Grouping { get; }

    /// <summary>What the input did and, when left out, why.</summary>
    public InputOutcome Outcome { get; }

    /// <summary>The input's role.</summary>
    public InputRole Role => Outcome.Role;

    /// <summary>Whether the input was left out of the result.</summary>
    public bool IsDropped => Outcome.IsDropped;

    /// <summary>The ids of this estimate and its citations.</summary>
    public ImmutableArray<string> CitationIds => [Id, .. Citations.Select(c => c.Id)];

    /// <summary>The id, quote and role.</summary>
    public override string ToString() => $"{Id} “{Quote}”: {InputOutcome.Describe(Role)}";
}
