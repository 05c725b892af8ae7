using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictData.Tests.Generators;

/// <summary>
/// FsCheck generators for every model type, valid by construction, biased towards the edges that break code:
/// equal and open bounds, 28-digit decimals, the first and last ISO years, time-zone gaps and overlaps, non-ASCII
/// and JSON-escaped text. Free of test-framework types so the benchmarks can link this file to make their data.
/// </summary>
internal static class ModelGenerators
{
    // Letters that stress encoders and culture-sensitive code: Turkish dotted/dotless i, German sharp s, typographic
    // quotes and ellipsis, Arabic, CJK, JSON's own quote and backslash, and control characters inside the text.
    private static readonly char[] InnerChars = [.. "abcxyzABCXYZ0189 éüßİı…’“”–—€عربي中文\"\\/\t\n<>&'"];
    private static readonly char[] EdgeChars = [.. "aZ9éİı…’”€ع中\"\\"];

    private static readonly string[] CountNouns = ["person", "country", "attack", "child-soldier", "camp", "village"];
    private static readonly string[] CurrencyCodes = ["USD", "GBP", "EUR", "IQD", "SYP", "AFN", "JPY", "XAU", "BHD", "CLF"];
    private static readonly string[] ZoneIds = [.. DateTimeZoneProviders.Tzdb.Ids];
    private static readonly string[] CountryCodes = [.. ConflictData.CountryCode.Assigned.Order(StringComparer.Ordinal)];

    /// <summary>Non-empty text without leading or trailing white space, as every model text field requires.</summary>
    internal static readonly Gen<string> Text =
        from first in Gen.Elements(EdgeChars)
        from middle in Gen.Elements(InnerChars).ArrayOf().Select(cs => new string(cs))
        from last in Gen.Elements(EdgeChars)
        from single in Gen.Frequency((1, Gen.Constant(true)), (4, Gen.Constant(false)))
        select single ? first.ToString() : first + middle + last;

    /// <summary>Lower-case kebab-case codes such as indicators and qualifiers use.</summary>
    internal static readonly Gen<string> KebabCode =
        from words in Gen.Elements("foreign", "fighters", "returned", "at-large", "x", "a1", "2019", "detained")
            .NonEmptyListOf().Select(ws => ws.Take(4))
        select string.Join("-", words);

