using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictData.Serialization;

/// <summary>The JSON shape of an <see cref="Estimate"/>; member order here is the order in the file.</summary>
internal sealed class EstimateDto
{
    public string? Id { get; set; }

    public QuantityDto? Quantity { get; set; }

    public HedgeDto? Hedge { get; set; }

    public string? Noun { get; set; }

    public MeasurandDto? Measurand { get; set; }

    public ReferenceTimeDto? ReferenceTime { get; set; }

    public PublicationTimeDto? Published { get; set; }

    public SourceDto?[]?[]? Sources { get; set; }

    public EvidenceDto?[]? Evidence { get; set; }

    public ConfidenceDto? Confidence { get; set; }

    public string? Reliability { get; set; }

    internal static EstimateDto From(Estimate estimate) => new()
    {
        Id = estimate.Id,
        Quantity = QuantityDto.From(estimate.Quantity),
        Hedge = HedgeDto.From(estimate.Hedge),
        Noun = estimate.Noun,
        Measurand = MeasurandDto.From(estimate.Measurand),
        ReferenceTime = estimate.ReferenceTime is { } t ? ReferenceTimeDto.From(t) : null,
        Published = estimate.Published is { } p ? PublicationTimeDto.FromModel(p) : null,
        Sources = SourceDto.FromChains(estimate.Sources),
        Evidence = [.. estimate.Evidence.Select(EvidenceDto.From)],
        Confidence = estimate.Confidence is { } c ? ConfidenceDto.From(c) : null,
        Reliability = estimate.Reliability?.ToString(),
    };

    /// <summary>Maps a list of estimates, rejecting a null element or an id used twice.</summary>
    internal static ImmutableArray<Estimate> ToModels(EstimateDto?[]? estimates, JsonPath path)
    {
        var firstIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        return JsonReadErrors.Elements(estimates, path, (dto, itemPath) =>
        {
            var estimate = dto.ToModel(itemPath);
            if (!firstIndexById.TryAdd(estimate.Id, firstIndexById.Count))
            {
                throw JsonReadErrors.At(itemPath.Member("id"),
                    $"the id \"{estimate.Id}\" is already used by estimate [{firstIndexById[estimate.Id]}]; estimate ids must be unique.");
            }
            return estimate;
        });
    }

    internal Estimate ToModel(JsonPath path)
    {
        string id = JsonReadErrors.Required(Id, path.Member("id"));
        var quantity = JsonReadErrors.Required(Quantity, path.Member("quantity")).ToModel(path.Member("quantity"));
        var hedge = Hedge?.ToModel(path.Member("hedge"));
        var measurand = JsonReadErrors.Required(Measurand, path.Member("measurand")).ToModel(path.Member("measurand"));
        var referenceTime = ReferenceTime?.ToModel(path.Member("referenceTime"));
        var published = Published?.ToModel(path.Member("published"));
        var sources = SourceDto.ToChains(Sources, path.Member("sources"));
        var evidence = JsonReadErrors.Elements(Evidence, path.Member("evidence"), (item, itemPath) => item.ToModel(itemPath));
        var confidence = Confidence?.ToModel(path.Member("confidence"));
        var reliabilityPath = path.Member("reliability");
        var reliability = Reliability is { } grade ? JsonReadErrors.Build(reliabilityPath, () => ReliabilityGrade.Parse(grade).Value) : (ReliabilityGrade?)null;
        return JsonReadErrors.Build(path, () => new Estimate(id, quantity, measurand, hedge, Noun, referenceTime, published,
            sources, evidence, confidence, reliability), "id", "noun");
    }
}
