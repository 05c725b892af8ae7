using System;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// Unchecked inputs for constructors: nulls, blanks, padded and over-long text, any integer, any decimal, undefined
/// enum values, mixed with valid values so that both outcomes of a constructor are exercised.
/// </summary>
internal static class RawInputGenerators
{
    private static readonly char[] Alphabet = [.. "aAzZ09 -_.\t\néİı…中\"\\/"];

    /// <summary>Any text, including null, empty, white space, padding, upper case and 250 characters.</summary>
    internal static readonly Gen<string?> Text = Gen.Frequency(
        (1, Gen.Constant<string?>(null)),
        (1, Gen.Elements<string?>("", " ", "\t", " x", "x ", "unspecified", "percent", "per-day", "km2", "USD", "ZZ", "zz")),
        (3, Gen.Elements(Alphabet).ArrayOf().Select(cs => (string?)new string(cs))),
        (2, ModelGenerators.Text.Select(t => (string?)t)),
        (2, ModelGenerators.KebabCode.Select(t => (string?)t)),
        (1, Gen.Elements(Alphabet).ArrayOf(250).Select(cs => (string?)new string(cs))));

    /// <summary>Any integer, biased towards zero, small negatives and the extremes.</summary>
    internal static readonly Gen<int> Int = Gen.Frequency(
        (4, Gen.Choose(-10, 100)),
        (1, Gen.Choose(int.MinValue, int.MaxValue)),
        (1, Gen.Elements(int.MinValue, int.MaxValue, int.MaxValue - 1, 9999, 10000)));

    /// <summary>Any decimal, of either sign.</summary>
    internal static readonly Gen<decimal> Decimal = ModelGenerators.Decimal;

    /// <summary>A defined value of <typeparamref name="TEnum"/> or an integer that names none.</summary>
    internal static Gen<TEnum> Enum<TEnum>() where TEnum : struct, Enum => Gen.Frequency(
        (4, Gen.Elements(System.Enum.GetValues<TEnum>())),
        (1, Gen.Choose(-3, 1100).Select(i => (TEnum)(object)i)));

    /// <summary>An optional bound, with any value.</summary>
    internal static readonly Gen<Bound?> Bound = ModelGenerators.OrNone(ModelGenerators.Bound);
}
