using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Quantities;

public class CurrencyInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Three upper-case ASCII letters of a known ISO 4217 code.</summary>
    internal static bool Holds(Currency c) =>
        c.Code.Length == 3 && c.Code.All(char.IsAsciiLetterUpper) && Currency.IsKnownCode(c.Code);

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.Currency.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomCode_IsRejectedExactlyWhenUnknown() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), code =>
            ConstructorProperty.AcceptsExactly(Currency.IsKnownCode(code), () => new Currency(code!), c => c.Code == code && Holds(c))
            && Currency.TryParse(code, out var parsed) == Currency.IsKnownCode(code) && (parsed == default || Holds(parsed))).Check(Cfg);
}