    /// <summary>Decimals from zero to the largest, with every scale, including trailing zeros (2.50) and 28 digits.</summary>
    internal static readonly Gen<decimal> NonNegativeDecimal = Gen.Frequency(
        (4, Gen.Choose(0, 1000).Select(i => (decimal)i)),
        (3, from mantissa in Gen.Choose(0, int.MaxValue)
            from thousands in Gen.Choose(0, 1000)
            from scale in Gen.Choose(0, 6)
            select new decimal((int)((long)mantissa % int.MaxValue), thousands, 0, false, (byte)scale)),
        (1, from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(0, int.MaxValue)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, false, (byte)scale)),
        (1, Gen.Elements(0m, 0.5m, 1m, 2.50m, 39_000_000m, decimal.MaxValue, 0.0000000000000000000000000001m)));

    /// <summary>Decimals of either sign over the full range.</summary>
    internal static readonly Gen<decimal> Decimal =
        from magnitude in NonNegativeDecimal from negative in Gen.Elements(false, true) select negative ? -magnitude : magnitude;

    /// <summary>Decimals of at most 15 integer digits and 4 decimals, so sums of a few never overflow.</summary>
    internal static readonly Gen<decimal> ModerateDecimal =
        from units in Gen.Choose(-1_000_000, 1_000_000)
        from millions in Gen.Choose(-1_000_000, 1_000_000)
        from scale in Gen.Choose(0, 4)
        from small in Gen.Elements(true, false)
        select (small ? units : (decimal)millions * 1_000_000_000 + units) / Pow10(scale);

    /// <summary>Bounds of any value, inclusive or exclusive.</summary>
    internal static readonly Gen<Bound> Bound =
        from value in Decimal from inclusive in Gen.Elements(true, false) select new Bound(value, inclusive);

    /// <summary>Ranged values over the full decimal range: exact, closed, half-open and one-sided, with or without a best value.</summary>
    internal static readonly Gen<RangedValue> RangedValue = RangedValueOver(Decimal);

    /// <summary>Ranged values that cannot be negative, as count, money and area quantities need.</summary>
    internal static readonly Gen<RangedValue> NonNegativeRangedValue =
        RangedValueOver(NonNegativeDecimal).Where(r => r.Upper is not { Value: 0, IsInclusive: false });

    /// <summary>Ranged values of moderate size, for arithmetic laws that must not overflow.</summary>
    internal static readonly Gen<RangedValue> ModerateRangedValue = RangedValueOver(ModerateDecimal);

    /// <summary>ISO 4217 currencies, including precious metals and odd minor units.</summary>
    internal static readonly Gen<Currency> Currency = Gen.Elements(CurrencyCodes).Select(code => new Currency(code));

    /// <summary>Every dimension of unit: counts, money, area, length, percent, rates (of nothing named, of money, of a count), durations and ratios.</summary>
    internal static readonly Gen<Unit> Unit = Gen.OneOf(
        Gen.Elements(ConflictData.Unit.Person, ConflictData.Unit.SquareKilometre, ConflictData.Unit.SquareMile, ConflictData.Unit.Hectare,
            ConflictData.Unit.Kilometre, ConflictData.Unit.Mile, ConflictData.Unit.Percent, ConflictData.Unit.Ratio()),
        Gen.Elements(CountNouns).Select(ConflictData.Unit.Count),
        Gen.Elements(CountNouns).Select(ConflictData.Unit.Ratio),
        Currency.Select(ConflictData.Unit.Money),
        Gen.Elements(Enum.GetValues<TimeUnit>()).Select(ConflictData.Unit.PerPeriod),
        from period in Gen.Elements(Enum.GetValues<TimeUnit>())
        from of in Gen.OneOf(Currency.Select(ConflictData.Unit.Money), Gen.Elements(CountNouns).Select(ConflictData.Unit.Count))
        select ConflictData.Unit.PerPeriod(of, period),
        Gen.Elements(Enum.GetValues<TimeUnit>()).Select(ConflictData.Unit.Duration));

    /// <summary>Quantities whose range respects their unit: negative values only in percent.</summary>
    internal static readonly Gen<Quantity> Quantity =
        from unit in Unit
        from value in unit.AllowsNegative ? RangedValue : NonNegativeRangedValue
        select new Quantity(value, unit);

    /// <summary>No hedge, a recognised hedge phrase, or free words with any combination of kinds.</summary>
    internal static readonly Gen<Hedge> Hedge = Gen.Frequency(
        (1, Gen.Constant(ConflictData.Hedge.None)),
        (2, Gen.Elements(ConflictData.Hedge.KnownPhrases.ToArray()).Select(p => ConflictData.Hedge.Recognize(p)!)),
        (1, from text in Text from kinds in Gen.Choose(1, 1023) select new Hedge(text, (HedgeKinds)kinds)));

    /// <summary>ISO dates from year 1 to 9999, mostly near the present.</summary>
    internal static readonly Gen<LocalDate> LocalDate =
        from year in Gen.Frequency((6, Gen.Choose(1900, 2100)), (1, Gen.Choose(1, 9999)), (1, Gen.Elements(1, 9999)))
        from dayOfYear in Gen.Choose(1, 366)
        select new LocalDate(year, 1, 1).PlusDays(Math.Min(dayOfYear, CalendarSystem.Iso.GetDaysInYear(year)) - 1);

    /// <summary>Date ranges of every precision: day, month, year and span.</summary>
    internal static readonly Gen<DateRange> DateRange = Gen.OneOf(
        LocalDate.Select(ConflictData.DateRange.Day),
        LocalDate.Select(d => ConflictData.DateRange.Month(d.Year, d.Month)),
        LocalDate.Select(d => ConflictData.DateRange.Year(d.Year)),
        from a in LocalDate from b in LocalDate select ConflictData.DateRange.Span(a < b ? a : b, a < b ? b : a));

    /// <summary>Reference times of every kind.</summary>
    internal static readonly Gen<ReferenceTime> ReferenceTime =
        from kind in Gen.Elements(Enum.GetValues<ReferenceTimeKind>()) from anchor in DateRange select new ReferenceTime(kind, anchor);

    /// <summary>
    /// Times in real tz database zones, including local times in daylight-saving gaps (moved on), times within
    /// 90 minutes of a zone's offset changes (so both readings of a repeated clock time occur), and fractions of a second.
    /// </summary>
    internal static readonly Gen<ZonedDateTime> ZonedDateTime =
        from zoneId in Gen.Elements(ZoneIds)
        from date in LocalDate.Where(d => d.Year is >= 1800 and <= 2200)
        from seconds in Gen.Choose(0, 86_399)
        from millis in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(0, 999)))
        from minutesFromChange in Gen.Choose(-90, 90)
        from nearChange in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        let zone = DateTimeZoneProviders.Tzdb[zoneId]
        let local = date.At(LocalTime.FromSecondsSinceMidnight(seconds).PlusMilliseconds(millis))
        select nearChange ? NearOffsetChange(zone, local, minutesFromChange) : local.InZoneLeniently(zone);

    /// <summary>Publication times of every kind: exact in a real zone, a date, or bounds with reasoning.</summary>
    internal static readonly Gen<PublicationTime> PublicationTime = Gen.OneOf(
        ZonedDateTime.Select(ConflictData.PublicationTime.Exact),
        LocalDate.Select(ConflictData.PublicationTime.OnDate),
        from a in LocalDate
        from b in LocalDate
        from reasoning in Text
        select ConflictData.PublicationTime.Within(new DateInterval(a < b ? a : b, a < b ? b : a), reasoning));

    /// <summary>Sources of every kind, with or without role, organisation and date.</summary>
    internal static readonly Gen<Source> Source =
        from kind in Gen.Elements(Enum.GetValues<SourceKind>())
        from name in Text
        from role in OrNull(Text)
        from organisation in OrNull(Text)
        from when in OrNull(DateRange)
        select new Source(kind, name, role, organisation, when);

    /// <summary>Chains of one to four links.</summary>
    internal static readonly Gen<SourceChain> SourceChain =
        from count in Gen.Choose(1, 4) from links in Source.ArrayOf(count) select new SourceChain(links);

    /// <summary>Document ids of 1 to 200 allowed characters.</summary>
    internal static readonly Gen<DocumentId> DocumentId =
        from length in Gen.Frequency((9, Gen.Choose(1, 24)), (1, Gen.Elements(1, 200)))
        from chars in Gen.Elements([.. "abz019AZ_-."]).ArrayOf(length)
        select new DocumentId(new string(chars));

    /// <summary>Spans anywhere in a long text, including empty ones.</summary>
    internal static readonly Gen<TextSpan> TextSpan =
        from start in Gen.Frequency((4, Gen.Choose(0, 100_000)), (1, Gen.Elements(0, int.MaxValue - 10)))
        from length in Gen.Choose(0, 10)
        select new TextSpan(start, length);

    /// <summary>Evidence whose quote has exactly the span's length.</summary>
    internal static readonly Gen<Evidence> Evidence =
        from document in DocumentId
        from span in TextSpan.Where(s => !s.IsEmpty)
        from quote in Gen.Elements(InnerChars).ArrayOf(span.Length)
        select new Evidence(document, span, new string(quote));

    /// <summary>Stated confidence at every level, with or without probability and speaker.</summary>
    internal static readonly Gen<StatedConfidence> StatedConfidence =
        from text in Text
        from level in Gen.Elements(Enum.GetValues<ConfidenceLevel>())
        from probability in OrNone(Gen.Choose(0, 10_000).Select(p => p / 10_000m))
        from statedBy in OrNull(Source)
        select new StatedConfidence(text, level, probability, statedBy);

    /// <summary>All 36 Admiralty grades.</summary>
    internal static readonly Gen<ReliabilityGrade> ReliabilityGrade =
        from source in Gen.Elements(Enum.GetValues<SourceReliability>())
        from information in Gen.Elements(Enum.GetValues<InformationCredibility>())
        select new ReliabilityGrade(source, information);

    /// <summary>The named indicators and other valid codes.</summary>
    internal static readonly Gen<Indicator> Indicator = Gen.OneOf(
        Gen.Elements(ConflictData.Indicator.Fighters, ConflictData.Indicator.ForeignFightersReturned, ConflictData.Indicator.Funds,
            ConflictData.Indicator.Territory, ConflictData.Indicator.Bounty),
        KebabCode.Select(code => new Indicator(code)));

    /// <summary>Assigned ISO 3166-1 alpha-2 codes.</summary>
    internal static readonly Gen<CountryCode> CountryCode = Gen.Elements(CountryCodes).Select(code => new CountryCode(code));

    /// <summary>Measurands with unsorted, possibly repeated places and qualifiers (the model sorts and deduplicates).</summary>
    internal static readonly Gen<Measurand> Measurand =
        from indicator in Indicator
        from actor in OrNull(Text)
        from places in UpTo(4, CountryCode)
        from region in OrNull(Text)
        from qualifiers in UpTo(3, KebabCode)
        select new Measurand(indicator, actor, places, region, qualifiers);

    /// <summary>Stated figures of one or two numbers.</summary>
    internal static readonly Gen<StatedFigure> StatedFigure =
        from first in Decimal
        from second in Gen.Elements(false, true).SelectMany(two => two ? Decimal.Select(d => (decimal?)d) : Gen.Constant((decimal?)null))
        select new StatedFigure(first, second);


    /// <summary>Estimates with every member filled or left out.</summary>
    internal static readonly Gen<Estimate> Estimate = EstimateWithId(DocumentId.Select(id => id.Value));

    /// <summary>Lists of up to about a dozen estimates with distinct ids, as an estimates file holds.</summary>
    internal static readonly Gen<Estimate[]> EstimateList =
        from count in Gen.Sized(size => Gen.Choose(0, Math.Min(size, 12)))
        from estimates in Gen.CollectToArray(Enumerable.Range(0, count), i => EstimateWithId(Gen.Constant("e" + i)))
        select estimates;

    /// <summary>Documents with text of every kind of character, with or without a publication time.</summary>
    internal static readonly Gen<Document> Document =
        from id in DocumentId
        from text in Gen.Elements(InnerChars).ArrayOf().Select(cs => new string(cs))
        from published in OrNull(PublicationTime)
        select new Document(id, text, published);

    /// <summary>Estimates whose ids come from <paramref name="ids"/>, so a caller can make the ids of a list distinct.</summary>
    internal static Gen<Estimate> EstimateWithId(Gen<string> ids) =>
        from id in ids
        from quantity in Quantity
        from measurand in Measurand
        from hedge in Hedge
        from noun in OrNull(Text)
        from referenceTime in OrNull(ReferenceTime)
        from published in OrNull(PublicationTime)
        from sources in UpTo(3, SourceChain)
        from evidence in UpTo(3, Evidence)
        from confidence in OrNull(StatedConfidence)
        from reliability in OrNone(ReliabilityGrade)
        from stated in OrNull(StatedFigure)
        select new Estimate(id, quantity, measurand, hedge, noun, referenceTime, published, sources, evidence, confidence, reliability, stated);


    /// <summary>Ranged values that shrink towards fewer parts and smaller numbers, so failures are easy to read.</summary>
    internal static Arbitrary<RangedValue> RangedValueArbitrary(Gen<RangedValue> gen) => Arb.From(gen, ShrinkRangedValue);

    /// <summary>Estimates that shrink by dropping optional members one at a time.</summary>
    internal static Arbitrary<Estimate> EstimateArbitrary { get; } = Arb.From(Estimate, ShrinkEstimate);

    /// <summary>Simpler ranged values than <paramref name="value"/> that are still valid.</summary>
    internal static IEnumerable<RangedValue> ShrinkRangedValue(RangedValue value)
    {
        (Bound? Lower, Bound? Upper, decimal? Best)[] candidates =
        [
            (value.Lower, value.Upper, null),
            (value.Lower, null, null),
            (null, value.Upper, null),
            (Inclusive(value.Lower), Inclusive(value.Upper), value.Best),
            (Truncated(value.Lower), Truncated(value.Upper), value.Best is { } b ? decimal.Truncate(b) : null),
        ];
        foreach (var (lower, upper, best) in candidates)
        {
            if ((lower, upper, best) != (value.Lower, value.Upper, value.Best)
                && ConflictData.RangedValue.TryCreate(lower, upper, best, out var simpler, out _))
            {
                yield return simpler;
            }
        }
    }

    private static IEnumerable<Estimate> ShrinkEstimate(Estimate e)
    {
        if (e.Confidence is not null || e.Reliability is not null || e.Published is not null || e.ReferenceTime is not null)
        {
            yield return new Estimate(e.Id, e.Quantity, e.Measurand, e.Hedge, e.Noun, sources: e.Sources, evidence: e.Evidence);
        }
        if (!e.Sources.IsEmpty || !e.Evidence.IsEmpty)
        {
            yield return new Estimate(e.Id, e.Quantity, e.Measurand, e.Hedge, e.Noun, e.ReferenceTime, e.Published,
                confidence: e.Confidence, reliability: e.Reliability);
        }
        if (e.Hedge != ConflictData.Hedge.None || e.Noun is not null)
        {
            yield return new Estimate(e.Id, e.Quantity, e.Measurand, null, null, e.ReferenceTime, e.Published, e.Sources, e.Evidence,
                e.Confidence, e.Reliability);
        }
        if (!e.Quantity.Value.IsExact)
        {
            yield return new Estimate(e.Id, ConflictData.Quantity.Exact(0, e.Quantity.Unit), e.Measurand, e.Hedge, e.Noun, e.ReferenceTime,
                e.Published, e.Sources, e.Evidence, e.Confidence, e.Reliability);
        }
    }

    private static Gen<RangedValue> RangedValueOver(Gen<decimal> numbers) =>
        from a in numbers
        from b in Gen.Frequency((4, numbers), (1, Gen.Constant(a)))
        from shape in Gen.Choose(0, 3)
        from lowerInclusive in Gen.Elements(true, false)
        from upperInclusive in Gen.Elements(true, false)
        from bestChoice in Gen.Choose(0, 4)
        select MakeRange(Math.Min(a, b), Math.Max(a, b), shape, lowerInclusive, upperInclusive, bestChoice);

    // shape: 0 both bounds, 1 lower only, 2 upper only, 3 exact. Equal bounds must both be inclusive, and the best
    // value must lie inside, so both are repaired rather than filtered away.
    private static RangedValue MakeRange(decimal low, decimal high, int shape, bool lowerInclusive, bool upperInclusive, int bestChoice)
    {
        if (shape == 3 || low == high)
        {
            lowerInclusive = upperInclusive = true;
            high = shape == 3 ? low : high;
        }
        Bound? lower = shape == 2 ? null : new Bound(low, lowerInclusive);
        Bound? upper = shape == 1 ? null : new Bound(high, upperInclusive);
        decimal?[] bests = [null, low, high, Midpoint(low, high), null];
        decimal? best = bests[bestChoice];
        return ConflictData.RangedValue.TryCreate(lower, upper, best, out var withBest, out _)
            ? withBest
            : new RangedValue(lower, upper);
    }

    // Opposite signs cannot overflow when added; equal signs cannot when subtracted.
    private static decimal Midpoint(decimal low, decimal high) =>
        Math.Sign(low) != Math.Sign(high) ? (low + high) / 2 : low + (high - low) / 2;

    // The instant a few minutes before or after the offset change that began the zone interval around local.
    private static ZonedDateTime NearOffsetChange(DateTimeZone zone, LocalDateTime local, int minutes)
    {
        var around = local.InZoneLeniently(zone).ToInstant();
        var interval = zone.GetZoneInterval(around);
        var change = interval.HasStart && interval.Start.InUtc().Year > 1 ? interval.Start : around;
        return change.Plus(Duration.FromMinutes(minutes)).InZone(zone);
    }

    private static Bound? Inclusive(Bound? bound) => bound is { } b ? ConflictData.Bound.Inclusive(b.Value) : null;

    private static Bound? Truncated(Bound? bound) => bound is { } b ? new Bound(decimal.Truncate(b.Value), b.IsInclusive) : null;

    private static decimal Pow10(int exponent) => exponent == 0 ? 1 : 10 * Pow10(exponent - 1);

    /// <summary>Arrays of 0 to <paramref name="max"/> values, each length equally likely whatever the size.</summary>
    internal static Gen<T[]> UpTo<T>(int max, Gen<T> gen) =>
        from count in Gen.Choose(0, max) from items in gen.ArrayOf(count) select items;

    /// <summary><paramref name="gen"/>'s values, or null about one time in four.</summary>
    internal static Gen<T?> OrNull<T>(Gen<T> gen) where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    /// <summary><paramref name="gen"/>'s values, or no value about one time in four.</summary>
    internal static Gen<T?> OrNone<T>(Gen<T> gen) where T : struct =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));
}
