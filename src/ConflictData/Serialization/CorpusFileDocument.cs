namespace ConflictData.Serialization;

/// <summary>A document of a corpus file with the name of the file its text was read from.</summary>
/// <param name="File">The plain file name of the text, beside the JSON.</param>
/// <param name="Document">The document, built through its constructor from the metadata and the text.</param>
internal sealed record CorpusFileDocument(string File, Document Document);
