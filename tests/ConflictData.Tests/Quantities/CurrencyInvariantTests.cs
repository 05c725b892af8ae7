using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

[Properties(Arbitrary = new[] { typeof(QuantityArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class CurrencyInvariantTests
{
    /// <summary>Three upper-case ASCII letters of a known ISO 4217 code.</summary>
    internal static bool Holds(Currency c) =>
        c.Code.Length == 3 && c.Code.All(char.IsAsciiLetterUpper) && Currency.IsKnownCode(c.Code);

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Currency value) => Holds(value);

    [Property]
    public bool RandomCode_IsRejectedExactlyWhenUnknown(string? code) =>
        ConstructorProperty.AcceptsExactly(Currency.IsKnownCode(code), () => new Currency(code!), c => c.Code == code && Holds(c))
        && Currency.TryParse(code, out var parsed) == Currency.IsKnownCode(code) && (parsed == default || Holds(parsed));
}
