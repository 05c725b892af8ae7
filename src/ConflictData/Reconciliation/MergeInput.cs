using System;
using ConflictData.Utility;
using NodaTime;

namespace ConflictData.Reconciliation;

/// <summary>
/// One value given to a <see cref="MergeRule"/>: an id, a <see cref="RangedValue"/> already in the group's unit, and
/// what the rules weigh — origin, reference and publication time, reliability, stated low confidence, vagueness, weight.
/// </summary>
/// <remarks>
/// Merge rules know nothing of estimates, so anything with a range can be merged: the reconciler builds inputs from
/// estimates, and a judgement's likelihood range ([0.55, 0.80] for "likely") merges the same way.
/// This type is immutable and thread-safe.
/// </remarks>
/// <example>
/// <code>
/// var guterres = new MergeInput("guterres", RangedValue.Between(14_000, 18_000), origin: "united nations",
///     referenceTime: new DateInterval(new LocalDate(2019, 2, 1), new LocalDate(2019, 2, 28)));
/// var jeffrey = new MergeInput("jeffrey", RangedValue.Between(15_000, 20_000));
/// var hull = MergeRules.Envelope.Merge([guterres, jeffrey]).Value;   // [14000, 20000]
/// </code>
/// </example>
public sealed class MergeInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="id">Unique among the inputs of one merge.</param>
    /// <param name="value">The value, in the unit of the merge.</param>
    /// <param name="origin">The origin's key (see <see cref="OriginNormalizer"/>); inputs of one origin are one source.</param>
    /// <param name="referenceTime">The dates the value is about, or null when unknown.</param>
    /// <param name="published">When the value was first published (the earliest possible day), or null when unknown.</param>
    /// <param name="reliability">The Admiralty grade of the source and information, if graded.</param>
    /// <param name="isLowConfidence">Whether a source stated low confidence in the value.</param>
    /// <param name="isVague">Whether the value is a vague quantity ("hundreds of") read as a range.</param>
    /// <param name="weight">An explicit weight for the pooled rule; null derives it from <paramref name="reliability"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is not positive.</exception>
    public MergeInput(string id, RangedValue value, string? origin = null, DateInterval? referenceTime = null,
        LocalDate? published = null, ReliabilityGrade? reliability = null, bool isLowConfidence = false, bool isVague = false,
        decimal? weight = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Value = Preconditions.CheckNotNull(value, nameof(value));
        Origin = origin;
        ReferenceTime = referenceTime;
        Published = published;
        Reliability = reliability;
        IsLowConfidence = isLowConfidence;
        IsVague = isVague;
        Preconditions.CheckRange(weight is null or > 0, nameof(weight), weight, "A weight must be positive.");
        this.weight = weight;
    }

    // Boxed when given: few inputs carry a weight, and a reconciliation keeps one input per estimate.
    private readonly object? weight;

    /// <summary>The id, unique among the inputs of one merge.</summary>
    public string Id { get; }

    /// <summary>The value.</summary>
    public RangedValue Value { get; }

    /// <summary>The origin's key, or null when unknown.</summary>
    public string? Origin { get; }

    /// <summary>The dates the value is about, or null.</summary>
    public DateInterval? ReferenceTime { get; }

    /// <summary>The earliest possible publication day, or null.</summary>
    public LocalDate? Published { get; }

    /// <summary>The Admiralty grade, or null when ungraded.</summary>
    public ReliabilityGrade? Reliability { get; }

    /// <summary>Whether a source stated low confidence in the value.</summary>
    public bool IsLowConfidence { get; }

    /// <summary>Whether the value is a vague quantity read as a range.</summary>
    public bool IsVague { get; }

    /// <summary>The explicit weight, or null.</summary>
    public decimal? Weight => (decimal?)weight;

    /// <summary>The id and value, such as "guterres [14000, 18000]".</summary>
    public override string ToString() => $"{Id} {Value}";
}
