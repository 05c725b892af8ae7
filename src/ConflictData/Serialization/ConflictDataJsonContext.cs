using System.Text.Json.Serialization;

namespace ConflictData.Serialization;

/// <summary>
/// The source-generated serialization metadata for every JSON shape in the format, so reading and writing need no
/// reflection (and work trimmed or AOT-compiled). Use it through <see cref="JsonFormat"/>, which adds the encoder.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    Converters = [typeof(LocalDateJsonConverter), typeof(ZonedDateTimeJsonConverter), typeof(DateRangeJsonConverter)])]
[JsonSerializable(typeof(EstimatesFileDto))]
[JsonSerializable(typeof(EstimateDto))]
[JsonSerializable(typeof(CorpusFileDto))]
[JsonSerializable(typeof(QuantityDto))]
[JsonSerializable(typeof(HedgeDto))]
[JsonSerializable(typeof(MeasurandDto))]
[JsonSerializable(typeof(ReferenceTimeDto))]
[JsonSerializable(typeof(PublicationTimeDto))]
[JsonSerializable(typeof(SourceDto))]
[JsonSerializable(typeof(SourceDto[][]), TypeInfoPropertyName = "SourceDtoArrayArray")]
[JsonSerializable(typeof(EvidenceDto))]
[JsonSerializable(typeof(EvidenceDto[]), TypeInfoPropertyName = "EvidenceDtoArray")]
[JsonSerializable(typeof(ConfidenceDto))]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(JudgementDto))]
internal sealed partial class ConflictDataJsonContext : JsonSerializerContext;
