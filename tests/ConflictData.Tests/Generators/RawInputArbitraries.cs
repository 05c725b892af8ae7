using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// Unchecked constructor inputs from <see cref="RawInputGenerators"/> as arbitraries by type: any text (null, blank,
/// padded, long), any integer, any decimal, an optional bound, and enums with undefined values. Register it with
/// <c>[Property(Arbitrary = new[] { typeof(RawInputArbitraries) })]</c> on properties whose parameters are raw input,
/// never together with an arbitrary class that registers the same type.
/// </summary>
public static class RawInputArbitraries
{
    /// <summary>Any text, including null.</summary>
    public static Arbitrary<string> Text() => RawInputGenerators.Text.ToArbitrary()!;

    /// <summary>Any integer, biased towards zero and the extremes.</summary>
    public static Arbitrary<int> AnyInt32() => RawInputGenerators.Int.ToArbitrary();

    /// <summary>Any decimal, of either sign.</summary>
    public static Arbitrary<decimal> AnyDecimal() => RawInputGenerators.Decimal.ToArbitrary();

    /// <summary>Any decimal or none, about one time in four.</summary>
    public static Arbitrary<decimal?> OptionalDecimal() => ModelGenerators.OrNone(RawInputGenerators.Decimal).ToArbitrary();

    /// <summary>An optional bound with any value.</summary>
    public static Arbitrary<Bound?> Bound() => RawInputGenerators.Bound.ToArbitrary();

    /// <summary>Source kinds, defined or not.</summary>
    public static Arbitrary<SourceKind> SourceKind() => RawInputGenerators.Enum<SourceKind>().ToArbitrary();

    /// <summary>Time units, defined or not.</summary>
    public static Arbitrary<TimeUnit> TimeUnit() => RawInputGenerators.Enum<TimeUnit>().ToArbitrary();

    /// <summary>Confidence levels, defined or not.</summary>
    public static Arbitrary<ConfidenceLevel> ConfidenceLevel() => RawInputGenerators.Enum<ConfidenceLevel>().ToArbitrary();

    /// <summary>Source reliabilities, defined or not.</summary>
    public static Arbitrary<SourceReliability> SourceReliability() => RawInputGenerators.Enum<SourceReliability>().ToArbitrary();

    /// <summary>Information credibilities, defined or not.</summary>
    public static Arbitrary<InformationCredibility> InformationCredibility() =>
        RawInputGenerators.Enum<InformationCredibility>().ToArbitrary();

    /// <summary>Reference time kinds, defined or not.</summary>
    public static Arbitrary<ReferenceTimeKind> ReferenceTimeKind() => RawInputGenerators.Enum<ReferenceTimeKind>().ToArbitrary();
}
