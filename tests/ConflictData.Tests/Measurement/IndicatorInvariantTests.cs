using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Measurement;

public class IndicatorInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Lower-case kebab-case: letters and digits, single inner hyphens, 1 to 100 characters.</summary>
    internal static bool IsKebabCode(string code)
    {
        if (code.Length is 0 or > 100 || code[0] == '-' || code[^1] == '-' || code.Contains("--", System.StringComparison.Ordinal))
        {
            return false;
        }
        foreach (char c in code)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool Holds(Indicator i) => IsKebabCode(i.Code) && i.Code != "unspecified";

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.Indicator.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomCode_IsRejectedExactlyWhenNotKebabCase() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), code =>
            ConstructorProperty.AcceptsExactly(code is not null && IsKebabCode(code) && code != "unspecified", () => new Indicator(code!), Holds))
            .Check(Cfg);
}
