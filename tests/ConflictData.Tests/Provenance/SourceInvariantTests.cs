using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Provenance;

[Properties(Arbitrary = new[] { typeof(ProvenanceArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class SourceInvariantTests
{
    /// <summary>Text that is neither empty nor padded with white space.</summary>
    internal static bool IsTrimmedText(string? text) => text is { Length: > 0 } && text.Trim() == text;

    /// <summary>A defined kind, a name, and role and organisation either absent or proper text; a valid date if any.</summary>
    internal static bool Holds(Source s) =>
        System.Enum.IsDefined(s.Kind) && IsTrimmedText(s.Name)
        && (s.Role is null || IsTrimmedText(s.Role)) && (s.Organisation is null || IsTrimmedText(s.Organisation))
        && (s.When is null || Time.DateRangeInvariantTests.Holds(s.When));

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Source value) => Holds(value);

    [Property]
    public bool RandomKindAndTexts_AreRejectedOrValid(SourceKind kind, string? name, string? role, string? organisation) =>
        ConstructorProperty.RejectsOrHolds(() => new Source(kind, name!, role, organisation), Holds);
}
