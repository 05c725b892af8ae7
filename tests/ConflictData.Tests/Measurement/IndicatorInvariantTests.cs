using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Measurement;

[Properties(Arbitrary = new[] { typeof(MeasurementArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class IndicatorInvariantTests
{
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

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Indicator value) => Holds(value);

    [Property]
    public bool RandomCode_IsRejectedExactlyWhenNotKebabCase(string? code) =>
        ConstructorProperty.AcceptsExactly(code is not null && IsKebabCode(code) && code != "unspecified", () => new Indicator(code!), Holds);
}
