using System;
using System.Text;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Writes a <see cref="Quantity"/> as canonical English, the one form the quantity parser reads back to the same value.
/// </summary>
/// <remarks>
/// <para>The grammar, culture-invariant and with comma thousands separators:</para>
/// <list type="bullet">
/// <item>exact (with that number as its best value): "14,000 people"; closed: "between 14,000 and 18,000 people",
/// and "between 7 and 7 people" for [7, 7] without a best value;</item>
/// <item>open: "more than 5,600 people", "at least 5,600 people", "up to 30,000 people", "less than 100 people";</item>
/// <item>half-open: "more than 5 and up to 9 percent", "at least 5 and less than 9 percent", "more than 5 and less than 9 percent";</item>
/// <item>a best value: "between 35,000 and 45,000 people (best estimate 40,000)";</item>
/// <item>units: money as its ISO code before every number ("USD 25,000,000"), then "square kilometres", "square
/// miles", "hectares", "kilometres", "miles", "percent", "per month", "months", "times" or "times the population" for a
/// ratio, or the counted noun (plural unless the value is exactly one: "1 child", "2 children"); a rate of money or of a
/// count adds " per month" to that ("USD 8,000,000 per month", "50 people per month").</item>
/// </list>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class QuantityFormatter
{
    /// <summary>Formats <paramref name="quantity"/>, naming counts by their unit ("people", "countries").</summary>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    public static string Format(Quantity quantity) => Format(quantity, null);

    /// <summary>
    /// Formats <paramref name="quantity"/> with <paramref name="noun"/> as the word for what is counted
    /// ("between 14,000 and 18,000 militants"). A count uses the noun instead of its unit's word; a rate puts it before
    /// the period ("50 people per month"); money, area, length, percent, ratios and durations ignore it. The parser
    /// reads a noun before the period as what the rate counts ("person/month"), so only the noun-free form of a
    /// "per-month" rate reads back to the same unit. A <c>null</c> noun uses the
    /// unit's own word.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="quantity"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="noun"/> is empty, white space, or padded with white space.</exception>
    public static string Format(Quantity quantity, string? noun)
    {
        Preconditions.CheckNotNull(quantity, nameof(quantity));
        if (noun is not null)
        {
            Preconditions.CheckNotBlank(noun, nameof(noun));
        }
        var value = quantity.Value;
        var unit = quantity.Unit;
        var text = new StringBuilder();
        // One number only for an exact figure with its best value; [7, 7] without one is "between 7 and 7".
        bool single = value.IsExact && value.Best == value.Lower!.Value.Value;
        switch (value.Lower, value.Upper)
        {
            case ({ } l, { }) when single:
                AppendNumber(text, unit, l.Value);
                break;
            case ({ IsInclusive: true } l, { IsInclusive: true } u):
                text.Append("between ");
                AppendNumber(text, unit, l.Value);
                text.Append(" and ");
                AppendNumber(text, unit, u.Value);
                break;
            case ({ } l, { } u):
                text.Append(l.IsInclusive ? "at least " : "more than ");
                AppendNumber(text, unit, l.Value);
                text.Append(u.IsInclusive ? " and up to " : " and less than ");
                AppendNumber(text, unit, u.Value);
                break;
            case ({ } l, null):
                text.Append(l.IsInclusive ? "at least " : "more than ");
                AppendNumber(text, unit, l.Value);
                break;
            case (null, { } u):
                text.Append(u.IsInclusive ? "up to " : "less than ");
                AppendNumber(text, unit, u.Value);
                break;
        }
        AppendUnitWords(text, unit, noun, isSingular: single && value.Lower!.Value.Value == 1);
        if (value.Best is { } best && !value.IsExact)
        {
            text.Append(" (best estimate ");
            AppendNumber(text, unit, best);
            text.Append(')');
        }
        return text.ToString();
    }

    /// <summary>
    /// One stated number in <paramref name="unit"/> with <paramref name="wordsAfterNumber"/> between the number and the
    /// unit words: "300 or so hard-core IS fighters", "50 or so people per month".
    /// </summary>
    internal static string FormatStated(decimal number, Unit unit, string? noun, string wordsAfterNumber)
    {
        var text = new StringBuilder();
        AppendNumber(text, unit, number);
        text.Append(' ').Append(wordsAfterNumber);
        AppendUnitWords(text, unit, noun, isSingular: number == 1);
        return text.ToString();
    }

    private static void AppendNumber(StringBuilder text, Unit unit, decimal number)
    {
        if ((unit.Of ?? unit).Dimension == Dimension.Money)
        {
            text.Append((unit.Of ?? unit).Code).Append(' ');
        }
        text.Append(Invariant.Grouped(number));
    }

    private static void AppendUnitWords(StringBuilder text, Unit unit, string? noun, bool isSingular)
    {
        switch (unit.Dimension)
        {
            case Dimension.Count:
                text.Append(' ').Append(noun ?? CountWord(unit.Code, isSingular));
                break;
            case Dimension.Area:
                text.Append(unit == Unit.SquareMile ? " square miles" : unit == Unit.Hectare ? " hectares" : " square kilometres");
                break;
            case Dimension.Length:
                text.Append(unit == Unit.Mile ? " miles" : " kilometres");
                break;
            case Dimension.Ratio:
                text.Append(" times");
                if (unit.Reference is { } reference)
                {
                    text.Append(" the ").Append(reference);
                }
                break;
            case Dimension.Percent:
                text.Append(" percent");
                break;
            case Dimension.Rate:
                if (unit.Of is { Dimension: Dimension.Count } counted)
                {
                    text.Append(' ').Append(noun ?? CountWord(counted.Code, isSingular));
                }
                else if (noun is not null)
                {
                    text.Append(' ').Append(noun);
                }

                text.Append(" per ").Append(Unit.TimeUnitCode(unit.Period!.Value));
                break;
            case Dimension.Duration:
                text.Append(' ').Append(Unit.TimeUnitCode(unit.Period!.Value)).Append(isSingular ? "" : "s");
                break;
            case Dimension.Money:
                break;
        }
    }

    // Irregular plurals of the nouns conflict reporting counts; matched on the last hyphen-separated word.
    private static readonly (string Singular, string Plural)[] IrregularPlurals =
        [("person", "people"), ("child", "children"), ("man", "men"), ("woman", "women"), ("life", "lives"), ("wife", "wives")];

    /// <summary>The English word for a count unit: "person"/"people", "child"/"children", "country"/"countries".</summary>
    internal static string CountWord(string entity, bool isSingular)
    {
        if (isSingular)
        {
            return entity;
        }
        string lastWord = entity[(entity.LastIndexOf('-') + 1)..];
        if (EnglishNouns.IsInvariant(lastWord))
        {
            return entity;
        }
        foreach (var (singular, plural) in IrregularPlurals)
        {
            if (string.Equals(lastWord, singular, StringComparison.Ordinal))
            {
                return string.Concat(entity.AsSpan(0, entity.Length - singular.Length), plural);
            }
        }
        bool consonantY = entity.Length > 1 && entity[^1] == 'y' && "aeiou".IndexOf(entity[^2], StringComparison.Ordinal) < 0;
        if (consonantY)
        {
            return string.Concat(entity.AsSpan(0, entity.Length - 1), "ies");
        }
        return entity.EndsWith('s') || entity.EndsWith('x') || entity.EndsWith('z')
            || entity.EndsWith("sh", StringComparison.Ordinal) || entity.EndsWith("ch", StringComparison.Ordinal)
            ? entity + "es"
            : entity + "s";
    }
}
