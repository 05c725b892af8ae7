using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Measurement;

[Properties(Arbitrary = new[] { typeof(MeasurementArbitraries) }, MaxTest = 1000)]
public class CountryCodeInvariantTests
{
    /// <summary>Two upper-case letters of an assigned ISO 3166-1 code.</summary>
    internal static bool Holds(CountryCode c) => c.Code.Length == 2 && c.Code.All(char.IsAsciiLetterUpper) && CountryCode.TryParse(c.Code, out _);

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(CountryCode value) => Holds(value);

    [Property]
    public Property RandomCode_IsRejectedOrValid() =>
        Prop.ForAll(Gen.OneOf(RawInputGenerators.Text, Gen.Elements<string?>("AB", "ZZ", "iq", "IQ", "SY", "XK", "UK", "GB")).ToArbitrary(), code =>
            ConstructorProperty.AcceptsExactly(CountryCode.TryParse(code, out _), () => new CountryCode(code!), c => c.Code == code && Holds(c)));
}
