using System;
using System.Runtime.CompilerServices;
using ConflictData.Text.Scanning;
using NodaTime;

namespace ConflictData.Text;

/// <summary>
/// The hand-written English date grammar. From a starting token it reads a bounded number of tokens ahead (at most
/// about a dozen, each separated by a short gap) and never re-reads more than that, so scanning a text costs time
/// linear in its length whatever the input.
/// </summary>
/// <remarks>
/// In running text the grammar is cautious: month and weekday names must be capitalised ("may" and "march" are verbs),
/// abbreviated months ("Mar") need a day or a year next to them, and a bare month or year needs a preposition in front
/// ("in September", "since 2014") or, for a year from 1800 to 2199, an article ("a 2016 mass shooting"). A standalone
/// phrase given to <see cref="DateParser"/> drops those cautions, because the caller says the whole text is a date.
/// </remarks>
internal sealed partial class DateGrammar
{
    private const int FirstPlainYear = 1800;
    private const int LastPlainYear = 2199;

    /// <summary>The widest run of white space allowed inside one date phrase ("April 30 , 2019").</summary>
    private const int MaxGap = 8;

    private readonly string text;
    private readonly bool standalone;
    private readonly TokenStream tokens;

    /// <param name="text">The text.</param>
    /// <param name="standalone">Whether the whole text is one phrase (<see cref="DateParser"/>).</param>
    /// <param name="tokens">The text's tokens when another scanner reads them too (one lexing pass); null to lex here.</param>
    internal DateGrammar(string text, bool standalone, TokenStream? tokens = null)
    {
        this.text = text;
        this.standalone = standalone;
        this.tokens = tokens ?? new TokenStream(text);
    }

    /// <summary>Tokens inspected and white space stepped over so far: the measure of work that the linearity tests bound
    /// (the lexer itself reads each character once).</summary>
    internal long Work { get; private set; }

    /// <summary>
    /// The date words a phrase can start with: prepositions, determiners, months, weekdays and the other words that
    /// <see cref="TryMatch"/> and <see cref="TryCore"/> begin from. The others ("of", "and", "to", "ago", units) only
    /// continue a phrase; "of", "and" and "to" are among the commonest words of a text, so they are turned away here.
    /// </summary>
    private const ulong StartingWords =
        (1UL << (int)DateWord.MonthName) | (1UL << (int)DateWord.WeekdayName) | (1UL << (int)DateWord.NumberWord)
        | (1UL << (int)DateWord.Article) | (1UL << (int)DateWord.The) | (1UL << (int)DateWord.In) | (1UL << (int)DateWord.On)
        | (1UL << (int)DateWord.During) | (1UL << (int)DateWord.Since) | (1UL << (int)DateWord.As) | (1UL << (int)DateWord.By)
        | (1UL << (int)DateWord.Over) | (1UL << (int)DateWord.Within) | (1UL << (int)DateWord.This) | (1UL << (int)DateWord.That)
        | (1UL << (int)DateWord.Last) | (1UL << (int)DateWord.Next) | (1UL << (int)DateWord.Earlier) | (1UL << (int)DateWord.Later)
        | (1UL << (int)DateWord.Early) | (1UL << (int)DateWord.Mid) | (1UL << (int)DateWord.Late) | (1UL << (int)DateWord.End)
        | (1UL << (int)DateWord.Beginning) | (1UL << (int)DateWord.Today) | (1UL << (int)DateWord.Yesterday)
        | (1UL << (int)DateWord.Tomorrow) | (1UL << (int)DateWord.Between) | (1UL << (int)DateWord.From)
        | (1UL << (int)DateWord.Until) | (1UL << (int)DateWord.For) | (1UL << (int)DateWord.Recent) | (1UL << (int)DateWord.Fiscal)
        | (1UL << (int)DateWord.FiscalYearPrefix) | (1UL << (int)DateWord.PartPrefix) | (1UL << (int)DateWord.Season)
        | (1UL << (int)DateWord.NamedDayStart) | (1UL << (int)DateWord.Overnight);

    /// <summary>
    /// The starting words whose phrase goes on with a number or a date word right after them: the prepositions that
    /// <see cref="TryMatch"/> reads a core after ("in", "on", "for", "by", "as of"), "the" and "a" ("the past year", "a 2016
    /// election", "a year ago"). These are the commonest words of a text; most are followed by neither, and are turned
    /// away after one look at the next token.
    /// </summary>
    private const ulong LeadingWords =
        (1UL << (int)DateWord.Since) | (1UL << (int)DateWord.By) | (1UL << (int)DateWord.As) | (1UL << (int)DateWord.Until)
        | (1UL << (int)DateWord.In) | (1UL << (int)DateWord.During) | (1UL << (int)DateWord.On) | (1UL << (int)DateWord.Over)
        | (1UL << (int)DateWord.For) | (1UL << (int)DateWord.The) | (1UL << (int)DateWord.Article);

    /// <summary>Whether a date phrase can start with the token: a number or a date word that begins phrases.</summary>
    internal static bool CanStart(in Cursor token) => CanStart(token.Kind, token.Word);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool CanStart(TokenKind? kind, DateWord word) =>
        kind == TokenKind.Number || (kind == TokenKind.Word && ((StartingWords >> (int)word) & 1) != 0);

    /// <summary>
    /// The first token at or after <paramref name="index"/> that a date phrase can start with (<see cref="CanStart(in Cursor)"/>),
    /// or -1 past the last token. Most tokens of a text cannot start one: they are passed over in this one loop, each
    /// counted in <see cref="Work"/>, without building a cursor.
    /// </summary>
    internal int NextStart(int index)
    {
        int first = index;
        for (; tokens.Exists(index); index++)
        {
            ref readonly Token token = ref tokens[index];
            if (CanStart(token.Kind, token.DateWord))
            {
                Work += index - first + 1;
                return index;
            }
        }
        Work += index - first;
        return -1;
    }

    /// <summary>
    /// The token at <paramref name="index"/>, which <see cref="NextStart"/> found, when a date phrase can start with it:
    /// a leading word ("in", "the") only when a number or a date word follows it.
    /// </summary>
    internal bool TryStartAt(int index, out Cursor token)
    {
        ref readonly Token candidate = ref tokens[index];
        bool can = CanStart(candidate.Kind, candidate.DateWord)
            && (((LeadingWords >> (int)candidate.DateWord) & 1) == 0 || IsNumberOrDateWord(index + 1));
        token = can ? Read(index, candidate) : default;
        return can;
    }

    private bool IsNumberOrDateWord(int index)
    {
        if (!tokens.Exists(index))
        {
            return false;
        }
        ref readonly Token next = ref tokens[index];
        return next.Kind == TokenKind.Number || (next.Kind == TokenKind.Word && next.DateWord != DateWord.None);
    }

    /// <summary>The token at <paramref name="index"/> of the text's token stream, or no token past the end.</summary>
    internal Cursor At(int index)
    {
        Work++;
        return tokens.Exists(index) ? Read(index, tokens[index]) : default;
    }

