using System;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// The unit of a <see cref="Quantity"/>: a count of some kind of thing, money in one currency, area, length, percent,
/// a rate per period, a duration, or a ratio to a reference. Every unit has one canonical code, which is what JSON and
/// the command line write.
/// </summary>
/// <remarks>
/// <para>Codes: a count is the singular lower-case name of what is counted ("person", "country"); money is its
/// ISO 4217 code ("USD"); area is "km2", "mi2" or "ha"; length is "km" or "mi"; percent is "percent"; a rate of
/// nothing named is "per-" and a time unit ("per-month"), a rate of money or of a count is that unit, "/" and the
/// time unit ("USD/month", "barrel/day"); a duration is the time unit ("month"); a ratio is "ratio", or "ratio:" and
/// the singular of what it is a fraction or multiple of ("ratio:population" for "a third of the population").</para>
/// <para>Nothing is converted: "34,000 square miles" stays in "mi2", a distinct unit from "km2", so quantities in
/// the two never combine silently.</para>
/// <para>Units are equal when their codes are equal. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Unit : IEquatable<Unit>
{
    private const string RatioCode = "ratio";

    private Unit(Dimension dimension, string code, Currency? currency, TimeUnit? period, Unit? of = null, string? reference = null)
    {
        Of = of;
        Reference = reference;
        Dimension = dimension;
        Code = code;
        Currency = currency;
        Period = period;
    }

    /// <summary>What kind of thing this unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>The canonical code: "person", "USD", "km2", "percent", "per-month", "month".</summary>
    public string Code { get; }

    /// <summary>The currency, for money; otherwise <c>null</c>.</summary>
    public Currency? Currency { get; }

    /// <summary>The time unit of a rate (per what) or a duration; otherwise <c>null</c>.</summary>
    public TimeUnit? Period { get; }

    /// <summary>What a rate counts per period, when named: USD for "$8m a month", barrel for "1.5 million barrels per day"; otherwise <c>null</c>.</summary>
    public Unit? Of { get; }

    /// <summary>What a ratio is a fraction or multiple of ("population" for "a third of the population"), when named; otherwise <c>null</c>.</summary>
    public string? Reference { get; }

    /// <summary>Whether quantities in this unit may be negative. Only percentages may ("down 9 percent" as −9).</summary>
    public bool AllowsNegative => Dimension == Dimension.Percent;

    /// <summary>
    /// Whether every number of <paramref name="value"/> can be a quantity in this unit: always for percent, otherwise
    /// when no bound and no best value is negative and the range reaches above zero or includes it. The one rule behind
    /// <see cref="Quantity"/>'s constructor, which the scanner checks before it gives a figure a unit.
    /// </summary>
    internal bool CanHold(RangedValue value) =>
        AllowsNegative
        || ((value.Lower is not { } l || l.Value >= 0)
            && (value.Best is not { } b || b >= 0)
            && (value.Upper is not { } u || u.Value > 0 || (u.Value == 0 && u.IsInclusive)));

    /// <summary>A count of people: fighters, militants, civilians, children, troops.</summary>
    public static Unit Person { get; } = new(Dimension.Count, "person", null, null);

    /// <summary>Square kilometres.</summary>
    public static Unit SquareKilometre { get; } = new(Dimension.Area, "km2", null, null);

    /// <summary>Square miles, kept as written: never converted to square kilometres.</summary>
    public static Unit SquareMile { get; } = new(Dimension.Area, "mi2", null, null);

    /// <summary>Hectares.</summary>
    public static Unit Hectare { get; } = new(Dimension.Area, "ha", null, null);

    /// <summary>Kilometres.</summary>
    public static Unit Kilometre { get; } = new(Dimension.Length, "km", null, null);

    /// <summary>Miles, kept as written: never converted to kilometres.</summary>
    public static Unit Mile { get; } = new(Dimension.Length, "mi", null, null);

    /// <summary>Percent.</summary>
    public static Unit Percent { get; } = new(Dimension.Percent, "percent", null, null);

    /// <summary>A ratio with no reference named: "doubled", "almost tripled", "twice as high".</summary>
    public static Unit Ratio() => RatioOfNothing;

    private static readonly Unit RatioOfNothing = new(Dimension.Ratio, RatioCode, null, null);

    /// <summary>
    /// A fraction or multiple of <paramref name="reference"/>: "a third of the population" is 1/3 of
    /// <c>Ratio("population")</c>, "three times as many refugees" is 3 of <c>Ratio("refugee")</c>.
    /// </summary>
    /// <param name="reference">The singular lower-case name of the reference, as a count entity is written.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reference"/> is not a lower-case word of letters and inner hyphens.</exception>
    public static Unit Ratio(string reference)
    {
        Preconditions.CheckNotNull(reference, nameof(reference));
        Preconditions.CheckArgument(QuantityLexicon.IsLowerWord(reference), nameof(reference),
            $"\"{reference}\" cannot name what a ratio refers to: use a singular lower-case word of letters and inner hyphens, such as population.");
        return new Unit(Dimension.Ratio, RatioCode + ":" + reference, null, null, reference: reference);
    }

    /// <summary>A count of some kind of thing other than people.</summary>
    /// <remarks>
    /// <para>A count is written in English as its noun ("3 attacks", "1 country") and read back from it, so the noun
    /// must be one the quantity grammar reads as a counted thing. Refused: nouns whose plural does not read back to them
    /// ("bus" → "buses", which reads as "buse"; use a hyphenated or longer noun such as "bus-service"), and, in singular or plural, words that name
    /// people (fighters, children, women: count them as <see cref="Person"/> and keep the word as the estimate's noun),
    /// currencies ("dollar": use <see cref="Money"/>), numbers and magnitudes ("ten", "dozen", "thousand"), and function
    /// words ("the", "per"). Otherwise "3 dollars" would come back as money and "1 ten" as nothing.</para>
    /// </remarks>
    /// <param name="entity">The singular, lower-case name of what is counted, such as "country" or "attack"; letters and inner hyphens only.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entity"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="entity"/> is not a lower-case word, it is a code reserved for
    /// another dimension, or English reads it as people, a currency, a number or a function word.</exception>
    public static Unit Count(string entity)
    {
        Preconditions.CheckNotNull(entity, nameof(entity));
        string? problem = CountEntityProblem(entity);
        Preconditions.CheckArgument(problem is null, nameof(entity), $"\"{entity}\" cannot name a counted thing: {problem}.");
        return entity == Person.Code ? Person : new Unit(Dimension.Count, entity, null, null);
    }

    /// <summary>Money in <paramref name="currency"/>; its code is the currency's ISO 4217 code.</summary>
    public static Unit Money(Currency currency) => new(Dimension.Money, currency.Code, currency, null);

    /// <summary>A rate per <paramref name="period"/>, as in "50 per month".</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a defined <see cref="TimeUnit"/>.</exception>
    public static Unit PerPeriod(TimeUnit period) =>
        new(Dimension.Rate, "per-" + TimeUnitCode(Preconditions.CheckDefined(period, nameof(period))), null, period);

    /// <summary>A rate of <paramref name="of"/> per <paramref name="period"/>: "$8m a month" is USD/month, "1.5 million barrels per day" barrel/day.</summary>
    /// <param name="of">Money or a count.</param>
    /// <param name="period">The period.</param>
    /// <exception cref="ArgumentNullException"><paramref name="of"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="of"/> is neither money nor a count, or <paramref name="period"/> is not a defined <see cref="TimeUnit"/>.</exception>
    public static Unit PerPeriod(Unit of, TimeUnit period)
    {
        Preconditions.CheckNotNull(of, nameof(of));
        Preconditions.CheckArgument(of.Dimension is Dimension.Money or Dimension.Count, nameof(of),
            $"A rate counts money or a counted thing per period, but \"{of.Code}\" is {of.Dimension}.");
        string code = of.Code + "/" + TimeUnitCode(Preconditions.CheckDefined(period, nameof(period)));
        return new Unit(Dimension.Rate, code, null, period, of);
    }

    /// <summary>A duration counted in <paramref name="unit"/>, as in "six to 12 months".</summary>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not a defined <see cref="TimeUnit"/>.</exception>
    public static Unit Duration(TimeUnit unit) =>
        new(Dimension.Duration, TimeUnitCode(Preconditions.CheckDefined(unit, nameof(unit))), null, unit);

    /// <summary>Reads a canonical unit code. Returns <c>false</c> when <paramref name="code"/> is null or no unit code.</summary>
    public static bool TryParse(string? code, [NotNullWhen(true)] out Unit? unit) => Parse(code).TryGetValue(null!, out unit);

    /// <summary>Reads a canonical unit code: an ISO 4217 code, km2, mi2, ha, km, mi, percent, hour/day/week/month/year,
    /// per-hour/day/week/month/year, a money or count code then /hour, /day, /week, /month or /year, ratio or ratio:NOUN, or a
    /// lower-case counted noun such as person.</summary>
    /// <returns>The unit, or why not (<see cref="ParseErrorCode.NullText"/> or <see cref="ParseErrorCode.Unrecognized"/>).</returns>
    public static ParseResult<Unit> Parse(string? code)
    {
        Unit? unit = code switch
        {
            null => null,
            "km2" => SquareKilometre,
            "mi2" => SquareMile,
            "ha" => Hectare,
            "km" => Kilometre,
            "mi" => Mile,
            "percent" => Percent,
            RatioCode => RatioOfNothing,
            _ when code.StartsWith(RatioCode + ":", StringComparison.Ordinal) && QuantityLexicon.IsLowerWord(code.AsSpan(RatioCode.Length + 1)) => Ratio(code[(RatioCode.Length + 1)..]),
            _ when code.IndexOf('/', StringComparison.Ordinal) is var slash and > 0 && TryParseTimeUnit(code[(slash + 1)..], out var per)
                   && TryParse(code[..slash], out var of) && of.Dimension is Dimension.Money or Dimension.Count => PerPeriod(of, per),
            _ when ConflictData.Currency.TryParse(code, out var currency) => Money(currency),
            _ when TryParseTimeUnit(code, out var t) => Duration(t),
            _ when code.StartsWith("per-", StringComparison.Ordinal) && TryParseTimeUnit(code[4..], out var p) => PerPeriod(p),
            _ when IsCountEntity(code) => Count(code),
            _ => null,
        };
        return unit is not null ? ParseResult<Unit>.ForValue(unit)
            : code is null ? ParseResult<Unit>.ForNullText(nameof(code))
            : ParseResult<Unit>.ForError(ParseErrorCode.Unrecognized,
                $"\"{code}\" is not a unit code; expected an ISO 4217 code, km2, mi2, ha, km, mi, percent, hour/day/week/month/year, per-hour/day/week/month/year, a money or count code and /hour, /day, /week, /month or /year (USD/month, barrel/day), ratio or ratio:NOUN, or a lower-case counted noun such as person.",
                new TextSpan(0, code.Length));
    }

    private static bool IsCountEntity(string entity) => CountEntityProblem(entity) is null;

    /// <summary>Why <paramref name="entity"/> cannot name a counted thing, or null when it can.</summary>
    private static string? CountEntityProblem(string entity)
    {
        if (!QuantityLexicon.IsLowerWord(entity) || entity is "percent" or "km2" or "mi2" or "ha" or "km" or "mi" or RatioCode
            || entity.StartsWith("per-", StringComparison.Ordinal) || TryParseTimeUnit(entity, out _))
        {
            return "use a singular lower-case word of letters and inner hyphens that is not a unit code (percent, km2, mi2, ha, km, mi, ratio, a time unit, per-...)";
        }
        return entity == Person.Code ? null : QuantityLexicon.CountedNounConflict(entity);
    }

    internal static string TimeUnitCode(TimeUnit unit) => unit switch
    {
        TimeUnit.Day => "day",
        TimeUnit.Week => "week",
        TimeUnit.Month => "month",
        TimeUnit.Hour => "hour",
        _ => "year",
    };

    private static bool TryParseTimeUnit(string code, out TimeUnit unit)
    {
        (bool ok, unit) = code switch
        {
            "day" => (true, TimeUnit.Day),
            "week" => (true, TimeUnit.Week),
            "month" => (true, TimeUnit.Month),
            "year" => (true, TimeUnit.Year),
            "hour" => (true, TimeUnit.Hour),
            _ => (false, default),
        };
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(Unit? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Unit);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Compares two units by code.</summary>
    public static bool operator ==(Unit? left, Unit? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two units by code.</summary>
    public static bool operator !=(Unit? left, Unit? right) => !(left == right);

    /// <summary>The canonical code.</summary>
    public override string ToString() => Code;
}
