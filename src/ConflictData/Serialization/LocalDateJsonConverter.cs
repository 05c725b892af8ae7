using NodaTime;
using NodaTime.Text;

namespace ConflictData.Serialization;

/// <summary>
/// A <see cref="LocalDate"/> as ISO text, <c>"2019-03-24"</c>, through NodaTime's <see cref="LocalDatePattern.Iso"/>,
/// which is exactly the format's. Only ISO-calendar dates reach it: the model accepts no other.
/// </summary>
internal sealed class LocalDateJsonConverter : NodaPatternJsonConverter<LocalDate>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateJsonConverter()
        : base(LocalDatePattern.Iso, "an ISO date such as \"2019-03-24\"")
    {
    }
}
