namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="Likelihood"/>: the words, the probability range from 0 to 1, the policy's name.</summary>
internal sealed class LikelihoodDto
{
    public string? Words { get; set; }

    public decimal? Low { get; set; }

    public decimal? High { get; set; }

    public string? Policy { get; set; }

    internal static LikelihoodDto From(Likelihood likelihood) => new()
    {
        Words = likelihood.Words,
        Low = likelihood.Low,
        High = likelihood.High,
        Policy = likelihood.Policy,
    };

    internal Likelihood ToModel(JsonPath path)
    {
        string words = JsonReadErrors.Required(Words, path.Member("words"));
        decimal low = JsonReadErrors.Required(Low, path.Member("low"));
        decimal high = JsonReadErrors.Required(High, path.Member("high"));
        string policy = JsonReadErrors.Required(Policy, path.Member("policy"));
        return JsonReadErrors.Build(path, () => new Likelihood(words, low, high, policy), "words", "low", "high", "policy");
    }
}
