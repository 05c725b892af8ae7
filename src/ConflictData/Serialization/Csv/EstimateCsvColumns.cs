using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Serialization;

/// <summary>
/// The columns of the estimates CSV, in file order: one tidy row per estimate, each cell a plain value a data-frame
/// reader types on its own (numbers, <c>true</c>/<c>false</c>, ISO dates), lists joined by <c>;</c>, and the
/// nested parts (source chains, further evidence, who stated a confidence) as compact JSON in the format of
/// <c>docs/json-format.md</c>. Cells are read into the JSON format's DTOs, so the CSV and JSON readers apply the same rules.
/// </summary>
internal static class EstimateCsvColumns
{
    private const char ListSeparator = ';';

    private static ConflictDataJsonContext Compact => JsonFormat.Compact;

    /// <summary>Every column, in the order they are written.</summary>
    internal static ImmutableArray<EstimateCsvColumn> All { get; } =
    [
        EstimateCsvColumn.Stated("id", "$.id", d => d.Id!, (d, t) => d.Id = t),
        EstimateCsvColumn.Stated("indicator", "$.measurand.indicator", d => d.Measurand!.Indicator!, (d, t) => Measurand(d).Indicator = t),
        EstimateCsvColumn.Stated("actor", "$.measurand.actor", d => d.Measurand!.Actor ?? "", (d, t) => Measurand(d).Actor = t),
        EstimateCsvColumn.Stated("places", "$.measurand.places", d => JoinList(d.Measurand!.Places), (d, t) => Measurand(d).Places = SplitList(t)),
        EstimateCsvColumn.Stated("region", "$.measurand.region", d => d.Measurand!.Region ?? "", (d, t) => Measurand(d).Region = t),
        EstimateCsvColumn.Stated("qualifiers", "$.measurand.qualifiers", d => JoinList(d.Measurand!.Qualifiers), (d, t) => Measurand(d).Qualifiers = SplitList(t)),
        EstimateCsvColumn.Stated("low", "$.quantity.lower.value", d => Number(d.Quantity!.Lower?.Value), (d, t) => Lower(d).Value = ParseNumber(t)),
        EstimateCsvColumn.Stated("low_inclusive", "$.quantity.lower.inclusive", d => Boolean(d.Quantity!.Lower?.Inclusive), (d, t) => Lower(d).Inclusive = ParseBoolean(t)),
        EstimateCsvColumn.Stated("high", "$.quantity.upper.value", d => Number(d.Quantity!.Upper?.Value), (d, t) => Upper(d).Value = ParseNumber(t)),
        EstimateCsvColumn.Stated("high_inclusive", "$.quantity.upper.inclusive", d => Boolean(d.Quantity!.Upper?.Inclusive), (d, t) => Upper(d).Inclusive = ParseBoolean(t)),
        EstimateCsvColumn.Stated("best", "$.quantity.best", d => Number(d.Quantity!.Best), (d, t) => Quantity(d).Best = ParseNumber(t)),
        EstimateCsvColumn.Stated("unit", "$.quantity.unit", d => d.Quantity!.Unit!, (d, t) => Quantity(d).Unit = t),
        EstimateCsvColumn.Derived("dimension", "$.quantity.unit", e => KebabCaseNames<Dimension>.ToText(e.Quantity.Unit.Dimension)),
        EstimateCsvColumn.Stated("hedge", "$.hedge.text", d => d.Hedge!.Text!, (d, t) => Hedge(d).Text = t),
        EstimateCsvColumn.Stated("hedge_kinds", "$.hedge.kinds", d => JoinList(d.Hedge!.Kinds), (d, t) => Hedge(d).Kinds = SplitList(t)),
        EstimateCsvColumn.Stated("noun", "$.noun", d => d.Noun ?? "", (d, t) => d.Noun = t),
        EstimateCsvColumn.Stated("reference_kind", "$.referenceTime.kind", d => d.ReferenceTime?.Kind ?? "", (d, t) => ReferenceTime(d).Kind = t),
        EstimateCsvColumn.Stated("reference", "$.referenceTime.anchor", d => d.ReferenceTime?.Anchor?.ToString() ?? "", (d, t) => ReferenceTime(d).Anchor = ParseDateRange(t)),
        EstimateCsvColumn.Derived("reference_from", "$.referenceTime.anchor", e => Date(e.ReferenceTime?.From)),
        EstimateCsvColumn.Derived("reference_to", "$.referenceTime.anchor", e => Date(e.ReferenceTime?.To)),
        EstimateCsvColumn.Stated("published_kind", "$.published.kind", d => d.Published?.Kind ?? "", (d, t) => Published(d).Kind = t),
        EstimateCsvColumn.Stated("published_time", "$.published.time", d => d.Published?.Time is { } z ? ZonedDateTimeJsonConverter.Pattern.Format(z) : "",
            (d, t) => Published(d).Time = Parse(ZonedDateTimeJsonConverter.Pattern, t, "a zoned time such as 2019-03-24T19:25:00 Pacific/Auckland (+13)")),
        EstimateCsvColumn.Stated("published_from", "$.published.from", d => Date(d.Published?.From), (d, t) => Published(d).From = ParseDate(t)),
        EstimateCsvColumn.Stated("published_to", "$.published.to", d => Date(d.Published?.To), (d, t) => Published(d).To = ParseDate(t)),
        EstimateCsvColumn.Stated("published_reasoning", "$.published.reasoning", d => d.Published?.Reasoning ?? "", (d, t) => Published(d).Reasoning = t),
        EstimateCsvColumn.Derived("source", "$.sources", e => string.Join(" | ", e.Sources)),
        EstimateCsvColumn.Derived("outlet", "$.sources", e => string.Join(" | ", e.Sources.Select(c => c.Publisher.Name))),
        EstimateCsvColumn.Derived("origin", "$.sources", e => string.Join(" | ", e.Sources.Select(c => c.Origin.Name))),
        EstimateCsvColumn.Stated("sources_json", "$.sources",
            d => d.Sources is { Length: > 0 } s ? JsonSerializer.Serialize(s, Compact.SourceDtoArrayArray) : "",
            (d, t) => d.Sources = ParseJson(t, Compact.SourceDtoArrayArray)),
        EstimateCsvColumn.Stated("document", "$.evidence[0].document", d => FirstEvidence(d)?.Document ?? "", (d, t) => FirstEvidence(d, create: true)!.Document = t),
        EstimateCsvColumn.Stated("start", "$.evidence[0].start", d => Integer(FirstEvidence(d)?.Start), (d, t) => FirstEvidence(d, create: true)!.Start = ParseInteger(t)),
        EstimateCsvColumn.Stated("length", "$.evidence[0].length", d => Integer(FirstEvidence(d)?.Length), (d, t) => FirstEvidence(d, create: true)!.Length = ParseInteger(t)),
        EstimateCsvColumn.Stated("quote", "$.evidence[0].quote", d => FirstEvidence(d)?.Quote ?? "", (d, t) => FirstEvidence(d, create: true)!.Quote = t),
        EstimateCsvColumn.Stated("more_evidence_json", "$.evidence",
            d => d.Evidence is { Length: > 1 } all ? JsonSerializer.Serialize(all[1..], Compact.EvidenceDtoArray) : "",
            (d, t) => d.Evidence = [FirstEvidence(d, create: true), .. ParseJson(t, Compact.EvidenceDtoArray)]),
        EstimateCsvColumn.Stated("confidence", "$.confidence.text", d => d.Confidence?.Text ?? "", (d, t) => Confidence(d).Text = t),
        EstimateCsvColumn.Stated("confidence_level", "$.confidence.level", d => d.Confidence?.Level ?? "", (d, t) => Confidence(d).Level = t),
        EstimateCsvColumn.Stated("confidence_probability", "$.confidence.probability", d => Number(d.Confidence?.Probability), (d, t) => Confidence(d).Probability = ParseNumber(t)),
        EstimateCsvColumn.Stated("confidence_stated_by_json", "$.confidence.statedBy",
            d => d.Confidence?.StatedBy is { } s ? JsonSerializer.Serialize(s, Compact.SourceDto) : "",
            (d, t) => Confidence(d).StatedBy = ParseJson(t, Compact.SourceDto)),
        EstimateCsvColumn.Stated("reliability", "$.reliability", d => d.Reliability ?? "", (d, t) => d.Reliability = t),
        // Last, because it came after the first layout: the one or two numbers as the text states them.
        EstimateCsvColumn.Stated("stated", "$.stated", d => d.Stated is { } numbers ? string.Join(ListSeparator, numbers.Select(n => Number(n))) : "",
            (d, t) => d.Stated = [.. SplitList(t).Select(n => ParseNumber(n!))]),
    ];