    /// <summary>Matches the longest date phrase the grammar knows that starts with <paramref name="first"/>, with its leading preposition.</summary>
    internal bool TryMatch(in Cursor first, out DateMatch match)
    {
        ReferenceTimeKind kind = ReferenceTimeKind.During;
        bool bare = true;
        Cursor core;
        switch (first.Kind == TokenKind.Word ? first.Word : DateWord.None)
        {
            case DateWord.Since:
                kind = ReferenceTimeKind.Since;
                core = Next(first);
                break;
            case DateWord.By:
                kind = ReferenceTimeKind.AsOf;
                core = Next(first);
                break;
            case DateWord.As:
                Cursor of = Next(first);
                kind = ReferenceTimeKind.AsOf;
                core = of.Is(DateWord.Of) ? Next(of) : default;
                break;
            case DateWord.Until:
                kind = ReferenceTimeKind.AsOf;
                core = Next(first);
                if (core.Is(DateWord.Now))
                {
                    match = Found(first.Start, core, DateRule.ForUnit(DateRuleKind.UnitOffset, TimeUnit.Day, 0)) with { Kind = kind };
                    return true;
                }
                break;
            case DateWord.In or DateWord.During:
                core = Next(first);
                break;
            case DateWord.On or DateWord.Over:
                bare = false;
                core = Next(first);
                break;
            case DateWord.For:
                core = Next(first);
                break;
            case DateWord.Between or DateWord.From:
                return TryRange(first, out match);
            default:
                bool found = TryCore(first, standalone, out match);
                match = found ? InRelativeYear(match) : match;
                return found;
        }
        if (TryCore(core, bare || standalone, out DateMatch inner) && Takes(first.Word, inner.Rule)
            && (!first.Is(DateWord.For) || EndsClause(inner)))
        {
            match = InRelativeYear(inner with { Start = first.Start, Kind = kind, Rule = LooksAhead(first.Word, inner.Rule) });
            return true;
        }
        match = default;
        return false;
    }

    /// <summary>
    /// A month, day or named day without a year followed by the year it falls in, counted from the publication: "in
    /// March last year", "on 7 October last year", "in June this year", "in May of next year", "Christmas last year".
    /// Without this, "March" alone would be the latest March by the publication date, which "last year" contradicts.
    /// </summary>
    private DateMatch InRelativeYear(in DateMatch match)
    {
        if (match.Rule.Kind is not (DateRuleKind.NamedMonth or DateRuleKind.DayOfMonth or DateRuleKind.NamedPeriod)
            || (match.Rule.Kind == DateRuleKind.NamedPeriod && match.Rule.Year != 0))
        {
            return match;
        }
        Cursor which = Next(At(match.Last));
        which = which.Is(DateWord.Of) ? Next(which) : which;
        Cursor year = Next(which);
        if (!year.IsSingularUnit || year.Value != (int)TimeUnit.Year)
        {
            return match;
        }
        return RelativeOffset(which) is int offset
            ? match with { End = year.End, Last = year.Index, Rule = match.Rule with { YearOffset = offset } }
            : match;
    }

    /// <summary>The units from the publication's that "last", "this" or "next" names: −1, 0 or 1; none for other words.</summary>
    private static int? RelativeOffset(in Cursor word) => word.Word switch
    {
        DateWord.Last => -1,
        DateWord.This => 0,
        DateWord.Next => 1,
        _ => null,
    };

    /// <summary>
    /// Whether a preposition goes with a phrase: "on" only with days ("on Friday", "on 24 March 2019", "on the weekend"),
    /// "over" only with "the past ..." and "the weekend", and "in" or "during" not with days ("in Wednesday", "in today"); the phrase is then matched alone.
    /// </summary>
    private static bool Takes(DateWord preposition, DateRule rule) => preposition switch
    {
        DateWord.On => (rule.Kind is DateRuleKind.Day or DateRuleKind.DayOfMonth or DateRuleKind.Weekday && rule.Part == DatePart.Whole)
            || (rule.Kind == DateRuleKind.DaySpan && rule.Date.Month == rule.EndDate.Month && Period.DaysBetween(rule.Date, rule.EndDate) < 7)
            || (rule.Kind == DateRuleKind.NamedPeriod && rule.Period >= NamedPeriod.NewYearsEve) || rule.Kind == DateRuleKind.Weekend,
        DateWord.Over => rule.Kind is DateRuleKind.PastUnits or DateRuleKind.ComingUnits or DateRuleKind.NamedPeriod or DateRuleKind.Weekend,
        DateWord.For => rule.Kind is DateRuleKind.Year || (rule.Kind == DateRuleKind.DaySpan && rule.Part == DatePart.Whole && IsFiscalYear(rule))
            || rule.Kind == DateRuleKind.FiscalYearOffset,
        DateWord.In or DateWord.During => (rule.Kind is not (DateRuleKind.Weekday or DateRuleKind.DayOfMonth) || rule.Anchor != DayAnchor.None)
            && !(rule.Kind == DateRuleKind.UnitOffset && rule.Unit == TimeUnit.Day),
        _ => true,
    };

    private bool TryCore(in Cursor token, bool bare, out DateMatch match)
    {
        match = default;
        if (token.Kind == TokenKind.Number)
        {
            return TryNumberFirst(token, bare, out match);
        }
        switch (token.Kind == TokenKind.Word ? token.Word : DateWord.None)
        {
            case DateWord.MonthName:
                return TryMonth(token, token.Start, DatePart.Whole, DateDirection.OnOrBefore, bare, out match);
            case DateWord.WeekdayName:
                return TryWeekday(token, token.Start, DateDirection.OnOrBefore, out match);
            case DateWord.Early or DateWord.Mid or DateWord.Late:
                return TryPart(token, out match);
            case DateWord.This:
                return TryThis(token, out match);
            case DateWord.Last or DateWord.Next:
                return TryLastOrNext(token, out match);
            case DateWord.Earlier or DateWord.Later:
                return TryEarlierOrLater(token, out match);
            case DateWord.Today or DateWord.Yesterday or DateWord.Tomorrow:
                return TryDayWord(token, out match);
            case DateWord.NumberWord:
                return TryAgo(token, out match);
            case DateWord.Article:
                return TryAgo(token, out match) || TryYearAfterArticle(token, out match);
            case DateWord.The:
                return TryThe(token, out match);
            case DateWord.End or DateWord.Beginning:
                return TryEndOf(token, token.Start, out match);
            case DateWord.That:
                return TryThatYear(token, token.Start, out match);
            case DateWord.Within:
                return TryWithin(token, out match);
            case DateWord.Season:
                return TrySeason(token, token.Start, DateDirection.OnOrBefore, false, out match) && (bare || match.Rule.Year != 0);
            case DateWord.NamedDayStart:
                return TryNamedDay(token, token.Start, DateDirection.OnOrBefore, out match);
            case DateWord.Recent:
                return TryRecentOrComing(token, token.Start, out match);
            case DateWord.Fiscal or DateWord.FiscalYearPrefix:
                return TryFiscalYear(token, token.Start, out match);
            case DateWord.PartPrefix:
                return TryPartPrefix(token, out match);
            case DateWord.Overnight:
                return TryOvernight(token, out match);
            default:
                return false;
        }
    }

    private bool TryNumberFirst(in Cursor token, bool bare, out DateMatch match)
    {
        match = default;
        if (FollowsNumberOrWord(token.Start))
        {
            return false;
        }
        if (token.IsNumber(4, 4) && TryIsoDate(token, out match))
        {
            return true;
        }
        if ((token.IsNumber(1, 2) || token.Shape == NumeralShape.Decimal) && TryNumericDayFirst(token, out match))
        {
            return true;
        }
        if (token.IsNumber(1, 2) && TryDayFirst(token, out match))
        {
            return true;
        }
        if (TryAgo(token, out match) || TryYearRange(token, out match) || TryDecade(token, token.Start, DatePart.Whole, out match))
        {
            return true;
        }
        if (bare && IsPlainYear(token))
        {
            // "in 2020 and 2021": two years in a row are the span of both.
            Cursor and = Next(token);
            Cursor second = and.Is(DateWord.And) ? Next(and) : default;
            match = second.IsNumber(4, 4) && second.Value == token.Value + 1 && !EndsInsideNumber(second)
                ? Found(token.Start, second, DateRule.ForDaySpan(new LocalDate(token.Value, 1, 1), new LocalDate(second.Value, 12, 31)))
                : Found(token.Start, token, DateRule.ForYear(token.Value));
            return true;
        }
        return false;
    }

