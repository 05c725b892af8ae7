namespace ConflictData.Serialization;

/// <summary>A <see cref="DateRange"/> as its ISO text: <c>"2019-03-24"</c>, <c>"2019-03"</c>, <c>"2019"</c> or <c>"2019-03-11/2019-03-20"</c>.</summary>
internal sealed class DateRangeJsonConverter : IsoTextJsonConverter<DateRange>
{
    protected override string Expected => "a date range such as \"2019-03-24\", \"2019-03\", \"2019\" or \"2019-03-11/2019-03-20\"";

    // DateRange's own message already quotes the text and lists the accepted forms.
    protected override string Unreadable(string text, string? error) => error!;

    protected override string Format(DateRange value) => value.ToString();

    protected override bool TryParse(string text, out DateRange value, out string? error)
    {
        var result = DateRange.Parse(text);
        error = result.Error?.Message;
        return result.TryGetValue(null!, out value);
    }
}
