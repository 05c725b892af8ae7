using NodaTime;
using NodaTime.Text;

namespace ConflictData.Text;

/// <summary>
/// Resolves a recognised <see cref="DateRule"/> against a <see cref="PublicationTime"/>: at its date, or, when the date
/// is only bounded, at both bounds, with the envelope flagged as ambiguous when they disagree.
/// </summary>
internal static class DateResolver
{
    internal static DateParseResult Resolve(DateRule rule, ReferenceTimeKind kind, PublicationTime? published, string phrase)
    {
        if (!rule.NeedsPublicationDate)
        {
            // Absolute and anaphoric rules ignore the date they are given.
            return Finish(rule.Resolve(default, out string? reason), kind, phrase, reason);
        }
        if (published is null)
        {
            return DateParseResult.Unresolved($"\"{phrase}\" is relative to when it was written, and no publication time is given to resolve it against.");
        }
        DateRange? earliest = rule.Resolve(published.Earliest, out string? earliestReason);
        if (published.Kind != PublicationTimeKind.Bounded)
        {
            return Finish(earliest, kind, phrase, earliestReason);
        }
        if (earliest is null)
        {
            return Finish(null, kind, phrase, earliestReason + $" (at the earliest possible publication date, {Iso(published.Earliest)})");
        }
        DateRange? latest = rule.Resolve(published.Latest, out string? latestReason);
        if (latest is null)
        {
            return Finish(null, kind, phrase, latestReason + $" (at the latest possible publication date, {Iso(published.Latest)})");
        }
        if (earliest.Equals(latest))
        {
            return Finish(earliest, kind, phrase, null);
        }
        var envelope = DateRange.Span(LocalDate.Min(earliest.Start, latest.Start), LocalDate.Max(earliest.End, latest.End));
        return DateParseResult.Ambiguous(new ReferenceTime(kind, envelope),
            $"\"{phrase}\" means {earliest} if published on {Iso(published.Earliest)} and {latest} if published on {Iso(published.Latest)}; "
            + $"the publication time is only known to be {published}, so it is the envelope {envelope}.");
    }

    private static DateParseResult Finish(DateRange? range, ReferenceTimeKind kind, string phrase, string? reason) =>
        range is null ? DateParseResult.Unresolved($"\"{phrase}\" {reason}.") : DateParseResult.Resolved(new ReferenceTime(kind, range));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