    /// <summary>"2019-05-02".</summary>
    private bool TryIsoDate(in Cursor year, out DateMatch match)
    {
        match = default;
        Cursor dash = Adjacent(year);
        Cursor month = dash.IsSymbol('-') ? Adjacent(dash) : default;
        Cursor dash2 = month.IsNumber(1, 2) ? Adjacent(month) : default;
        Cursor day = dash2.IsSymbol('-') ? Adjacent(dash2) : default;
        if (!day.IsNumber(1, 2) || EndsInsideNumber(day) || !TryDate(year.Value, month.Value, day.Value, out LocalDate date))
        {
            return false;
        }
        match = Found(year.Start, day, DateRule.ForDay(date));
        return true;
    }

    /// <summary>"22-07-2017", "22.07.2017" or "22/07/2017", day first unless only month first makes sense ("07-22-2017").</summary>
    private bool TryNumericDayFirst(in Cursor first, out DateMatch match)
    {
        match = default;
        Cursor head;
        Cursor second;
        Cursor separator2;
        char separator;
        if (first.Shape == NumeralShape.Decimal)
        {
            // The lexer reads "22.07" of "22.07.2017" as one decimal numeral; one with thousands groups ("2,516.5") has
            // more than two characters before its point.
            int dot = text.IndexOf('.', first.Start, first.Length);
            if (dot - first.Start > 2 || first.TokenEnd - dot - 1 > 2)
            {
                return false;
            }
            head = DigitsWithin(first, first.Start, dot);
            second = DigitsWithin(first, dot + 1, first.TokenEnd);
            separator = '.';
            separator2 = Adjacent(first);
        }
        else
        {
            Cursor dash = Adjacent(first);
            if (!dash.IsSymbol('-') && !dash.IsSymbol('/'))
            {
                return false;
            }
            head = first;
            separator = dash.IsSymbol('/') ? '/' : '-';
            second = Adjacent(dash);
            separator2 = second.IsNumber(1, 2) ? Adjacent(second) : default;
        }
        Cursor year = head.IsNumber(1, 2) && second.IsNumber(1, 2) && separator2.IsSymbol(separator) ? Adjacent(separator2) : default;
        if (!year.IsNumber(4, 4) || EndsInsideNumber(year))
        {
            return false;
        }
        (int day, int month) = head.Value <= 12 && second.Value > 12 ? (second.Value, head.Value) : (head.Value, second.Value);
        if (!TryDate(year.Value, month, day, out LocalDate date))
        {
            return false;
        }
        match = Found(first.Start, year, DateRule.ForDay(date));
        return true;
    }

    /// <summary>"24 March 2019", "24th of March", "11-20 March 2019", "28 February-3 March 2019".</summary>
    private bool TryDayFirst(in Cursor dayToken, out DateMatch match)
    {
        match = default;
        int day = dayToken.Value;
        if (day is < 1 or > 31 || !TryDayEnd(dayToken, out Cursor last))
        {
            return false;
        }
        Cursor after = Next(last);
        if (after.IsDash || after.Is(DateWord.And))
        {
            return TryDayRangeInMonth(dayToken, after, out match);
        }
        if (after.Is(DateWord.Of))
        {
            after = Next(after);
        }
        if (!IsMonthName(after))
        {
            return false;
        }
        int month = after.Value;
        if (TryYearAfter(AbbreviationDot(after), out Cursor yearToken))
        {
            if (!TryDate(yearToken.Value, month, day, out LocalDate date))
            {
                return false;
            }
            match = TrySpanEnd(yearToken, out LocalDate end, out Cursor endToken) && end >= date
                ? Found(dayToken.Start, endToken, DateRule.ForDaySpan(date, end))
                : Found(dayToken.Start, yearToken, DateRule.ForDay(date));
            return true;
        }
        if (TrySpanEnd(after, out LocalDate spanEnd, out Cursor spanEndToken)
            && month <= spanEnd.Month && TryDate(spanEnd.Year, month, day, out LocalDate spanStart) && spanStart <= spanEnd)
        {
            match = Found(dayToken.Start, spanEndToken, DateRule.ForDaySpan(spanStart, spanEnd));
            return true;
        }
        if (day > MaxDaysIn(month))
        {
            return false;
        }
        match = Found(dayToken.Start, after, DateRule.ForDayOfMonth(month, day));
        return true;
    }

    /// <summary>
    /// "11-20 March 2019", "7-8 March", "3 and 4 March": the days of one month, in the year the text names or, without
    /// one, the latest such days by the publication date. Days joined by "and" are one span only when they follow each
    /// other; "3 and 10 March" are two days, not the week between them.
    /// </summary>
    private bool TryDayRangeInMonth(in Cursor first, in Cursor link, out DateMatch match)
    {
        match = default;
        Cursor second = Next(link);
        if (!second.IsNumber(1, 2) || !TryDayEnd(second, out Cursor last) || (link.Is(DateWord.And) && second.Value != first.Value + 1))
        {
            return false;
        }
        Cursor month = Next(last);
        if (!IsMonthName(month))
        {
            return false;
        }
        if (!TryYearAfter(AbbreviationDot(month), out Cursor year))
        {
            // "7-8 March": without a year the second day must follow the first, as a run of days does.
            if (second.Value <= first.Value || second.Value > MaxDaysIn(month.Value))
            {
                return false;
            }
            match = Found(first.Start, month, DateRule.ForDayOfMonth(month.Value, first.Value) with { ThroughDay = second.Value });
            return true;
        }
        if (!TryDate(year.Value, month.Value, first.Value, out LocalDate start)
            || !TryDate(year.Value, month.Value, second.Value, out LocalDate end) || end < start)
        {
            return false;
        }
        match = Found(first.Start, year, DateRule.ForDaySpan(start, end));
        return true;
    }

    /// <summary>The end of a span written as "-3 March 2019" after its start.</summary>
    private bool TrySpanEnd(in Cursor before, out LocalDate end, out Cursor last)
    {
        end = default;
        last = default;
        Cursor dash = Next(before);
        Cursor day = dash.IsDash ? Next(dash) : default;
        if (!day.IsNumber(1, 2) || !TryDayEnd(day, out Cursor dayEnd))
        {
            return false;
        }
        Cursor month = Next(dayEnd);
        return IsMonthName(month) && TryYearAfter(AbbreviationDot(month), out last) && TryDate(last.Value, month.Value, day.Value, out end);
    }

