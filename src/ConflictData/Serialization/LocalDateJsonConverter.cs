using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace ConflictData.Serialization;

/// <summary>
/// A <see cref="LocalDate"/> as ISO text, <c>"2019-03-24"</c>, through NodaTime's own
/// <see cref="NodaConverters.LocalDateConverter"/>, whose ISO date pattern is exactly the format's.
/// </summary>
internal sealed class LocalDateJsonConverter : NodaJsonConverter<LocalDate>
{
    /// <summary>Creates the converter.</summary>
    public LocalDateJsonConverter()
        : base(NodaConverters.LocalDateConverter, "an ISO date such as \"2019-03-24\"")
    {
    }
}
