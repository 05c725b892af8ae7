using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Text;

[Properties(Arbitrary = new[] { typeof(DocumentArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class TextSpanInvariantTests
{
    /// <summary>Starts at or after zero, has a length of zero or more, and ends without overflow.</summary>
    internal static bool Holds(TextSpan s) => s.Start >= 0 && s.Length >= 0 && (long)s.End == (long)s.Start + s.Length && s.IsEmpty == (s.Length == 0);

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(TextSpan value) => Holds(value);

    [Property]
    public bool RandomStartAndLength_AreRejectedExactlyWhenNegativeOrOverflowing(int start, int length) =>
        ConstructorProperty.AcceptsExactly(start >= 0 && length >= 0 && (long)start + length <= int.MaxValue,
            () => new TextSpan(start, length), Holds)
        && ConstructorProperty.AcceptsExactly(start >= 0 && length >= start, () => TextSpan.FromBounds(start, length), Holds);
}
