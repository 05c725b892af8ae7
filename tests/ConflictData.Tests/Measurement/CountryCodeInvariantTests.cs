using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Measurement;

public class CountryCodeInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Two upper-case letters of an assigned ISO 3166-1 code.</summary>
    internal static bool Holds(CountryCode c) => c.Code.Length == 2 && c.Code.All(char.IsAsciiLetterUpper) && CountryCode.TryParse(c.Code, out _);

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.CountryCode.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomCode_IsRejectedOrValid() =>
        Prop.ForAll(Gen.OneOf(RawInputGenerators.Text, Gen.Elements<string?>("AB", "ZZ", "iq", "IQ", "SY", "XK", "UK", "GB")).ToArbitrary(), code =>
            ConstructorProperty.AcceptsExactly(CountryCode.TryParse(code, out _), () => new CountryCode(code!), c => c.Code == code && Holds(c)))
            .Check(Cfg);
}
