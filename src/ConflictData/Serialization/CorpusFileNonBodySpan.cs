namespace ConflictData.Serialization;

/// <summary>A span of a corpus document that is not article body (a caption, an app promotion), as the corpus file lists it.</summary>
/// <param name="Span">The UTF-16 span in the document text; never empty.</param>
/// <param name="Kind">What the span is, in lower-case kebab-case (<c>app-promotion</c>).</param>
internal readonly record struct CorpusFileNonBodySpan(TextSpan Span, string Kind);
