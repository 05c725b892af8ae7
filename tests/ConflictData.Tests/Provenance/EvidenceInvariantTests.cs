using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Provenance;

public class EvidenceInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>A real document id, and a non-empty quote exactly as long as its span.</summary>
    internal static bool Holds(Evidence e) =>
        DocumentIdInvariantTests.Holds(e.Document) && TextSpanInvariantTests.Holds(e.Span)
        && e.Quote.Length > 0 && e.Quote.Length == e.Span.Length;

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.Evidence.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomQuoteForASpan_IsRejectedExactlyWhenLengthsDiffer() =>
        Prop.ForAll(ModelGenerators.DocumentId.ToArbitrary(), ModelGenerators.TextSpan.ToArbitrary(), RawInputGenerators.Text.ToArbitrary(),
            (document, span, quote) => ConstructorProperty.AcceptsExactly(quote is { Length: > 0 } && quote.Length == span.Length,
                () => new Evidence(document, span, quote!), Holds)).Check(Cfg);

    [Fact]
    public void DefaultDocumentId_IsRejected() =>
        Assert.Throws<System.ArgumentException>(() => new Evidence(default, new TextSpan(0, 1), "x"));
}
