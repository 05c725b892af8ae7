using System;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// What makes estimates estimates of one quantity: the measurand (indicator, actor, places as a set, region,
/// qualifiers) and the unit's family — counts of the same noun together, money in any currency together.
/// </summary>
/// <remarks>
/// <para>Estimates with equal keys are grouped; their reference times then decide which of them are reconciled
/// together. Part and whole are relations between keys, not equality (<see cref="PartWholeRelations"/>).</para>
/// <para><see cref="Split"/> sets a key apart without changing what it measures: the reconciler uses it for a forbidden
/// pairing, and a custom key function may use it for anything else. This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var key = QuantityKey.From(SeedCorpus.Load().GetEstimate("004-guterres-militants-iraq-syria"));
/// string name = key.ToString();   // "fighters of IS in IQ+SY (person)"
/// </code>
/// </example>
public sealed class QuantityKey : IEquatable<QuantityKey>
{
    // Computed once: a key is immutable, and grouping hashes it once per estimate.
    private readonly int hashCode;

    /// <summary>Creates a key.</summary>
    /// <param name="measurand">What is measured.</param>
    /// <param name="unitFamily">Which values compare: a counted noun ("person"), "money", or another unit code.</param>
    /// <param name="split">A discriminator that keeps otherwise equal keys apart, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="unitFamily"/> or a given <paramref name="split"/> is blank.</exception>
    public QuantityKey(Measurand measurand, string unitFamily, string? split = null)
    {
        Measurand = Preconditions.CheckNotNull(measurand, nameof(measurand));
        UnitFamily = Preconditions.CheckNotBlank(unitFamily, nameof(unitFamily));
        Split = split is null ? null : Preconditions.CheckNotBlank(split, nameof(split));
        hashCode = HashCode.Combine(Measurand, StringComparer.Ordinal.GetHashCode(UnitFamily), Split);
    }

    /// <summary>What is measured.</summary>
    public Measurand Measurand { get; }

    /// <summary>Which values compare: the counted noun, "money", or another unit code.</summary>
    public string UnitFamily { get; }

    /// <summary>A discriminator that keeps otherwise equal keys apart, or null.</summary>
    public string? Split { get; }

    /// <summary>The default key of an estimate: its measurand and its unit's family.</summary>
    public static QuantityKey From(Estimate estimate)
    {
        Preconditions.CheckNotNull(estimate, nameof(estimate));
        return new QuantityKey(estimate.Measurand, FamilyOf(estimate.Quantity.Unit));
    }

    /// <summary>The family of a unit: "money" for every currency, otherwise the unit's code.</summary>
    public static string FamilyOf(Unit unit) => Preconditions.CheckNotNull(unit, nameof(unit)).Dimension == Dimension.Money ? "money" : unit.Code;

    /// <summary>This key set apart by <paramref name="split"/>.</summary>
    public QuantityKey WithSplit(string split) => new(Measurand, UnitFamily, split);

    /// <inheritdoc />
    public bool Equals(QuantityKey? other) =>
        ReferenceEquals(this, other)
        || (other is not null && hashCode == other.hashCode && Measurand.Equals(other.Measurand)
            && string.Equals(UnitFamily, other.UnitFamily, StringComparison.Ordinal)
            && string.Equals(Split, other.Split, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as QuantityKey);

    /// <inheritdoc />
    public override int GetHashCode() => hashCode;

    /// <summary>A readable name, such as "fighters [foreign] of IS in IQ+SY (person)"; a split is appended as " #split".</summary>
    public override string ToString() => Split is null ? $"{Measurand} ({UnitFamily})" : $"{Measurand} ({UnitFamily}) #{Split}";
}
