using System.Collections.Immutable;

namespace ConflictData.Serialization;

/// <summary>The content of a corpus file: its documents with their file names, its curated estimates and judgements.</summary>
/// <param name="Documents">The documents, in file order, with distinct ids.</param>
/// <param name="Estimates">The estimates, in file order, with distinct ids and evidence only in listed documents.</param>
/// <param name="Judgements">The judgements, in file order, with distinct ids and evidence only in listed documents.</param>
internal sealed record CorpusFile(ImmutableArray<CorpusFileDocument> Documents, ImmutableArray<Estimate> Estimates, ImmutableArray<Judgement> Judgements);
