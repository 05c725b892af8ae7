using NodaTime;
using NodaTime.Text;

namespace ConflictData.Serialization;

/// <summary>
/// The JSON shape of a <see cref="PublicationTime"/>. <c>from</c> and <c>to</c> are always written; on reading
/// they may be left out for <c>exact</c> and <c>date</c>, and when present must agree with <c>time</c> or each other.
/// </summary>
internal sealed class PublicationTimeDto
{
    public string? Kind { get; set; }

    public ZonedDateTime? Time { get; set; }

    public LocalDate? From { get; set; }

    public LocalDate? To { get; set; }

    public string? Reasoning { get; set; }

    internal static PublicationTimeDto FromModel(PublicationTime published) => new()
    {
        Kind = KebabCaseNames<PublicationTimeKind>.ToText(published.Kind),
        Time = published.ExactTime,
        From = published.Earliest,
        To = published.Latest,
        Reasoning = published.Reasoning,
    };

    internal PublicationTime ToModel(JsonPath path)
    {
        var kind = KebabCaseNames<PublicationTimeKind>.Parse(Kind, path.Member("kind"));
        if (kind != PublicationTimeKind.Exact && Time is not null)
        {
            throw JsonReadErrors.At(path.Member("time"), $"only an \"exact\" publication time has a time, but the kind is \"{Kind}\"; use null.");
        }
        if (kind != PublicationTimeKind.Bounded && Reasoning is not null)
        {
            throw JsonReadErrors.At(path.Member("reasoning"), $"only a \"bounded\" publication time has reasoning, but the kind is \"{Kind}\"; use null.");
        }
        var published = kind switch
        {
            PublicationTimeKind.Exact => PublicationTime.Exact(JsonReadErrors.Required(Time, path.Member("time"))),
            PublicationTimeKind.Date => PublicationTime.OnDate(JsonReadErrors.Required(From, path.Member("from"))),
            _ => ReadBounded(path),
        };
        CheckBound(From, published.Earliest, path.Member("from"));
        CheckBound(To, published.Latest, path.Member("to"));
        return published;
    }

    private PublicationTime ReadBounded(JsonPath path)
    {
        var from = JsonReadErrors.Required(From, path.Member("from"));
        var to = JsonReadErrors.Required(To, path.Member("to"));
        if (to < from)
        {
            throw JsonReadErrors.At(path.Member("to"), $"the bounds end on {Format(to)}, before they start on {Format(from)}.");
        }
        string reasoning = JsonReadErrors.Required(Reasoning, path.Member("reasoning"));
        return JsonReadErrors.Build(path, () => PublicationTime.Within(new DateInterval(from, to), reasoning), "reasoning");
    }

    private static void CheckBound(LocalDate? stated, LocalDate expected, JsonPath path)
    {
        if (stated is { } date && date != expected)
        {
            throw JsonReadErrors.At(path, $"{Format(date)} disagrees with the publication time, whose date is {Format(expected)}.");
        }
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
