using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Text;

public class TextSpanInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>Starts at or after zero, has a length of zero or more, and ends without overflow.</summary>
    internal static bool Holds(TextSpan s) => s.Start >= 0 && s.Length >= 0 && (long)s.End == (long)s.Start + s.Length && s.IsEmpty == (s.Length == 0);

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.TextSpan.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomStartAndLength_AreRejectedExactlyWhenNegativeOrOverflowing() =>
        Prop.ForAll(RawInputGenerators.Int.ToArbitrary(), RawInputGenerators.Int.ToArbitrary(), (start, length) =>
            ConstructorProperty.AcceptsExactly(start >= 0 && length >= 0 && (long)start + length <= int.MaxValue,
                () => new TextSpan(start, length), Holds)
            && ConstructorProperty.AcceptsExactly(start >= 0 && length >= start, () => TextSpan.FromBounds(start, length), Holds)).Check(Cfg);
}
