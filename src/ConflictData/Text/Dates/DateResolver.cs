using NodaTime;
using NodaTime.Text;

namespace ConflictData.Text;

/// <summary>
/// Resolves a recognised <see cref="DateRule"/> against a <see cref="PublicationTime"/>: at its date, or, when the date
/// is only bounded, at both bounds, with the envelope flagged as ambiguous when they disagree.
/// </summary>
internal static class DateResolver
{
    internal static ParseResult<ReferenceTime> Resolve(DateRule rule, ReferenceTimeKind kind, PublicationTime? published, string phrase, TextSpan span)
    {
        if (!rule.NeedsPublicationDate)
        {
            // Absolute and anaphoric rules ignore the date they are given.
            return Finish(rule.Resolve(default, out string? reason), kind, phrase, span, reason);
        }
        if (published is null)
        {
            return ParseResult<ReferenceTime>.ForError(ParseErrorCode.NeedsPublicationTime,
                $"\"{phrase}\" is relative to when it was written, and no publication time is given to resolve it against.", span);
        }
        DateRange? earliest = rule.Resolve(published.Earliest, out string? earliestReason);
        if (published.Kind != PublicationTimeKind.Bounded)
        {
            return Finish(earliest, kind, phrase, span, earliestReason);
        }
        if (earliest is null)
        {
            return Finish(null, kind, phrase, span, earliestReason + $" (at the earliest possible publication date, {Iso(published.Earliest)})");
        }
        DateRange? latest = rule.Resolve(published.Latest, out string? latestReason);
        if (latest is null)
        {
            return Finish(null, kind, phrase, span, latestReason + $" (at the latest possible publication date, {Iso(published.Latest)})");
        }
        if (earliest.Equals(latest))
        {
            return Finish(earliest, kind, phrase, span, null);
        }
        var envelope = DateRange.Span(LocalDate.Min(earliest.Start, latest.Start), LocalDate.Max(earliest.End, latest.End));
        return ParseResult<ReferenceTime>.ForAmbiguousValue(new ReferenceTime(kind, envelope));
    }

    private static ParseResult<ReferenceTime> Finish(DateRange? range, ReferenceTimeKind kind, string phrase, TextSpan span, string? reason) =>
        range is null
            ? ParseResult<ReferenceTime>.ForError(ParseErrorCode.Unresolvable, $"\"{phrase}\" {reason}.", span)
            : ParseResult<ReferenceTime>.ForValue(new ReferenceTime(kind, range));

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
