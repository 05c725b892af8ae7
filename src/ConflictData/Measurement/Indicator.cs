using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// What a figure counts or measures, as a lower-case kebab-case code ("fighters", "foreign-fighters-returned").
/// The set is open: any well-formed code is valid; the static properties name the ones the seed corpus uses most.
/// </summary>
/// <remarks>
/// Indicators compare ordinally by code. This type is an immutable value type and is thread-safe.
/// The default value reports itself as "unspecified".
/// </remarks>
public readonly record struct Indicator : IComparable<Indicator>
{
    private const int MaxLength = 100;

    private readonly string? code;

    /// <summary>Creates an indicator.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not lower-case kebab-case (letters, digits, inner single hyphens; at most 100 characters).</exception>
    public Indicator(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        Preconditions.CheckArgument(IsValid(code), nameof(code),
            $"\"{code}\" is not an indicator code: use lower-case kebab-case such as foreign-fighters-returned (letters, digits, single inner hyphens, at most 100 characters).");
        this.code = code;
    }

    /// <summary>The code.</summary>
    public string Code => code ?? "unspecified";

    /// <summary>Armed members of a group: fighters, militants, members, "armed adherents".</summary>
    public static Indicator Fighters => new("fighters");

    /// <summary>Foreigners who travelled to join a group, cumulatively.</summary>
    public static Indicator ForeignFightersTravelled => new("foreign-fighters-travelled");

    /// <summary>Foreign fighters who have returned to their home countries.</summary>
    public static Indicator ForeignFightersReturned => new("foreign-fighters-returned");

    /// <summary>Fighters thought to be at large after the fall of territory.</summary>
    public static Indicator FightersAtLarge => new("fighters-at-large");

    /// <summary>Fighters held in detention or captured.</summary>
    public static Indicator FightersDetained => new("fighters-detained");

    /// <summary>Money a group has or takes in, when the text does not say whether it is revenue or cash.</summary>
    public static Indicator Funds => new("funds");

    /// <summary>Money a group has taken in or holds as revenue: "an estimated $50 million to $300 million in revenue".</summary>
    public static Indicator Revenue => new("revenue");

    /// <summary>Money a group holds in cash: "between £39m-231m in cash".</summary>
    public static Indicator Cash => new("cash");

    /// <summary>Territory controlled.</summary>
    public static Indicator Territory => new("territory");

    /// <summary>A reward offered for a person.</summary>
    public static Indicator Bounty => new("bounty");

    /// <summary>Whether a code is well formed: lower-case kebab-case of 1 to 100 characters, and not "unspecified",
    /// which is reserved for the default value.</summary>
    public static bool IsValid(string? code) => CodeSyntax.IsKebabCase(code, MaxLength) && code != "unspecified";

    // Equality, hashing and ordering go through Code, so the default value equals the code it reports itself as;
    // the record supplies Equals(object), == and != on top of Equals(Indicator).

    /// <inheritdoc />
    public bool Equals(Indicator other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public int CompareTo(Indicator other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Orders indicators by code, ordinally.</summary>
    public static bool operator <(Indicator left, Indicator right) => left.CompareTo(right) < 0;

    /// <summary>Orders indicators by code, ordinally.</summary>
    public static bool operator >(Indicator left, Indicator right) => left.CompareTo(right) > 0;

    /// <summary>Orders indicators by code, ordinally.</summary>
    public static bool operator <=(Indicator left, Indicator right) => left.CompareTo(right) <= 0;

    /// <summary>Orders indicators by code, ordinally.</summary>
    public static bool operator >=(Indicator left, Indicator right) => left.CompareTo(right) >= 0;

    /// <summary>The code.</summary>
    public override string ToString() => Code;
}
