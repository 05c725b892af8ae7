namespace ConflictData.Serialization;

/// <summary>The JSON shape of an estimates file: <c>{ "schemaVersion": 1, "estimates": [...] }</c>.</summary>
internal sealed class EstimatesFileDto : IVersionedDto
{
    public int? SchemaVersion { get; set; }

    public EstimateDto?[]? Estimates { get; set; }
}
