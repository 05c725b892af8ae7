using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="Judgement"/>; member order here is the order in the file.</summary>
internal sealed class JudgementDto
{
    public string? Id { get; set; }

    public PropositionDto? Proposition { get; set; }

    public JudgementSubjectDto? Subject { get; set; }

    public string? Polarity { get; set; }

    public string? Stance { get; set; }

    public LikelihoodDto? Likelihood { get; set; }

    public LikelihoodChangeDto? Change { get; set; }

    public ReferenceTimeDto? ReferenceTime { get; set; }

    public PublicationTimeDto? Published { get; set; }

    public SourceDto?[]?[]? Sources { get; set; }

    public EvidenceDto?[]? Evidence { get; set; }

    public ConfidenceDto? Confidence { get; set; }

    public string? Qualifies { get; set; }

    internal static JudgementDto From(Judgement judgement) => new()
    {
        Id = judgement.Id,
        Proposition = PropositionDto.From(judgement.Proposition),
        Subject = JudgementSubjectDto.From(judgement.Subject),
        Polarity = KebabCaseNames<ConflictData.Polarity>.ToText(judgement.Polarity),
        Stance = judgement.Stance,
        Likelihood = judgement.Likelihood is { } l ? LikelihoodDto.From(l) : null,
        Change = judgement.Change is { } c ? LikelihoodChangeDto.From(c) : null,
        ReferenceTime = judgement.ReferenceTime is { } t ? ReferenceTimeDto.From(t) : null,
        Published = judgement.Published is { } p ? PublicationTimeDto.FromModel(p) : null,
        Sources = SourceDto.FromChains(judgement.Sources),
        Evidence = [.. judgement.Evidence.Select(EvidenceDto.From)],
        Confidence = judgement.Confidence is { } confidence ? ConfidenceDto.From(confidence) : null,
        Qualifies = judgement.Qualifies,
    };

    /// <summary>Maps a list of judgements, rejecting a null element or an id used twice.</summary>
    internal static ImmutableArray<Judgement> ToModels(JudgementDto?[]? judgements, JsonPath path)
    {
        var firstIndexById = new Dictionary<string, int>(StringComparer.Ordinal);
        return JsonReadErrors.Elements(judgements, path, (dto, itemPath) =>
        {
            var judgement = dto.ToModel(itemPath);
            if (!firstIndexById.TryAdd(judgement.Id, firstIndexById.Count))
            {
                throw JsonReadErrors.At(itemPath.Member("id"),
                    $"the id \"{judgement.Id}\" is already used by judgement [{firstIndexById[judgement.Id]}]; judgement ids must be unique.");
            }
            return judgement;
        });
    }

    internal Judgement ToModel(JsonPath path)
    {
        string id = JsonReadErrors.Required(Id, path.Member("id"));
        var proposition = JsonReadErrors.Required(Proposition, path.Member("proposition")).ToModel(path.Member("proposition"));
        var subject = JsonReadErrors.Required(Subject, path.Member("subject")).ToModel(path.Member("subject"));
        var polarity = Polarity is null ? ConflictData.Polarity.Affirmed : KebabCaseNames<ConflictData.Polarity>.Parse(Polarity, path.Member("polarity"));
        string stance = JsonReadErrors.Required(Stance, path.Member("stance"));
        var likelihood = Likelihood?.ToModel(path.Member("likelihood"));
        var change = Change?.ToModel(path.Member("change"));
        var referenceTime = ReferenceTime?.ToModel(path.Member("referenceTime"));
        var published = Published?.ToModel(path.Member("published"));
        var sources = SourceDto.ToChains(Sources, path.Member("sources"));
        var evidence = JsonReadErrors.Elements(Evidence, path.Member("evidence"), (item, itemPath) => item.ToModel(itemPath));
        var confidence = Confidence?.ToModel(path.Member("confidence"));
        return JsonReadErrors.Build(path, () => new Judgement(id, proposition, subject, stance, polarity, likelihood, change,
            referenceTime, published, sources, evidence, confidence, Qualifies), "id", "stance", "qualifies");
    }
}
