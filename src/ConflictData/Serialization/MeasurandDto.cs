using System.Linq;

namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="Measurand"/>: indicator code, actor, country codes, region, qualifiers.</summary>
internal sealed class MeasurandDto
{
    public string? Indicator { get; set; }

    public string? Actor { get; set; }

    public string?[]? Places { get; set; }

    public string? Region { get; set; }

    public string?[]? Qualifiers { get; set; }

    internal static MeasurandDto From(Measurand measurand) => new()
    {
        Indicator = measurand.Indicator.Code,
        Actor = measurand.Actor,
        Places = [.. measurand.Places.Select(p => p.Code)],
        Region = measurand.Region,
        Qualifiers = [.. measurand.Qualifiers],
    };

    internal Measurand ToModel(JsonPath path)
    {
        var indicatorPath = path.Member("indicator");
        string code = JsonReadErrors.Required(Indicator, indicatorPath);
        var indicator = JsonReadErrors.Build(indicatorPath, () => new Indicator(code));
        var places = JsonReadErrors.Elements(Places, path.Member("places"),
            (place, placePath) => JsonReadErrors.Build(placePath, () => new CountryCode(place)));
        var qualifiers = JsonReadErrors.Elements(Qualifiers, path.Member("qualifiers"), (qualifier, _) => qualifier);
        return JsonReadErrors.Build(path, () => new Measurand(indicator, Actor, places, Region, qualifiers), "actor", "region", "qualifiers");
    }
}
