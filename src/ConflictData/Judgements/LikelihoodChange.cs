using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A comparative judgement ("less likely than we first assessed"): a move against an earlier judgement, recorded as
/// such rather than turned into a number the words never gave.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with component-wise equality.</remarks>
/// <example>
/// <code>
/// var change = new LikelihoodChange("less likely than we first assessed", LikelihoodDirection.Lower, "000-rasmussen-outflows-feared");
/// Console.WriteLine(change); // lower: “less likely than we first assessed” (than 000-rasmussen-outflows-feared)
/// </code>
/// </example>
public sealed class LikelihoodChange : IEquatable<LikelihoodChange>
{
    /// <summary>Creates a change.</summary>
    /// <param name="words">The comparative words as stated.</param>
    /// <param name="direction">Which way the likelihood moved.</param>
    /// <param name="relativeTo">The id of the earlier judgement, when it is known; a judgement id's rules apply.</param>
    /// <exception cref="ArgumentNullException"><paramref name="words"/> is null.</exception>
    /// <exception cref="ArgumentException">The words are blank or padded, the direction is undefined, or the id is malformed.</exception>
    public LikelihoodChange(string words, LikelihoodDirection direction, string? relativeTo = null)
    {
        Words = Preconditions.CheckNotBlank(words, nameof(words));
        Direction = Preconditions.CheckDefined(direction, nameof(direction));
        Preconditions.CheckArgument(relativeTo is null || Judgement.IsValidId(relativeTo), nameof(relativeTo),
            $"\"{relativeTo}\" is not a judgement id: use 1 to 200 ASCII letters, digits, '_', '-' or '.'.");
        RelativeTo = relativeTo;
    }

    /// <summary>The comparative words as stated.</summary>
    public string Words { get; }

    /// <summary>Which way the likelihood moved.</summary>
    public LikelihoodDirection Direction { get; }

    /// <summary>The id of the earlier judgement, if known.</summary>
    public string? RelativeTo { get; }

    /// <inheritdoc />
    public bool Equals(LikelihoodChange? other) =>
        other is not null && string.Equals(Words, other.Words, StringComparison.Ordinal) && Direction == other.Direction
        && string.Equals(RelativeTo, other.RelativeTo, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LikelihoodChange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Words), Direction, RelativeTo);

    /// <summary>Compares two changes component-wise.</summary>
    public static bool operator ==(LikelihoodChange? left, LikelihoodChange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two changes component-wise.</summary>
    public static bool operator !=(LikelihoodChange? left, LikelihoodChange? right) => !(left == right);

    /// <summary>"lower: “less likely than we first assessed” (than 000-…)", culture-invariant.</summary>
    public override string ToString() =>
        $"{(Direction == LikelihoodDirection.Lower ? "lower" : "higher")}: “{Words}”" + (RelativeTo is null ? "" : $" (than {RelativeTo})");
}
