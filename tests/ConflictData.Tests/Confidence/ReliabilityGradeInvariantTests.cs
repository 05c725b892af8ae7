using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Confidence;

[Properties(Arbitrary = new[] { typeof(JudgementArbitraries), typeof(RawInputArbitraries) }, MaxTest = 500)]
public class ReliabilityGradeInvariantTests
{
    /// <summary>Defined letter and digit, written as two characters that parse back to the same grade.</summary>
    internal static bool Holds(ReliabilityGrade g) =>
        System.Enum.IsDefined(g.Source) && System.Enum.IsDefined(g.Information)
        && g.ToString().Length == 2 && ReliabilityGrade.Parse(g.ToString()).Value == g;

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(ReliabilityGrade value) => Holds(value);

    [Property]
    public bool RandomLetterAndDigit_AreRejectedExactlyWhenUndefined(SourceReliability source, InformationCredibility information) =>
        ConstructorProperty.AcceptsExactly(System.Enum.IsDefined(source) && System.Enum.IsDefined(information),
            () => new ReliabilityGrade(source, information), g => g.Source == source && g.Information == information && Holds(g));

    [Property]
    public bool TryParse_RandomText_NeverThrowsAndGivesAValidGrade(string? text) => !ReliabilityGrade.TryParse(text, out var grade) || Holds(grade);
}
