using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>An ISO 3166-1 alpha-2 country code ("IQ", "SY", "AF").</summary>
/// <remarks>
/// Codes are checked against the 249 officially assigned alpha-2 codes. This type is an immutable value type and is
/// thread-safe; it orders ordinally. The default value reports itself as "ZZ" (unknown) and is not assignable.
/// </remarks>
public readonly record struct CountryCode : IComparable<CountryCode>
{
    // A HashSet, not a FrozenSet, for the reason given on Currency.KnownCodes.
    internal static readonly HashSet<string> Assigned = new((
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
        "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO " +
        "FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
        "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO " +
        "MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW " +
        "PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM " +
        "TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW").Split(' '), StringComparer.Ordinal);

    private readonly string? code;

    /// <summary>Creates a country code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an assigned ISO 3166-1 alpha-2 code (two upper-case letters).</exception>
    public CountryCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        Preconditions.CheckArgument(Assigned.Contains(code), nameof(code),
            $"\"{code}\" is not an assigned ISO 3166-1 alpha-2 country code; expected two upper-case letters such as IQ or SY.");
        this.code = code;
    }

    /// <summary>The two-letter code.</summary>
    public string Code => code ?? "ZZ";

    /// <summary>Iraq.</summary>
    public static CountryCode Iraq => new("IQ");

    /// <summary>Syria.</summary>
    public static CountryCode Syria => new("SY");

    /// <summary>Afghanistan.</summary>
    public static CountryCode Afghanistan => new("AF");

    /// <summary>Tries to read an assigned alpha-2 code.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out CountryCode country)
    {
        bool ok = code is not null && Assigned.Contains(code);
        country = ok ? new CountryCode(code!) : default;
        return ok;
    }

    // Equality, hashing and ordering go through Code, so the default value equals the code it reports itself as;
    // the record supplies Equals(object), == and != on top of Equals(CountryCode).

    /// <inheritdoc />
    public bool Equals(CountryCode other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Orders codes ordinally.</summary>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders codes ordinally.</summary>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders codes ordinally.</summary>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders codes ordinally.</summary>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;

    /// <summary>The two-letter code.</summary>
    public override string ToString() => Code;
}