    /// <summary>A month name and what follows: "March 12, 2019", "March 12", "July 2018", "in September", "late February and March".</summary>
    private bool TryMonth(in Cursor monthToken, int start, DatePart part, DateDirection direction, bool bare, out DateMatch match)
    {
        match = default;
        if (!monthToken.Is(DateWord.MonthName))
        {
            return false;
        }
        int month = monthToken.Value;
        if (part == DatePart.Whole && direction == DateDirection.OnOrBefore)
        {
            // "February 30, 2019" is no date at all, rather than "February" followed by other words.
            if (TryMonthDay(monthToken, start, out match, out bool noSuchDay) || noSuchDay)
            {
                return !noSuchDay;
            }
        }
        DateRule rule;
        Cursor end;
        if (TryYearAfter(AbbreviationDot(monthToken), out Cursor yearToken))
        {
            rule = DateRule.ForMonth(yearToken.Value, month);
            end = yearToken;
        }
        else if (!monthToken.Abbreviated && IsMonthName(monthToken) && (bare || part != DatePart.Whole || direction != DateDirection.OnOrBefore))
        {
            rule = DateRule.ForNamedMonth(month, direction);
            end = monthToken;
        }
        else
        {
            return false;
        }
        rule = rule with { Part = part };
        Cursor and = Next(end);
        Cursor through = and.Is(DateWord.And) ? Next(and) : default;
        if (IsMonthName(through) && !through.Abbreviated)
        {
            end = through;
            int throughYear = 0;
            if (TryYearAfter(through, out Cursor throughYearToken))
            {
                end = throughYearToken;
                throughYear = throughYearToken.Value;
                int year = month <= through.Value ? throughYear : throughYear - 1;
                if (rule.Kind == DateRuleKind.NamedMonth && year >= 1)
                {
                    rule = rule with { Kind = DateRuleKind.Month, Year = year };
                }
            }
            rule = rule with { ThroughMonth = through.Value, ThroughYear = throughYear };
        }
        match = Found(start, end, rule);
        return true;
    }

    /// <summary>"March 12, 2019", "April 30 , 2019", "March 12th".</summary>
    private bool TryMonthDay(in Cursor monthToken, int start, out DateMatch match, out bool noSuchDay)
    {
        match = default;
        noSuchDay = false;
        Cursor day = Next(AbbreviationDot(monthToken));
        if (!day.IsNumber(1, 2) || day.Value < 1 || !TryDayEnd(day, out Cursor last))
        {
            return false;
        }
        // "March 14-15": a second day of the same month, written against the first.
        Cursor dash = last.End == day.End ? Adjacent(day) : default;
        Cursor throughDay = dash.IsDash ? Adjacent(dash) : default;
        bool run = IsLaterDay(throughDay, day, monthToken);
        if (!run && last.End == day.End)
        {
            // "January 5 to 7", "March 3 and 4": the second day after a word, where nothing after it makes it a count.
            // Days joined by "and" are a run only when they follow each other, as in "3 and 4 March".
            Cursor link = Next(day);
            throughDay = link.Is(DateWord.To) || link.Is(DateWord.And) ? Next(link) : default;
            run = IsLaterDay(throughDay, day, monthToken) && !IsCounted(Next(throughDay))
                && (!link.Is(DateWord.And) || throughDay.Value == day.Value + 1);
        }
        if (run)
        {
            last = throughDay;
        }
        if (TryYearAfter(last, out Cursor year))
        {
            noSuchDay = !TryDate(year.Value, monthToken.Value, day.Value, out LocalDate date)
                || (run && !TryDate(year.Value, monthToken.Value, throughDay.Value, out _));
            match = noSuchDay ? default
                : Found(start, year, run ? DateRule.ForDaySpan(date, date.PlusDays(throughDay.Value - day.Value)) : DateRule.ForDay(date));
            return !noSuchDay;
        }
        noSuchDay = day.Value > MaxDaysIn(monthToken.Value);
        if (noSuchDay)
        {
            return false;
        }
        match = Found(start, last, DateRule.ForDayOfMonth(monthToken.Value, day.Value) with { ThroughDay = run ? throughDay.Value : 0 });
        return true;
    }

