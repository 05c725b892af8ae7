using System.Collections.Immutable;

namespace ConflictData.Serialization;

/// <summary>The metadata of one corpus document as the corpus file states it; the text lives in the file named by <paramref name="File"/>.</summary>
/// <param name="Id">The document id.</param>
/// <param name="File">The plain file name of the text, beside the JSON.</param>
/// <param name="Outlet">The publishing outlet (<c>RNZ</c>).</param>
/// <param name="Title">The headline.</param>
/// <param name="Language">The BCP 47 language tag (<c>en</c>).</param>
/// <param name="Published">When the document was published.</param>
/// <param name="NonBody">The spans that are not article body, sorted by start and not overlapping.</param>
internal sealed record CorpusFileDocument(
    DocumentId Id, string File, string Outlet, string Title, string Language, PublicationTime Published,
    ImmutableArray<CorpusFileNonBodySpan> NonBody);
