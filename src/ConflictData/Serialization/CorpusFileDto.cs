namespace ConflictData.Serialization;

/// <summary>The JSON shape of the corpus file: schema version, documents, estimates, judgements.</summary>
internal sealed class CorpusFileDto : IVersionedDto
{
    public int? SchemaVersion { get; set; }

    public DocumentDto?[]? Documents { get; set; }

    public EstimateDto?[]? Estimates { get; set; }

    public JudgementDto?[]? Judgements { get; set; }
}