    /// <summary>A DTO with only the parts every estimate has; optional parts are created by the first cell that feeds them.</summary>
    internal static EstimateDto EmptyRow() => new() { Quantity = new QuantityDto(), Measurand = new MeasurandDto() };

    private static MeasurandDto Measurand(EstimateDto d) => d.Measurand ??= new MeasurandDto();

    private static QuantityDto Quantity(EstimateDto d) => d.Quantity ??= new QuantityDto();

    private static BoundDto Lower(EstimateDto d) => Quantity(d).Lower ??= new BoundDto();

    private static BoundDto Upper(EstimateDto d) => Quantity(d).Upper ??= new BoundDto();

    private static HedgeDto Hedge(EstimateDto d) => d.Hedge ??= new HedgeDto();

    private static ReferenceTimeDto ReferenceTime(EstimateDto d) => d.ReferenceTime ??= new ReferenceTimeDto();

    private static PublicationTimeDto Published(EstimateDto d) => d.Published ??= new PublicationTimeDto();

    private static ConfidenceDto Confidence(EstimateDto d) => d.Confidence ??= new ConfidenceDto();

    // The first evidence lives in plain columns; the rest, rarer, in one JSON cell.
    private static EvidenceDto? FirstEvidence(EstimateDto d, bool create = false)
    {
        if (d.Evidence is { Length: > 0 } evidence)
        {
            return evidence[0];
        }
        if (!create)
        {
            return null;
        }
        var first = new EvidenceDto();
        d.Evidence = [first];
        return first;
    }