    /// <summary>
    /// Whether <paramref name="word"/>, after a number, may be what the number counts ("4 soldiers"), rather than a word
    /// that ends a phrase: a symbol, a date word, a function word ("in", "were") or a past tense ("killed").
    /// </summary>
    private bool IsCounted(in Cursor word)
    {
        if (word.Kind != TokenKind.Word || word.Word != DateWord.None)
        {
            return false;
        }
        ReadOnlySpan<char> span = text.AsSpan(word.Start, word.Length);
        return !QuantityLexicon.IsStopWord(span) && !span.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="second"/> is a later day of the month of <paramref name="day"/>, ending there.</summary>
    private bool IsLaterDay(in Cursor second, in Cursor day, in Cursor monthToken) =>
        second.IsNumber(1, 2) && second.Value > day.Value && second.Value <= MaxDaysIn(monthToken.Value) && !RunsOn(second.End);

    /// <summary>"Friday", "last Tuesday", or "Friday, March 12, 2019", where the date wins.</summary>
    private bool TryWeekday(in Cursor weekday, int start, DateDirection direction, out DateMatch match)
    {
        match = default;
        if (!weekday.Is(DateWord.WeekdayName) || !(weekday.Capitalized || standalone))
        {
            return false;
        }
        Cursor next = Next(weekday);
        if (next.IsSymbol(','))
        {
            next = Next(next);
        }
        bool dated = direction == DateDirection.OnOrBefore
            && (next.Is(DateWord.MonthName) ? TryMonthDay(next, start, out match, out _) : next.IsNumber(1, 2) && TryDayFirst(next, out match));
        if (dated && match.Rule.Kind == DateRuleKind.Day)
        {
            match = match with { Start = start };
            return true;
        }
        match = Found(start, weekday, DateRule.ForWeekday((IsoDayOfWeek)weekday.Value, direction));
        return true;
    }

    /// <summary>"mid-March", "late February", "early 2019".</summary>
    private bool TryPart(in Cursor partToken, out DateMatch match)
    {
        match = default;
        DatePart part = partToken.Word switch
        {
            DateWord.Early => DatePart.Early,
            DateWord.Mid => DatePart.Mid,
            _ => DatePart.Late,
        };
        if (!TryHyphened(partToken, out Cursor target))
        {
            target = Next(partToken);
        }
        if (target.Is(DateWord.MonthName))
        {
            return TryMonth(target, partToken.Start, part, DateDirection.OnOrBefore, true, out match);
        }
        if (RelativeOffset(target) is int offset)
        {
            // "late last year", "early this month", "mid next year": a part of the unit counted from the publication.
            Cursor unit = Next(target);
            if (!unit.IsSingularUnit || unit.Value is not ((int)TimeUnit.Year or (int)TimeUnit.Month))
            {
                return false;
            }
            match = Found(partToken.Start, unit, DateRule.ForUnit(DateRuleKind.UnitOffset, (TimeUnit)unit.Value, offset) with { Part = part });
            return true;
        }
        if (TryDecade(target, partToken.Start, part, out match))
        {
            return true;
        }
        if (!IsPlainYear(target))
        {
            return false;
        }
        match = Found(partToken.Start, target, DateRule.ForYear(target.Value) with { Part = part });
        return true;
    }

    /// <summary>
    /// "overnight": the night that ends on the publication day, so that day and the one before. Not after an article
    /// ("an overnight curfew") or a word of degree ("almost overnight"), where it describes rather than dates.
    /// </summary>
    private bool TryOvernight(in Cursor overnight, out DateMatch match)
    {
        match = default;
        Cursor before = At(overnight.Index - 1);
        if (before.Is(DateWord.Article) || IsDegreeWord(before))
        {
            return false;
        }
        match = Found(overnight.Start, overnight, DateRule.ForUnit(DateRuleKind.PastUnits, TimeUnit.Day, 2));
        return true;
    }

    private bool IsDegreeWord(in Cursor word) =>
        IsWord(word, "almost") || IsWord(word, "nearly") || IsWord(word, "virtually") || IsWord(word, "practically")
        || IsWord(word, "literally") || IsWord(word, "seemingly");

    /// <summary>"this week", "this month", "this weekend", "this past March", "this past Friday", "this past year".</summary>
    private bool TryThis(in Cursor thisToken, out DateMatch match)
    {
        match = default;
        Cursor next = Next(thisToken);
        if (next.Is(DateWord.Weekend))
        {
            match = Found(thisToken.Start, next, DateRule.ForWeekend(DateDirection.OnOrAfter));
            return true;
        }
        if (TrySeason(next, thisToken.Start, DateDirection.Nearest, true, out match) || TryFiscalYearOffset(next, thisToken.Start, 0, out match))
        {
            return true;
        }
        if (next.IsSingularUnit)
        {
            match = Found(thisToken.Start, next, DateRule.ForUnit(DateRuleKind.UnitOffset, (TimeUnit)next.Value, 0));
            return true;
        }
        if (!next.Is(DateWord.Past))
        {
            return false;
        }
        Cursor target = Next(next);
        if (target.IsSingularUnit)
        {
            match = Found(thisToken.Start, target, DateRule.ForUnit(DateRuleKind.PastUnits, (TimeUnit)target.Value, 1));
            return true;
        }
        return TryMonth(target, thisToken.Start, DatePart.Whole, DateDirection.Before, true, out match)
            || TryWeekday(target, thisToken.Start, DateDirection.Before, out match);
    }

    /// <summary>"last year", "last August", "last Friday", "next month", "last weekend"; "last fortnight" and "next
    /// fortnight", which the calendar does not divide into, are the two weeks up to and from the publication.</summary>
    private bool TryLastOrNext(in Cursor word, out DateMatch match)
    {
        match = default;
        bool last = word.Is(DateWord.Last);
        Cursor next = Next(word);
        if (next.IsSingularUnit && next.Value != (int)TimeUnit.Day)
        {
            match = Found(word.Start, next, DateRule.ForUnit(DateRuleKind.UnitOffset, (TimeUnit)next.Value, last ? -1 : 1));
            return true;
        }
        if (next.Is(DateWord.Fortnight) && !next.Plural)
        {
            match = Found(word.Start, next, DateRule.ForUnit(last ? DateRuleKind.PastUnits : DateRuleKind.ComingUnits, TimeUnit.Week, 2));
            return true;
        }
        DateDirection direction = last ? DateDirection.Before : DateDirection.After;
        if (next.Is(DateWord.Weekend))
        {
            match = Found(word.Start, next, DateRule.ForWeekend(direction));
            return true;
        }
        return TryMonth(next, word.Start, DatePart.Whole, direction, true, out match)
            || TrySeason(next, word.Start, direction, true, out match)
            || TryNamedDay(next, word.Start, direction, out match)
            || TryFiscalYearOffset(next, word.Start, last ? -1 : 1, out match)
            || TryWeekday(next, word.Start, direction, out match);
    }

    /// <summary>"earlier this month", "later this year".</summary>
    private bool TryEarlierOrLater(in Cursor word, out DateMatch match)
    {
        match = default;
        Cursor thisToken = Next(word);
        Cursor unit = thisToken.Is(DateWord.This) ? Next(thisToken) : default;
        if (!unit.IsSingularUnit || unit.Value == (int)TimeUnit.Day)
        {
            return false;
        }
        DateRuleKind kind = word.Is(DateWord.Earlier) ? DateRuleKind.EarlierThis : DateRuleKind.LaterThis;
        match = Found(word.Start, unit, DateRule.ForUnit(kind, (TimeUnit)unit.Value, 0));
        return true;
    }

    /// <summary>"two years ago", "a year ago", "3 days ago", "a fortnight ago" (the week two weeks back); the unit agrees
    /// with the count.</summary>
    private bool TryAgo(in Cursor count, out DateMatch match)
    {
        match = default;
        if (!count.IsCount && !count.Is(DateWord.Article))
        {
            return false;
        }
        Cursor unit = Next(count);
        Cursor ago = (unit.IsUnit || unit.Is(DateWord.Fortnight)) && unit.Plural == (count.Value != 1) ? Next(unit) : default;
        if (!ago.Is(DateWord.Ago))
        {
            return false;
        }
        var (timeUnit, units) = InUnits(unit, count.Value);
        match = Found(count.Start, ago, DateRule.ForUnit(DateRuleKind.UnitOffset, timeUnit, -units));
        return true;
    }

    /// <summary>A count of <paramref name="unit"/> as the calendar counts it: fortnights as twice as many weeks.</summary>
    private static (TimeUnit Unit, long Count) InUnits(in Cursor unit, long count) =>
        unit.Is(DateWord.Fortnight) ? (TimeUnit.Week, 2 * count) : ((TimeUnit)unit.Value, count);

    /// <summary>"a 2016 mass shooting", "the 2016 election": the year only, without the article.</summary>
    private bool TryYearAfterArticle(in Cursor article, out DateMatch match)
    {
        match = default;
        Cursor year = Next(article);
        if (!IsPlainYear(year) || FollowsNumberOrWord(year.Start))
        {
            return false;
        }
        if (TryYearRange(year, out match))
        {
            return true;
        }
        match = Found(year.Start, year, DateRule.ForYear(year.Value));
        return true;
    }

    /// <summary>"the past year", "the last two years", "the end of the year", "the 2016 election".</summary>
    private bool TryThe(in Cursor the, out DateMatch match)
    {
        match = default;
        Cursor next = Next(the);
        if (next.Is(DateWord.Next))
        {
            return TryTheNext(next, the.Start, out match);
        }
        if (TryUnitsAroundDay(the, next, out match) || TryUnitsToMonth(the, next, out match) || TryWeekOf(next, the.Start, out match))
        {
            return true;
        }
        if (next.Is(DateWord.Weekend))
        {
            // "at the weekend", "over the weekend": in a report, the one under way or just past.
            match = Found(the.Start, next, DateRule.ForWeekend(DateDirection.OnOrBefore));
            return true;
        }
        if (next.Is(DateWord.Past) || next.Is(DateWord.Last))
        {
            Cursor unit = Next(next);
            if (IsFew(unit))
            {
                return TryRecentOrComing(unit, the.Start, DateRuleKind.PastUnits, out match);
            }
            long count = 1;
            if (unit.IsCount)
            {
                count = unit.Value;
                unit = Next(unit);
            }
            if (unit.Is(DateWord.Decade) && count == 1)
            {
                match = Found(the.Start, unit, DateRule.ForUnit(DateRuleKind.PastUnits, TimeUnit.Year, 10));
                return true;
            }
            if (IsHours(unit, count))
            {
                // "the past 24 hours": the calendar has no hours, and they end at an unknown time of the publication
                // day, so they are the days they can reach: that day and as many before it as the hours can span.
                match = Found(the.Start, unit, DateRule.ForUnit(DateRuleKind.PastUnits, TimeUnit.Day, (count + 23) / 24 + 1));
                return true;
            }
            if (!(unit.IsUnit || unit.Is(DateWord.Fortnight)) || unit.Plural != (count != 1))
            {
                return false;
            }
            var (timeUnit, units) = InUnits(unit, count);
            match = Found(the.Start, unit, DateRule.ForUnit(DateRuleKind.PastUnits, timeUnit, units));
            return true;
        }
        if (next.Is(DateWord.Coming))
        {
            return TryRecentOrComing(next, the.Start, out match);
        }
        if (next.Is(DateWord.Ordinal))
        {
            return TryHalfOrQuarter(next, the.Start, out match);
        }
        if (next.Is(DateWord.Season))
        {
            return TrySeason(next, the.Start, DateDirection.OnOrBefore, true, out match);
        }
        if (next.Is(DateWord.Early) || next.Is(DateWord.Mid) || next.Is(DateWord.Late))
        {
            bool found = TryPart(next, out match) && match.Rule.Kind == DateRuleKind.DaySpan;
            match = found ? match with { Start = the.Start } : default;
            return found;
        }
        if (next.Kind == TokenKind.Number && TryDayOfRecentMonth(the, next, out match))
        {
            return true;
        }
        if (next.Kind == TokenKind.Number && TryDecade(next, the.Start, DatePart.Whole, out match))
        {
            return true;
        }
        if (next.Is(DateWord.End) || next.Is(DateWord.Beginning))
        {
            return TryEndOf(next, the.Start, out match);
        }
        return TryYearAfterArticle(the, out match);
    }

    /// <summary>
    /// "on the 5th": a day of the month that a report leaves unnamed, the latest such day by the publication date. Only
    /// after "on", with an ordinal suffix, and where nothing follows that the number could count or that names the month
    /// ("the 5th Brigade", "the 5th of March" are read otherwise).
    /// </summary>
    private bool TryDayOfRecentMonth(in Cursor the, in Cursor day, out DateMatch match)
    {
        match = default;
        if (!At(the.Index - 1).Is(DateWord.On) || !day.IsNumber(1, 2) || day.Value is < 1 or > 31 || !TryDayEnd(day, out Cursor last)
            || last.End == day.End)
        {
            return false;
        }
        Cursor after = Next(last);
        bool ends = !after.Exists || after.IsSymbol(',') || after.IsSymbol('.') || after.IsSymbol(';') || after.IsSymbol(':')
            || after.IsSymbol(')') || after.Is(DateWord.And) || IsWord(after, "when") || IsWord(after, "as") || IsWord(after, "at");
        if (!ends)
        {
            return false;
        }
        match = Found(the.Start, last, DateRule.ForDayOfMonth(0, day.Value));
        return true;
    }

    /// <summary>
    /// A week or a run of units at one end of a month or year: "the first week of March", "the second week of January
    /// 2024", "the last week of June", "the first week of 2020"; "the first three months of 2019", "the last ten days of
    /// March", "the first two weeks of May 2018" (units smaller than the month or year that holds them).
    /// </summary>
    private bool TryWeekOf(in Cursor which, int start, out DateMatch match)
    {
        match = default;
        bool first = which.Is(DateWord.Ordinal) && which.Value == 1;
        if (!(which.Is(DateWord.Last) || (which.Is(DateWord.Ordinal) && which.Value is >= 1 and <= 4)))
        {
            return false;
        }
        Cursor week = Next(which);
        if ((first || which.Is(DateWord.Last)) && week.IsCount && week.Value >= 1)
        {
            return TryUnitsOf(which.Is(DateWord.Last), week, start, out match);
        }
        Cursor of = Next(week);
        if (!week.IsSingularUnit || week.Value != (int)TimeUnit.Week || !of.Is(DateWord.Of))
        {
            return false;
        }
        DatePart part = which.Is(DateWord.Last) ? DatePart.LastWeek : (DatePart)((int)DatePart.FirstWeek + which.Value - 1);
        return TryPartOf(Next(of), start, part, 0, default, out match);
    }

    /// <summary>"the first three months of 2019", "the last ten days of March": <paramref name="count"/> is the number.</summary>
    private bool TryUnitsOf(bool last, in Cursor count, int start, out DateMatch match)
    {
        match = default;
        Cursor unit = Next(count);
        Cursor of = Next(unit);
        Cursor target = Next(of);
        if (!unit.IsUnit || unit.Plural != (count.Value != 1) || !of.Is(DateWord.Of))
        {
            return false;
        }
        var timeUnit = (TimeUnit)unit.Value;
        // Fewer units than the month (28 days at least) or year holds: more would be the whole or run past it.
        bool inDays = timeUnit is TimeUnit.Day or TimeUnit.Week;
        long days = timeUnit == TimeUnit.Week ? 7 * count.Value : count.Value;
        bool inMonth = target.Is(DateWord.MonthName) && inDays && days < 28;
        bool inYear = IsPlainYear(target) && (timeUnit == TimeUnit.Month ? count.Value < 12 : inDays && days < 365);
        if (!inMonth && !inYear)
        {
            return false;
        }
        return TryPartOf(target, start, last ? DatePart.LastUnits : DatePart.FirstUnits, (int)count.Value, timeUnit, out match);
    }

    /// <summary>The year or month <paramref name="target"/> narrowed to <paramref name="part"/>, with the count and unit of
    /// a run of units at one end.</summary>
    private bool TryPartOf(in Cursor target, int start, DatePart part, int count, TimeUnit unit, out DateMatch match)
    {
        if (IsPlainYear(target))
        {
            match = Found(start, target, DateRule.ForYear(target.Value) with { Part = part, PartCount = count, PartUnit = unit });
            return true;
        }
        if (!TryMonth(target, start, part, DateDirection.OnOrBefore, true, out match))
        {
            return false;
        }
        match = match with { Rule = match.Rule with { PartCount = count, PartUnit = unit } };
        return true;
    }

    /// <summary>
    /// Units that end or start on a day, or the week that holds it: "the week to March 8", "the two weeks to Sunday", "the
    /// month to June 10", "the week ending March 15", "the week ended Friday", "the week beginning 3 March", "the fortnight
    /// starting Monday", "the week of March 3".
    /// </summary>
    private bool TryUnitsAroundDay(in Cursor the, in Cursor first, out DateMatch match)
    {
        match = default;
        long count = first.IsCount ? first.Value : 1;
        Cursor unit = first.IsCount ? Next(first) : first;
        if (count < 1 || !(unit.IsUnit || unit.Is(DateWord.Fortnight)) || unit.Plural != (count != 1))
        {
            return false;
        }
        Cursor link = Next(unit);
        DayAnchor anchor = link.Is(DateWord.To) || IsWord(link, "ending") || IsWord(link, "ended") ? DayAnchor.EndingOn
            : (link.Is(DateWord.Beginning) && !IsWord(link, "start")) || IsWord(link, "starting") || IsWord(link, "commencing") ? DayAnchor.StartingOn
            : link.Is(DateWord.Of) && count == 1 && unit.IsSingularUnit && unit.Value == (int)TimeUnit.Week ? DayAnchor.WeekOf
            : DayAnchor.None;
        if (anchor == DayAnchor.None || !TryCore(Next(link), false, out DateMatch day) || !IsOneDay(day.Rule))
        {
            return false;
        }
        var (timeUnit, units) = InUnits(unit, count);
        match = day with { Start = the.Start, Rule = day.Rule with { Anchor = anchor, Unit = timeUnit, Count = units } };
        return true;
    }

    /// <summary>Whether a rule names one whole day: "March 8", "8 March 2025", "Friday"; not "March 7-8" or "the end of March".</summary>
    private static bool IsOneDay(in DateRule rule) =>
        rule.Part == DatePart.Whole && rule.ThroughMonth == 0 && rule.Anchor == DayAnchor.None
        && (rule.Kind == DateRuleKind.Day || (rule.Kind == DateRuleKind.DayOfMonth && rule.ThroughDay == 0)
            || (rule.Kind == DateRuleKind.Weekday && rule.ThroughWeekday == IsoDayOfWeek.None));

    /// <summary>"the year to March", "the 12 months to June 2024", "the three months through September": units ending with a month.</summary>
    private bool TryUnitsToMonth(in Cursor the, in Cursor first, out DateMatch match)
    {
        match = default;
        long count = first.IsCount ? first.Value : 1;
        Cursor unit = first.IsCount ? Next(first) : first;
        Cursor to = Next(unit);
        Cursor month = Next(to);
        if (count < 1 || !unit.IsUnit || unit.Plural != (count != 1) || unit.Value == (int)TimeUnit.Day || !to.Is(DateWord.To) || !IsMonthName(month))
        {
            return false;
        }
        if (TryYearAfter(AbbreviationDot(month), out Cursor year))
        {
            match = Found(the.Start, year, DateRule.ForUnitsToMonth((TimeUnit)unit.Value, count, month.Value, year.Value));
            return true;
        }
        match = Found(the.Start, AbbreviationDot(month), DateRule.ForUnitsToMonth((TimeUnit)unit.Value, count, month.Value, 0));
        return true;
    }

    /// <summary>
    /// "the next two years", "the next decade", "the next few months": units after the publication date. One unit ("the
    /// next day", "the next year") is left alone: in a story it is as often the day after the events told as after the
    /// report.
    /// </summary>
    private bool TryTheNext(in Cursor next, int start, out DateMatch match)
    {
        match = default;
        Cursor unit = Next(next);
        if (IsFew(unit))
        {
            return TryRecentOrComing(unit, start, DateRuleKind.ComingUnits, out match);
        }
        if (unit.Is(DateWord.Decade))
        {
            match = Found(start, unit, DateRule.ForUnit(DateRuleKind.ComingUnits, TimeUnit.Year, 10));
            return true;
        }
        if (unit.Is(DateWord.Fortnight) && !unit.Plural)
        {
            match = Found(start, unit, DateRule.ForUnit(DateRuleKind.ComingUnits, TimeUnit.Week, 2));
            return true;
        }
        if (!unit.IsCount || unit.Value < 2)
        {
            return false;
        }
        Cursor units = Next(unit);
        if (!units.IsUnit || !units.Plural)
        {
            return false;
        }
        match = Found(start, units, DateRule.ForUnit(DateRuleKind.ComingUnits, (TimeUnit)units.Value, unit.Value));
        return true;
    }

    /// <summary>Whether <paramref name="word"/> is "few", as in "the last few weeks": an unstated small count.</summary>
    private bool IsFew(in Cursor word) => IsWord(word, "few");

    /// <summary>Whether <paramref name="word"/> is the word <paramref name="expected"/> (lower case), in any case.</summary>
    private bool IsWord(in Cursor word, string expected) =>
        word.Kind == TokenKind.Word && text.AsSpan(word.Start, word.Length).Equals(expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>"today", "yesterday", "tomorrow"; "the day before yesterday" and "the day after tomorrow", two days away
    /// (read from the day word back, since the words before it date nothing alone).</summary>
    private bool TryDayWord(in Cursor word, out DateMatch match)
    {
        int offset = word.Value;
        Cursor day = At(word.Index - 2);
        Cursor the = At(word.Index - 3);
        bool twoAway = offset != 0 && IsWord(At(word.Index - 1), offset < 0 ? "before" : "after")
            && day.IsSingularUnit && day.Value == (int)TimeUnit.Day && the.Is(DateWord.The);
        match = Found(twoAway ? the.Start : word.Start, word, DateRule.ForUnit(DateRuleKind.UnitOffset, TimeUnit.Day, twoAway ? 2 * offset : offset));
        return true;
    }

    /// <summary>Whether <paramref name="word"/> is "hour" after a count of one or "hours" after any other count.</summary>
    private bool IsHours(in Cursor word, long count) =>
        word.Kind == TokenKind.Word
        && QuantityLexicon.TryTimeUnit(text.AsSpan(word.Start, word.Length), out var unit) && unit == TimeUnit.Hour
        && (text[word.Start + word.Length - 1] is 's' or 'S') == (count != 1);

    /// <summary>"the end of that year", "the beginning of March 2019", "end of 2017", "end-2023", "end-March": the last
    /// (or first) day.</summary>
    private bool TryEndOf(in Cursor word, int start, out DateMatch match)
    {
        match = default;
        bool hyphened = TryHyphened(word, out Cursor target);
        if (!hyphened)
        {
            Cursor of = Next(word);
            target = of.Is(DateWord.Of) ? Next(of) : default;
        }
        DateMatch inner = default;
        bool found;
        if (hyphened && !(IsPlainYear(target) || target.Is(DateWord.MonthName)))
        {
            return false;
        }
        if (target.Is(DateWord.The))
        {
            Cursor unit = Next(target);
            found = unit.IsSingularUnit;
            if (found)
            {
                inner = Found(start, unit, DateRule.ForUnit(DateRuleKind.UnitOffset, (TimeUnit)unit.Value, 0));
            }
        }
        else if (IsPlainYear(target))
        {
            found = true;
            inner = Found(start, target, DateRule.ForYear(target.Value));
        }
        else
        {
            found = target.Kind == TokenKind.Word && target.Word switch
            {
                DateWord.That => TryThatYear(target, start, out inner),
                DateWord.This => TryThis(target, out inner),
                DateWord.Last or DateWord.Next => TryLastOrNext(target, out inner),
                DateWord.MonthName => TryMonth(target, start, DatePart.Whole, DateDirection.OnOrBefore, true, out inner),
                _ => false,
            };
        }
        if (!found || !IsWholeMonthOrYear(inner.Rule))
        {
            return false;
        }
        match = inner with { Start = start, Rule = inner.Rule with { Part = word.Is(DateWord.End) ? DatePart.End : DatePart.Beginning } };
        return true;
    }

    /// <summary>"that year": resolved by the scanner to the year named last before it.</summary>
    private bool TryThatYear(in Cursor that, int start, out DateMatch match)
    {
        Cursor unit = Next(that);
        bool found = unit.IsSingularUnit && unit.Value == (int)TimeUnit.Year;
        match = found ? Found(start, unit, new DateRule { Kind = DateRuleKind.ThatYear }) : default;
        return found;
    }

    /// <summary>"within the year": from the publication date to the end of its year.</summary>
    private bool TryWithin(in Cursor within, out DateMatch match)
    {
        Cursor the = Next(within);
        Cursor unit = the.Is(DateWord.The) ? Next(the) : default;
        bool found = unit.IsSingularUnit;
        match = found ? Found(within.Start, unit, DateRule.ForUnit(DateRuleKind.WithinThe, (TimeUnit)unit.Value, 0)) : default;
        return found;
    }

    private static bool IsWholeMonthOrYear(DateRule rule) =>
        rule.Part == DatePart.Whole && rule.ThroughMonth == 0
        && (rule.Kind is DateRuleKind.Month or DateRuleKind.Year or DateRuleKind.NamedMonth or DateRuleKind.ThatYear
            || (rule.Kind == DateRuleKind.UnitOffset && rule.Unit is TimeUnit.Month or TimeUnit.Year));

    /// <summary>A day number's last token: the number itself, or an ordinal suffix written against it ("12th").</summary>
    private bool TryDayEnd(in Cursor day, out Cursor last)
    {
        Cursor suffix = Adjacent(day);
        last = suffix.Is(DateWord.OrdinalSuffix) ? suffix : day;
        return last.End != day.End || !RunsOn(day.End);
    }

    /// <summary>
    /// The full stop written against an abbreviated month ("Dec. 31, 1994"), which the phrase includes only when a day
    /// or year follows it; otherwise the month itself.
    /// </summary>
    private Cursor AbbreviationDot(in Cursor month)
    {
        if (!month.Abbreviated)
        {
            return month;
        }
        Cursor dot = Adjacent(month);
        return dot.IsSymbol('.') ? dot : month;
    }

    /// <summary>A four-digit year after <paramref name="before"/>, with an optional comma between ("April 30 , 2019").</summary>
    private bool TryYearAfter(in Cursor before, out Cursor year)
    {
        year = Next(before);
        if (year.IsSymbol(',') || year.Is(DateWord.Of))
        {
            // "March 12, 2019", "March of 2019".
            year = Next(year);
        }
        return IsYear(year);
    }

    private bool IsYear(in Cursor token) => token.IsNumber(4, 4) && token.Value >= 1 && !RunsOn(token.End);

    private bool IsPlainYear(in Cursor token) =>
        IsYear(token) && (standalone || token.Value is >= FirstPlainYear and <= LastPlainYear);

    /// <summary>
    /// A month name that may stand without a day or year after it: capitalised, or in lower case as running text
    /// often has it ("in february", "late january") — except "may" and "march", which in lower case are more often a
    /// verb or a noun and so are months only with a day or a year ("march 2019", "12 may").
    /// </summary>
    private bool IsMonthName(in Cursor token) =>
        token.Is(DateWord.MonthName) && (token.Capitalized || standalone || !(token.Value is 3 or 5 && !token.Abbreviated));

    /// <summary>Whether a numeric date's last number runs on ("2019-05-02-7", "22-07-20171").</summary>
    private bool EndsInsideNumber(in Cursor last) =>
        RunsOn(last.End)
        || (last.End + 1 < text.Length && text[last.End] is '-' or '.' && char.IsAsciiDigit(text[last.End + 1]));

    private static bool TryDate(int year, int month, int day, out LocalDate date)
    {
        bool valid = year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
        date = valid ? new LocalDate(year, month, day) : default;
        return valid;
    }

    /// <summary>The most days the month can have in any year (29 for February).</summary>
    private static int MaxDaysIn(int month) => CalendarSystem.Iso.GetDaysInMonth(2000, month);

    private static DateMatch Found(int start, in Cursor last, DateRule rule) => new(start, last.End, rule, ReferenceTimeKind.During, last.Index);

    private Cursor Read(int index, in Token token)
    {
        int value = token.Kind switch
        {
            TokenKind.Number => token.Shape == NumeralShape.Plain ? NumberValue(token.Start, token.End) : -1,
            TokenKind.Word => token.Value,
            _ => text[token.Start],
        };
        return new Cursor(index, token, value, token.Kind == TokenKind.Word && IsUpper(text[token.Start]));
    }

    // ASCII answered inline: char.IsUpper is a call, and nearly every word starts with an ASCII letter.
    private static bool IsUpper(char c) => c <= 0x7F ? char.IsAsciiLetterUpper(c) : char.IsUpper(c);

    private int NumberValue(int start, int end)
    {
        if (end - start > 9)
        {
            return -1;
        }
        int value = 0;
        for (int i = start; i < end; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }
        return value;
    }

    /// <summary>
    /// The token after <paramref name="token"/> across a short gap (or none), or no token when the gap is too wide (more
    /// than a few characters, or a paragraph break) to sit inside one date phrase, or after a possessive ("year's").
    /// </summary>
    private Cursor Next(in Cursor token)
    {
        if (!token.Exists || (token.Form & WordForm.Possessive) != 0)
        {
            return default;
        }
        Cursor next = At(token.Index + 1);
        if (!next.Exists)
        {
            return default;
        }
        int gap = next.Start - token.TokenEnd;
        if (gap > MaxGap || text.AsSpan(token.TokenEnd, gap).Count('\n') > 1
            || (gap == 0 && token.Kind != TokenKind.Symbol && next.Kind != TokenKind.Symbol))
        {
            // A number and a word written together ("2016a", "12th") are not two words of a date.
            return default;
        }
        Work += gap;
        return next;
    }

    /// <summary>The token written directly against <paramref name="token"/>, or no token.</summary>
    private Cursor Adjacent(in Cursor token)
    {
        if (!token.Exists || (token.Form & WordForm.Possessive) != 0)
        {
            return default;
        }
        Cursor next = At(token.Index + 1);
        return next.Exists && !next.SpaceBefore ? next : default;
    }

    /// <summary>The word after the hyphen of a part word the lexer read whole ("March" of "mid-March"), classified on its own.</summary>
    /// <summary>
    /// What a part word is joined to by a hyphen: the rest of its own word ("mid-March", "end-March") or, as the lexer
    /// ends a word at a hyphen before a digit, the numeral after the hyphen ("mid-1990s", "end-2023").
    /// </summary>
    private bool TryHyphened(in Cursor word, out Cursor target)
    {
        if ((word.Form & WordForm.Hyphenated) != 0)
        {
            target = AfterHyphen(word);
            return true;
        }
        Cursor hyphen = Adjacent(word);
        target = hyphen.IsSymbol('-') ? Adjacent(hyphen) : default;
        return hyphen.IsSymbol('-');
    }

    private Cursor AfterHyphen(in Cursor word)
    {
        int start = text.IndexOf('-', word.Start, word.Length) + 1;
        Work++;
        return Read(word.Index, new Token(TokenKind.Word, start, word.TokenEnd, false, WordTable.Classify(text.AsSpan(start, word.TokenEnd - start))));
    }

    /// <summary>The digits of a prefix written against them ("2018" of "FY2018", "3" of "Q3"), or no token.</summary>
    private Cursor GluedDigits(in Cursor word) =>
        (word.Form & WordForm.GluedDigits) != 0
            ? DigitsWithin(word, word.Start + text.AsSpan(word.Start, word.Length).IndexOfAnyInRange('0', '9'), word.TokenEnd)
            : default;

    /// <summary>Plain digits from <paramref name="start"/> to <paramref name="end"/> inside <paramref name="token"/>, read as a numeral of their own.</summary>
    private Cursor DigitsWithin(in Cursor token, int start, int end)
    {
        Work++;
        return Read(token.Index, new Token(TokenKind.Number, start, end, false, WordClass.None, NumeralShape.Plain));
    }

    /// <summary>Whether the token at <paramref name="start"/> continues a number, a currency amount or a word ("$2019", "1,2019", "A4").</summary>
    private bool FollowsNumberOrWord(int start)
    {
        if (start == 0)
        {
            return false;
        }
        char before = text[start - 1];
        if (char.IsAsciiDigit(before) || char.IsLetter(before) || before is '$' or '\u00A3' or '\u20AC' or '\u00A5')
        {
            return true;
        }
        return before is ',' or '.' or '-' or '/' && start >= 2 && char.IsAsciiLetterOrDigit(text[start - 2]);
    }

    /// <summary>Whether the token ending at <paramref name="end"/> runs on into a number, percentage or word ("2019.5", "1990s", "2014%").</summary>
    private bool RunsOn(int end)
    {
        if (end >= text.Length)
        {
            return false;
        }
        char after = text[end];
        if (char.IsLetterOrDigit(after) || after == '%')
        {
            return true;
        }
        return after is ',' or '.' && end + 1 < text.Length && char.IsAsciiDigit(text[end + 1]);
    }
}
