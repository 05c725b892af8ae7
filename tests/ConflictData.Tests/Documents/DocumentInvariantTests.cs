using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Provenance;
using ConflictData.Tests.Time;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Documents;

public class DocumentInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(500);

    /// <summary>A real id, text, a valid publication time if any.</summary>
    internal static bool Holds(Document d) =>
        DocumentIdInvariantTests.Holds(d.Id) && d.Text is not null && (d.Published is null || PublicationTimeInvariantTests.Holds(d.Published));

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.Document.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void EvidenceFromAnySpan_IsRejectedOrSupportedByTheDocument() =>
        Prop.ForAll(ModelGenerators.Document.ToArbitrary(), RawInputGenerators.Int.ToArbitrary(), RawInputGenerators.Int.ToArbitrary(),
            (document, start, length) => ConstructorProperty.AcceptsExactly(
                start >= 0 && length > 0 && (long)start + length <= document.Text.Length,
                () => document.CreateEvidence(new TextSpan(start, length)),
                e => document.Supports(e) && EvidenceInvariantTests.Holds(e) && e.Quote == document.Text.Substring(start, length))
            || start < 0 || length < 0 || (long)start + length > int.MaxValue).Check(Cfg);
}