    private static string JoinList(string?[]? items) => items is null ? "" : string.Join(ListSeparator, items);

    private static string?[] SplitList(string text)
    {
        string[] items = text.Split(ListSeparator);
        if (items.Any(i => i.Length == 0))
        {
            throw new FormatException($"\"{text}\" has an empty item; separate items with a single ';', such as IQ;SY.");
        }
        return items;
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    private static string Integer(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";

    // Upper case, as R and spreadsheets write logicals; pandas reads them as booleans too.
    private static string Boolean(bool? value) => value switch { true => "TRUE", false => "FALSE", null => "" };

    private static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : "";

    private static decimal ParseNumber(string text) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out decimal value)
            ? value
            : throw new FormatException($"\"{text}\" is not a number that fits a .NET decimal; write digits with a '.' decimal point and no thousands separators, such as 14000 or 2.5.");

    private static int ParseInteger(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw new FormatException($"\"{text}\" is not a whole number from 0 to 2147483647.");

    private static bool ParseBoolean(string text) =>
        bool.TryParse(text, out bool value) ? value : throw new FormatException($"\"{text}\" is not true or false.");

    private static LocalDate ParseDate(string text) => Parse(LocalDatePattern.Iso, text, "an ISO date such as 2019-03-24");

    private static DateRange ParseDateRange(string text) => DateRange.Parse(text).GetValueOrThrow();

    private static T Parse<T>(IPattern<T> pattern, string text, string expected)
    {
        var result = pattern.Parse(text);
        return result.Success ? result.Value : throw new FormatException($"\"{text}\" is not {expected}.");
    }

    private static T ParseJson<T>(string text, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(text, typeInfo) ?? throw new FormatException("the JSON is null; leave the cell empty instead.");
        }
        catch (JsonException e)
        {
            throw new FormatException(JsonReadErrors.WithPath(e).Message, e);
        }
    }
}
