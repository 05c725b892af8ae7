using NodaTime;
using NodaTime.Text;

namespace ConflictData.Serialization;

/// <summary>
/// A <see cref="ZonedDateTime"/> as NodaTime's general ISO text with the zone id and offset,
/// <c>"2019-03-24T19:25:00 Pacific/Auckland (+13)"</c>; fractions of a second are written only when present.
/// The offset decides between the two readings of an ambiguous local time, and an offset the zone never has
/// at that time is rejected.
/// </summary>
/// <remarks>
/// NodaTime.Serialization.SystemTextJson's zoned converter (<c>NodaConverters.CreateZonedDateTimeConverter</c>) writes
/// <c>"2019-03-24T19:25:00+13 Pacific/Auckland"</c>: the offset before the zone id, without parentheses. The format
/// (docs/json-format.md) fixed the text above before that package was available, users' scripts and the seed corpus
/// read it, and the contract is extended, never changed, so the format's own pattern is used.
/// </remarks>
internal sealed class ZonedDateTimeJsonConverter : NodaPatternJsonConverter<ZonedDateTime>
{
    /// <summary>The pattern: NodaTime's general ISO zoned pattern plus optional fractional seconds.</summary>
    internal static readonly ZonedDateTimePattern Pattern = ZonedDateTimePattern.CreateWithInvariantCulture(
        "uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF z '('o<g>')'", DateTimeZoneProviders.Tzdb);

    /// <summary>Creates the converter.</summary>
    public ZonedDateTimeJsonConverter()
        : base(Pattern,
            "a zoned time such as \"2019-03-24T19:25:00 Pacific/Auckland (+13)\" (tz database zone id)")
    {
    }
}
