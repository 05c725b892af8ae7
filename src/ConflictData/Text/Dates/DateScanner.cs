using System.Collections.Immutable;
using ConflictData.Text.Scanning;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Finds the date expressions in English news text, each with its exact span and its resolution against the
/// document's publication time.
/// </summary>
/// <remarks>
/// <para>What it reads (weekday and named-day names capitalised; month names capitalised or, except "may" and
/// "march" alone, in lower case; function words in any case):</para>
/// <list type="bullet">
/// <item>absolute dates: "24 March 2019", "24 Mar 2019", "March 12, 2019", "April 30 , 2019", "2019-05-02",
/// "22-07-2017" or "22/07/2017" (day first), "March of 2019", "July 2018", "in 2014", "a 2016 mass shooting", "11-20 March 2019";</item>
/// <item>months and parts of them: "in September", "mid-March", "late February and March", "early 2019", "the first
/// week of March" (days 1-7; second to fourth likewise), "the last week of June" (its last seven days), "late last year",
/// "early this month";</item>
/// <item>relative dates: "on Friday", "Tuesday", "this week", "this month", "earlier this month", "earlier this year",
/// "this past March", "last August", "last year", "two years ago", "over the past year", "within the year",
/// "by the end of that year", "yesterday";</item>
/// <item>ranges: "between May 2012 and June 2014", "from March to May", "from 12 to 18 May", "2014-2016", "2022/23", "March 12-14",
/// "7-8 March", "3 and 4 March", "from Monday to Wednesday" (ending on the latest Wednesday on or before P), "in 2020 and 2021" (days or years in a row; further apart they are not one span);</item>
/// <item>units ending with a month: "the year to March", "the 12 months to June 2019", "the three months through
/// September" (a month without a year is the latest by the publication date);</item>
/// <item>weekends and nights: "at the weekend", "over the weekend", "this weekend", "last weekend", "next weekend", "overnight" (not
/// "an overnight curfew" or "almost overnight");</item>
/// <item>seasons and named days: "by spring 2018", "last summer", "the fall of 2016", "winter 2022-23" (December 2022 to
/// February 2023), "on New Year's Eve", "during Ramadan",
/// "Eid al-Adha", "Easter 2020" (see <c>NamedPeriodCalendar</c> for how each is dated);</item>
/// <item>decades and parts of years: "the mid-1990s", "the late 2000s", "the first half of 2017", "Q3 2016", "H1 2024", "the third
/// quarter of 2019"; US federal fiscal years: "FY2018", "fiscal year 2021", "next fiscal year" (October to September);</item>
/// <item>a day of an unnamed month, "on the 5th", the latest such day by the publication date;</item>
/// <item>periods around the publication date: "the past decade", "the past fortnight" and "last fortnight" (two weeks), "in recent weeks"
/// (four weeks; days seven, months and years three), "in the coming months" (the same counts from the next day), "until
/// now"; a year a plan is "for";</item>
/// <item>a leading "since" (<see cref="ReferenceTimeKind.Since"/>), "as of", "by" or "until" (<see cref="ReferenceTimeKind.AsOf"/>;
/// a bare month or season after "by" or "until" is the next one not yet over);
/// everything else is <see cref="ReferenceTimeKind.During"/>.</item>
/// </list>
/// <para>How relative phrases resolve against the publication date P (the local date of an exact time):</para>
/// <list type="bullet">
/// <item>a weekday ("on Friday", "Wednesday") is the latest such day on or before P: "Friday" in an article of
/// Saturday 22 July 2017 is 21 July 2017; "last Friday" is the latest strictly before P; "next Friday" the first after;
/// "the weekend" is Saturday and Sunday of the weekend under way on P or else the last before it, "this weekend" the
/// one under way or else the coming one, "last weekend" the last one wholly before P, "next weekend" the first after P;
/// "overnight" is the night ending on P, so P and the day before;</item>
/// <item>a bare month ("in September", "mid-March") is the latest such month on or before P's month; "this past March"
/// and "last August" the latest strictly before P's month; a day without a year ("March 12") the latest on or before P;
/// a month, day or named day followed by its year counted from P ("in March last year", "on 7 October last year", "in
/// May of next year", "Christmas last year") falls in that year;</item>
/// <item>"early", "mid-" and "late" narrow a month to days 1-10, 11-20 and 20 to the end (a year to January-April,
/// May-August, September-December), as a <see cref="DatePrecision.Span"/>; "late February and March" runs from
/// 20 February to 31 March;</item>
/// <item>"this week|month|year" is the whole ISO week (Monday to Sunday), month or year containing P;
/// "earlier this month|year" runs from its first day to the day before P, and "later this ..." from the day after P to
/// its end, as spans; "last|next week|month|year" is the whole unit before or after P's;</item>
/// <item>"N years ago" is the calendar year N years before P's, with <see cref="DatePrecision.Year"/> precision,
/// because writers round "two years ago" to the year they mean and a day-exact anniversary would claim a precision the
/// words do not have; likewise "N months ago" is a month, "N weeks ago" an ISO week, "N days ago" a day;</item>
/// <item>"over the past year" is the year of days ending on P (2018-05-01 to 2019-04-30 for P = 30 April 2019);
/// "within the year" runs from P to the end of P's year;</item>
/// <item>"the end of" (or "beginning of") a month or year is its last (or first) day, as is "end-2023" or "end-March";
/// "that year" is the year named last before it in the text.</item>
/// </list>
/// <para>A phrase that needs a publication date when none is given, or that refers back to nothing, is reported as
/// a failed <see cref="ParseResult{T}"/> with the reason (<see cref="ParseErrorCode.NeedsPublicationTime"/> or
/// <see cref="ParseErrorCode.Unresolvable"/>); it is never guessed. When the publication time is only
/// bounded, a relative phrase is resolved at both bounds: if they agree that is the answer, otherwise the envelope of
/// the two is returned with <see cref="DatePrecision.Span"/> precision, flagged <see cref="ParseResult{T}.IsAmbiguous"/>.</para>
/// <para>The scanner is hand-written, never throws on any text, and runs in time linear in the text's length.
/// Mentions come back in text order and never overlap. This type is thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var mentions = DateScanner.Default.Scan(text, PublicationTime.OnDate(new LocalDate(2017, 7, 22)));
/// foreach (DateMention m in mentions)
///     Console.WriteLine($"{m.Span} {m.Text}: {m.Resolution}");   // [1234..1243) on Friday: during 2017-07-21
/// </code>
/// </example>
public sealed class DateScanner
{
    private DateScanner()
    {
    }

