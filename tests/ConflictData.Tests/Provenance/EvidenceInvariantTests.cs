using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Provenance;

[Properties(Arbitrary = new[] { typeof(ProvenanceArbitraries), typeof(DocumentArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class EvidenceInvariantTests
{
    /// <summary>A real document id, and a non-empty quote exactly as long as its span.</summary>
    internal static bool Holds(Evidence e) =>
        DocumentIdInvariantTests.Holds(e.Document) && TextSpanInvariantTests.Holds(e.Span)
        && e.Quote.Length > 0 && e.Quote.Length == e.Span.Length;

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Evidence value) => Holds(value);

    [Property]
    public bool RandomQuoteForASpan_IsRejectedExactlyWhenLengthsDiffer(DocumentId document, TextSpan span, string? quote) =>
        ConstructorProperty.AcceptsExactly(quote is { Length: > 0 } && quote.Length == span.Length,
            () => new Evidence(document, span, quote!), Holds);

    [Fact]
    public void DefaultDocumentId_IsRejected() =>
        Assert.Throws<System.ArgumentException>(() => new Evidence(default, new TextSpan(0, 1), "x"));
}
