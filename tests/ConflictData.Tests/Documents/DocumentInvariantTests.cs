using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Provenance;
using ConflictData.Tests.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Documents;

[Properties(Arbitrary = new[] { typeof(DocumentArbitraries), typeof(RawInputArbitraries) }, MaxTest = 500)]
public class DocumentInvariantTests
{
    /// <summary>A real id, text, a valid publication time if any.</summary>
    internal static bool Holds(Document d) =>
        DocumentIdInvariantTests.Holds(d.Id) && d.Text is not null && (d.Published is null || PublicationTimeInvariantTests.Holds(d.Published));

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Document value) => Holds(value);

    [Property]
    public bool EvidenceFromAnySpan_IsRejectedOrSupportedByTheDocument(Document document, int start, int length) =>
            ConstructorProperty.AcceptsExactly(
                start >= 0 && length > 0 && (long)start + length <= document.Text.Length,
                () => document.CreateEvidence(new TextSpan(start, length)),
                e => document.Supports(e) && EvidenceInvariantTests.Holds(e) && e.Quote == document.Text.Substring(start, length))
            || start < 0 || length < 0 || (long)start + length > int.MaxValue;
}
