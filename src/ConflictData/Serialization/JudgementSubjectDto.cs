using System.Linq;

namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="JudgementSubject"/>: actor, person, country codes.</summary>
internal sealed class JudgementSubjectDto
{
    public string? Actor { get; set; }

    public string? Person { get; set; }

    public string?[]? Places { get; set; }

    internal static JudgementSubjectDto From(JudgementSubject subject) => new()
    {
        Actor = subject.Actor,
        Person = subject.Person,
        Places = [.. subject.Places.Select(p => p.Code)],
    };

    internal JudgementSubject ToModel(JsonPath path)
    {
        var places = JsonReadErrors.Elements(Places, path.Member("places"),
            (place, placePath) => JsonReadErrors.Build(placePath, () => new CountryCode(place)));
        return JsonReadErrors.Build(path, () => new JudgementSubject(Actor, Person, places), "actor", "person", "places");
    }
}
