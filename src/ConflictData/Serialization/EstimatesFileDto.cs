using System.Text.Json.Serialization;

namespace ConflictData.Serialization;

/// <summary>The JSON shape of an estimates file: <c>{ "schemaVersion": 1, "estimates": [...], "judgements": [...] }</c>.</summary>
internal sealed class EstimatesFileDto : IVersionedDto
{
    public int? SchemaVersion { get; set; }

    public EstimateDto?[]? Estimates { get; set; }

    // Written only by the overload that takes judgements, so an estimates-only file keeps its bytes.
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JudgementDto?[]? Judgements { get; set; }
}
