using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>A currency identified by its ISO 4217 alphabetic code ("USD", "GBP", "EUR").</summary>
/// <remarks>
/// Codes are checked against ISO 4217's list, including codes withdrawn since 2017 (HRK, SLL, CUC, ZWL, ANG, MRO, STD,
/// VEF), because conflict reporting is historical and must stay readable. This type is an immutable value type and is
/// thread-safe. Ordering is ordinal by code, which makes sorted output stable.
/// </remarks>
public readonly record struct Currency : IComparable<Currency>
{
    // A HashSet, not a FrozenSet: it answers as fast for a few hundred short codes, and its string instantiation is
    // precompiled in the framework, where a FrozenSet's costs a first-load JIT of some 200 methods.
    private static readonly HashSet<string> KnownCodes = new((
        "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD " +
        "CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP " +
        "GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW " +
        "KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRO MRU MUR MVR MWK MXN MXV MYR MZN " +
        "NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP " +
        "SLE SLL SOS SRD SSP STD STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW " +
        "UZS VED VEF VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XTS XUA XXX YER " +
        "ZAR ZMW ZWG ZWL").Split(' '), StringComparer.Ordinal);

    private readonly string? code;

    /// <summary>Creates a currency from its ISO 4217 alphabetic code.</summary>
    /// <param name="code">Three upper-case letters, for example "USD".</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an ISO 4217 code.</exception>
    public Currency(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        Preconditions.CheckArgument(KnownCodes.Contains(code), nameof(code),
            $"\"{code}\" is not an ISO 4217 currency code; expected three upper-case letters such as USD, GBP or EUR.");
        this.code = code;
    }

    /// <summary>The ISO 4217 alphabetic code. The default value of this struct has code "XXX" (no currency).</summary>
    public string Code => code ?? "XXX";

    /// <summary>The United States dollar.</summary>
    public static Currency UsDollar => new("USD");

    /// <summary>The pound sterling.</summary>
    public static Currency PoundSterling => new("GBP");

    /// <summary>The euro.</summary>
    public static Currency Euro => new("EUR");

    /// <summary>Whether <paramref name="code"/> is an ISO 4217 code this library knows.</summary>
    public static bool IsKnownCode([NotNullWhen(true)] string? code) => code is not null && KnownCodes.Contains(code);

    /// <summary>Tries to read an ISO 4217 code.</summary>
    public static bool TryParse(string? code, out Currency currency)
    {
        currency = IsKnownCode(code) ? new Currency(code) : default;
        return IsKnownCode(code);
    }

    // Equality, hashing and ordering go through Code, so the default value equals the code it reports itself as;
    // the record supplies Equals(object), == and != on top of Equals(Currency).

    /// <inheritdoc />
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <inheritdoc />
    public int CompareTo(Currency other) => string.CompareOrdinal(Code, other.Code);

    /// <summary>Orders currencies by code, ordinally.</summary>
    public static bool operator <(Currency left, Currency right) => left.CompareTo(right) < 0;

    /// <summary>Orders currencies by code, ordinally.</summary>
    public static bool operator >(Currency left, Currency right) => left.CompareTo(right) > 0;

    /// <summary>Orders currencies by code, ordinally.</summary>
    public static bool operator <=(Currency left, Currency right) => left.CompareTo(right) <= 0;

    /// <summary>Orders currencies by code, ordinally.</summary>
    public static bool operator >=(Currency left, Currency right) => left.CompareTo(right) >= 0;

    /// <summary>The ISO 4217 code.</summary>
    public override string ToString() => Code;
}