    /// <summary>The scanner. Dates have no policy to choose, so this is the only instance; it is an instance, as
    /// <see cref="QuantityScanner.Default"/> is, so that every scanner in the library has one shape.</summary>
    public static DateScanner Default { get; } = new();

    /// <summary>Finds every date expression in <paramref name="text"/>, resolved against <paramref name="published"/> (if any).</summary>
    /// <exception cref="System.ArgumentNullException"><paramref name="text"/> is null.</exception>
    public ImmutableArray<DateMention> Scan(string text, PublicationTime? published)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return Scan(text, published, out _);
    }

    /// <summary>As <see cref="Scan(string, PublicationTime?)"/>, also reporting the characters examined.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Every scanner is an instance with a Default, whether or not it has settings.")]
    internal ImmutableArray<DateMention> Scan(string text, PublicationTime? published, out long work)
    {
        int? lastYear = null;
        return Scan(text, published, ref lastYear, out _, out work);
    }

    /// <summary>
    /// As <see cref="Scan(string, PublicationTime?)"/> for a piece of a longer text: "that year" reads the last explicit
    /// year before it, so a piece starts from <paramref name="lastYear"/> (the one before the piece, or null) and
    /// leaves there the last one after it; <paramref name="readEarlierYear"/> says whether a mention in the piece
    /// read the year from before it, so that a piece scanned without that year must be scanned again with it.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Every scanner is an instance with a Default, whether or not it has settings.")]
    internal ImmutableArray<DateMention> Scan(string text, PublicationTime? published, ref int? lastYear, out bool readEarlierYear, out long work,
        TokenStream? tokens = null)
    {
        var grammar = new DateGrammar(text, standalone: false, tokens);
        ImmutableArray<DateMention>.Builder mentions = ImmutableArray.CreateBuilder<DateMention>();
        bool ownYear = false;
        readEarlierYear = false;
        for (int index = grammar.NextStart(0); index >= 0; index = grammar.NextStart(index + 1))
        {
            if (grammar.TryStartAt(index, out DateGrammar.Cursor token) && grammar.TryMatch(token, out DateMatch match))
            {
                readEarlierYear |= !ownYear && match.Rule.Kind == DateRuleKind.ThatYear;
                DateRule rule = match.Rule.WithAntecedent(lastYear);
                ownYear |= match.Rule.ExplicitYear is not null;
                lastYear = rule.ExplicitYear ?? lastYear;
                string phrase = text[match.Start..match.End];
                var span = TextSpan.FromBounds(match.Start, match.End);
                mentions.Add(new DateMention(span, phrase, DateResolver.Resolve(rule, match.Kind, published, phrase, span)));
                index = match.Last;
            }
        }
        // The lexer reads each character once; the grammar's work is counted in token inspections.
        work = grammar.Work + text.Length;
        return mentions.ToImmutable();
    }
}
