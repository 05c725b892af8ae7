using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Provenance;

public class SourceInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Text that is neither empty nor padded with white space.</summary>
    internal static bool IsTrimmedText(string? text) => text is { Length: > 0 } && text.Trim() == text;

    /// <summary>A defined kind, a name, and role and organisation either absent or proper text; a valid date if any.</summary>
    internal static bool Holds(Source s) =>
        System.Enum.IsDefined(s.Kind) && IsTrimmedText(s.Name)
        && (s.Role is null || IsTrimmedText(s.Role)) && (s.Organisation is null || IsTrimmedText(s.Organisation))
        && (s.When is null || Time.DateRangeInvariantTests.Holds(s.When));

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.Source.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomKindAndTexts_AreRejectedOrValid() =>
        Prop.ForAll(Gen.Zip(RawInputGenerators.Enum<SourceKind>(), RawInputGenerators.Text).ToArbitrary(),
            RawInputGenerators.Text.ToArbitrary(), RawInputGenerators.Text.ToArbitrary(), (kindAndName, role, organisation) =>
                ConstructorProperty.RejectsOrHolds(() => new Source(kindAndName.Item1, kindAndName.Item2!, role, organisation), Holds)).Check(Cfg);
}
