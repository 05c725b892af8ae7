using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Judgement;

public class ReliabilityGradeInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>Defined letter and digit, written as two characters that parse back to the same grade.</summary>
    internal static bool Holds(ReliabilityGrade g) =>
        System.Enum.IsDefined(g.Source) && System.Enum.IsDefined(g.Information)
        && g.ToString().Length == 2 && ReliabilityGrade.Parse(g.ToString()).Value == g;

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.ReliabilityGrade.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomLetterAndDigit_AreRejectedExactlyWhenUndefined() =>
        Prop.ForAll(RawInputGenerators.Enum<SourceReliability>().ToArbitrary(), RawInputGenerators.Enum<InformationCredibility>().ToArbitrary(),
            (source, information) => ConstructorProperty.AcceptsExactly(System.Enum.IsDefined(source) && System.Enum.IsDefined(information),
                () => new ReliabilityGrade(source, information), g => g.Source == source && g.Information == information && Holds(g))).Check(Cfg);

    [Fact]
    public void TryParse_RandomText_NeverThrowsAndGivesAValidGrade() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), text => !ReliabilityGrade.TryParse(text, out var grade) || Holds(grade)).Check(Cfg);
}
