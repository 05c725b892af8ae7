using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Provenance;

[Properties(Arbitrary = new[] { typeof(ProvenanceArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class DocumentIdInvariantTests
{
    /// <summary>1 to 200 ASCII letters, digits, '_', '-' or '.'.</summary>
    internal static bool Holds(DocumentId id) =>
        id.Value.Length is >= 1 and <= 200 && id.Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(DocumentId value) => Holds(value);

    [Property]
    public bool RandomText_IsRejectedOrValid(string? text) =>
        ConstructorProperty.AcceptsExactly(DocumentId.IsValid(text), () => new DocumentId(text!), id => id.Value == text && Holds(id));
}
