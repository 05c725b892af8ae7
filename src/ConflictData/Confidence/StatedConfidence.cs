using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A confidence the text itself states about a figure or judgement ("did not have a lot of confidence in those
/// figures", "most likely", "99 percent"), kept as words, a coarse level and, where the words give one, a probability.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with component-wise equality.</remarks>
public sealed class StatedConfidence : IEquatable<StatedConfidence>
{
    /// <summary>Creates a stated confidence.</summary>
    /// <param name="text">The words as stated.</param>
    /// <param name="level">The coarse level they express.</param>
    /// <param name="probability">A probability from 0 to 1 when the words state one ("99 percent" → 0.99).</param>
    /// <param name="statedBy">Who stated it, when not the figure's own source (US commanders doubting the Coalition's figures).</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">The text is empty, white space or padded with it, or the level is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The probability is outside [0, 1].</exception>
    public StatedConfidence(string text, ConfidenceLevel level, decimal? probability = null, Source? statedBy = null)
    {
        Text = Preconditions.CheckText(text, nameof(text));
        Preconditions.CheckDefined(level, nameof(level));
        Preconditions.CheckRange(probability is null or (>= 0 and <= 1), nameof(probability), probability, "A probability must be from 0 to 1.");
        Level = level;
        Probability = probability;
        StatedBy = statedBy;
    }

    /// <summary>The words as stated.</summary>
    public string Text { get; }

    /// <summary>The coarse level.</summary>
    public ConfidenceLevel Level { get; }

    /// <summary>The stated probability from 0 to 1, if any.</summary>
    public decimal? Probability { get; }

    /// <summary>Who stated the confidence, when it is not the figure's own source.</summary>
    public Source? StatedBy { get; }

    /// <inheritdoc />
    public bool Equals(StatedConfidence? other) =>
        other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal) && Level == other.Level
        && Probability == other.Probability && Equals(StatedBy, other.StatedBy);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as StatedConfidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), Level, Probability, StatedBy);

    /// <summary>Compares two stated confidences component-wise.</summary>
    public static bool operator ==(StatedConfidence? left, StatedConfidence? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two stated confidences component-wise.</summary>
    public static bool operator !=(StatedConfidence? left, StatedConfidence? right) => !(left == right);

    /// <summary>"“most likely” (High)".</summary>
    public override string ToString() => $"“{Text}” ({Level})";
}
