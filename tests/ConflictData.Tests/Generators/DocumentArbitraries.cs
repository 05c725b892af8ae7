using ConflictData.Text;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>
/// Documents and text spans, registered with <c>[Property(Arbitrary = new[] { typeof(DocumentArbitraries) })]</c>.
/// </summary>
public static class DocumentArbitraries
{
    /// <summary>Documents with text of every kind of character, with or without a publication time.</summary>
    public static Arbitrary<Document> Document() => ModelGenerators.Document.ToArbitrary();

    /// <summary>Spans anywhere in a long text, including empty ones.</summary>
    public static Arbitrary<TextSpan> TextSpan() => ModelGenerators.TextSpan.ToArbitrary();
}
