using System;
using ConflictData.Text.Scanning;
using NodaTime;

namespace ConflictData.Text;

/// <summary>
/// The date families beyond single dates: ranges ("between May 2012 and June 2014", "from 12 to 18 May", "2014-2016"),
/// seasons and named days ("last summer", "during Ramadan"), decades and parts of years ("the mid-1990s", "Q3 2016",
/// "the first half of 2017"), fiscal years ("FY2018", "next fiscal year"), and spans around the publication date
/// ("in recent weeks", "in the coming months", "the past decade").
/// </summary>
internal sealed partial class DateGrammar
{
    /// <summary>Named days as written, lower case, longest first among those sharing a first word; "'" stands for either apostrophe.</summary>
    private static readonly (string Words, NamedPeriod Period)[] NamedDays =
    [
        ("new year's eve", NamedPeriod.NewYearsEve),
        ("new year's day", NamedPeriod.NewYearsDay),
        ("christmas eve", NamedPeriod.ChristmasEve),
        ("christmas day", NamedPeriod.Christmas),
        ("christmas", NamedPeriod.Christmas),
        ("boxing day", NamedPeriod.BoxingDay),
        ("easter sunday", NamedPeriod.Easter),
        ("easter", NamedPeriod.Easter),
        ("good friday", NamedPeriod.GoodFriday),
        ("ramadan", NamedPeriod.Ramadan),
        ("eid al-fitr", NamedPeriod.EidAlFitr),
        ("eid al fitr", NamedPeriod.EidAlFitr),
        ("eid ul-fitr", NamedPeriod.EidAlFitr),
        ("eid al-adha", NamedPeriod.EidAlAdha),
        ("eid al adha", NamedPeriod.EidAlAdha),
        ("eid ul-adha", NamedPeriod.EidAlAdha),
        ("thanksgiving day", NamedPeriod.Thanksgiving),
        ("thanksgiving", NamedPeriod.Thanksgiving),
        ("armistice day", NamedPeriod.ArmisticeDay),
        ("remembrance day", NamedPeriod.ArmisticeDay),
        ("halloween", NamedPeriod.Halloween),
        ("valentine's day", NamedPeriod.ValentinesDay),
    ];

    /// <summary>
    /// "between X and Y", "from X to|until|through Y": two date phrases as one span from the start of the first to the
    /// end of the second. The first may lack what the second names: "from 12 to 18 May", "between January and March
    /// 2019", "between 1 January and 30 June 2018".
    /// </summary>
    private bool TryRange(in Cursor word, out DateMatch match)
    {
        match = default;
        bool between = word.Is(DateWord.Between);
        Cursor first = Next(word);
        Cursor afterFirst = first.IsNumber(1, 2) ? Next(first) : default;
        if (afterFirst.Is(DateWord.And) || afterFirst.Is(DateWord.To) || afterFirst.Is(DateWord.Until))
        {
            return TryDayNumberRange(word, first, between, out match);
        }
        if (!TryCore(first, true, out DateMatch head))
        {
            return false;
        }
        if (head.Rule.ThroughMonth != 0 && between)
        {
            // "between May 2012 and June 2014": the month reader has already run on to the second month.
            match = head with { Start = word.Start };
            return true;
        }
        Cursor connector = Next(At(head.Last));
        if (!(between ? connector.Is(DateWord.And) : connector.Is(DateWord.To) || connector.Is(DateWord.Until)))
        {
            // "from January 5 to 7", "between March 3 and 4": the day reader has already run on to the second day.
            bool run = head.Rule.ThroughDay != 0 || head.Rule.Kind == DateRuleKind.DaySpan;
            match = run ? head with { Start = word.Start } : default;
            return run;
        }
        if (!TryCore(Next(connector), true, out DateMatch tail) || !TryJoin(head.Rule, tail.Rule, out DateRule joined))
        {
            return false;
        }
        match = new DateMatch(word.Start, tail.End, joined, ReferenceTimeKind.During, tail.Last);
        return true;
    }

    /// <summary>"from 12 to 18 May", "between 9 and 11 December 2018": a day number, then the day the month is named with.</summary>
    private bool TryDayNumberRange(in Cursor word, in Cursor firstDay, bool between, out DateMatch match)
    {
        match = default;
        Cursor connector = Next(firstDay);
        if (!(between ? connector.Is(DateWord.And) : connector.Is(DateWord.To) || connector.Is(DateWord.Until))
            || !TryCore(Next(connector), true, out DateMatch tail) || firstDay.Value < 1)
        {
            return false;
        }
        DateRule rule = tail.Rule;
        if (rule.Kind == DateRuleKind.Day && firstDay.Value < rule.Date.Day)
        {
            rule = DateRule.ForDaySpan(rule.Date.PlusDays(firstDay.Value - rule.Date.Day), rule.Date);
        }
        else if (rule.Kind == DateRuleKind.DayOfMonth && rule.ThroughDay == 0 && firstDay.Value < rule.Day)
        {
            rule = rule with { Day = firstDay.Value, ThroughDay = rule.Day };
        }
        else
        {
            return false;
        }
        match = new DateMatch(word.Start, tail.End, rule, ReferenceTimeKind.During, tail.Last);
        return true;
    }

    /// <summary>Joins the two ends of a range into one rule, when both are absolute or both are months without a year.</summary>
    private static bool TryJoin(DateRule head, DateRule tail, out DateRule joined)
    {
        joined = default;
        if (head.Part != DatePart.Whole && head.Kind != DateRuleKind.Year || tail.ThroughMonth != 0 || head.ThroughMonth != 0)
        {
            return false;
        }
        if (head.Kind == DateRuleKind.NamedMonth && tail.Kind is DateRuleKind.NamedMonth or DateRuleKind.Month && tail.Part == DatePart.Whole)
        {
            int year = tail.Kind == DateRuleKind.Month ? (head.Month <= tail.Month ? tail.Year : tail.Year - 1) : 0;
            joined = (year >= 1 ? DateRule.ForMonth(year, head.Month) : head) with { ThroughMonth = tail.Month, ThroughYear = tail.Kind == DateRuleKind.Month ? tail.Year : 0 };
            return year >= 1 || tail.Kind == DateRuleKind.NamedMonth;
        }
        if (head.Kind == DateRuleKind.DayOfMonth && head.ThroughDay == 0 && tail.Kind == DateRuleKind.Day)
        {
            int year = head.Month <= tail.Date.Month ? tail.Date.Year : tail.Date.Year - 1;
            if (year < 1 || !TryDate(year, head.Month, head.Day, out LocalDate start) || start > tail.Date)
            {
                return false;
            }
            joined = DateRule.ForDaySpan(start, tail.Date);
            return true;
        }
        if (head.Kind == DateRuleKind.Weekday && tail.Kind == DateRuleKind.Weekday && head.Weekday != tail.Weekday
            && head.Direction == DateDirection.OnOrBefore && tail.Direction == DateDirection.OnOrBefore)
        {
            joined = head with { ThroughWeekday = tail.Weekday };
            return true;
        }
        if (head.NeedsPublicationDate || tail.NeedsPublicationDate || head.Kind == DateRuleKind.ThatYear || tail.Kind == DateRuleKind.ThatYear)
        {
            return false;
        }
        DateRange? start1 = head.Resolve(default, out _);
        DateRange? end1 = tail.Resolve(default, out _);
        if (start1 is null || end1 is null || end1.End < start1.Start)
        {
            return false;
        }
        joined = DateRule.ForDaySpan(start1.Start, end1.End);
        return true;
    }

    /// <summary>"by autumn", "until October": a bare month or season after "by" or "until" is the next one not yet over.</summary>
    private static DateRule LooksAhead(DateWord preposition, DateRule rule) =>
        preposition is DateWord.By or DateWord.Until && rule.Part == DatePart.Whole && rule.Direction == DateDirection.OnOrBefore
            && (rule.Kind == DateRuleKind.NamedMonth || (rule.Kind == DateRuleKind.NamedPeriod && rule.Year == 0))
            ? rule with { Direction = DateDirection.OnOrAfter }
            : rule;

    /// <summary>
    /// Whether a year after "for" ends its clause or is followed by a verb or a function word ("the budget for 2022, with
    /// ...", "the appeal for 2019 seeks"), so it is the period of a plan, not a count ("for 2000 people").
    /// </summary>
    private bool EndsClause(in DateMatch inner)
    {
        Cursor after = Next(At(inner.Last));
        if (after.Kind != TokenKind.Word)
        {
            return after.Kind is null || after.IsSymbol(',') || after.IsSymbol('.') || after.IsSymbol(';') || after.IsSymbol(')');
        }
        ReadOnlySpan<char> word = text.AsSpan(after.Start, after.Length);
        return after.Word is DateWord.And or DateWord.In or DateWord.On or DateWord.By or DateWord.To or DateWord.Of or DateWord.Since
            || word.Equals("is", StringComparison.OrdinalIgnoreCase) || word.Equals("was", StringComparison.OrdinalIgnoreCase)
            || word.Equals("are", StringComparison.OrdinalIgnoreCase) || word.Equals("were", StringComparison.OrdinalIgnoreCase)
            || word.Equals("will", StringComparison.OrdinalIgnoreCase) || word.Equals("has", StringComparison.OrdinalIgnoreCase)
            || word.Equals("had", StringComparison.OrdinalIgnoreCase) || word.Equals("with", StringComparison.OrdinalIgnoreCase)
            || word.Equals("seeks", StringComparison.OrdinalIgnoreCase) || word.Equals("includes", StringComparison.OrdinalIgnoreCase)
            || word.Equals("remains", StringComparison.OrdinalIgnoreCase) || word.Equals("would", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsFiscalYear(DateRule rule) =>
        rule.Date.Month == 10 && rule.Date.Day == 1 && rule.EndDate.Month == 9 && rule.EndDate.Day == 30 && rule.EndDate.Year == rule.Date.Year + 1;

    /// <summary>"2014-2016", "2014-15", "1980–1988": two years joined by a dash, the second later; "2022/23", "2022/2023":
    /// a year split across two, as budgets and seasons are named, joined by a slash.</summary>
    private bool TryYearRange(in Cursor first, out DateMatch match)
    {
        match = default;
        Cursor link = Adjacent(first);
        bool slash = link.IsSymbol('/');
        Cursor second = link.IsDash || slash ? Adjacent(link) : default;
        if (!IsPlainYear(first) || !(second.IsNumber(4, 4) || second.IsNumber(2, 2)) || RunsOn(second.End))
        {
            return false;
        }
        int end = second.Length == 2 ? (first.Value / 100 * 100) + second.Value : second.Value;
        if (end <= first.Value || end - first.Value > (slash ? 1 : 99))
        {
            return false;
        }
        match = Found(first.Start, second, DateRule.ForDaySpan(new LocalDate(first.Value, 1, 1), new LocalDate(end, 12, 31)));
        return true;
    }

    /// <summary>"1990s", "mid-1990s" (years 4-6 of the decade), "the early 2000s" (0-3), "the late 1970s" (7-9).</summary>
    private bool TryDecade(in Cursor year, int start, DatePart part, out DateMatch match)
    {
        match = default;
        Cursor s = Adjacent(year);
        if (!year.IsNumber(4, 4) || year.Value % 10 != 0 || year.Value < 1000 || s.Kind != TokenKind.Word || s.Length != 1
            || char.ToLowerInvariant(text[s.Start]) != 's' || RunsOn(s.End))
        {
            return false;
        }
        (int first, int last) = part switch
        {
            DatePart.Early => (0, 3),
            DatePart.Mid => (4, 6),
            DatePart.Late => (7, 9),
            _ => (0, 9),
        };
        match = Found(start, s, DateRule.ForDaySpan(new LocalDate(year.Value + first, 1, 1), new LocalDate(year.Value + last, 12, 31)));
        return true;
    }

    /// <summary>"spring 2018", "summer", "the summer of 2014", "the fall of 2016", "last fall"; "fall" needs a year or "this", "last" or "next".</summary>
    private bool TrySeason(in Cursor season, int start, DateDirection direction, bool afterDeterminer, out DateMatch match)
    {
        match = default;
        if (!season.Is(DateWord.Season))
        {
            return false;
        }
        var period = (NamedPeriod)season.Value;
        Cursor next = Next(season);
        Cursor year = next.Is(DateWord.Of) ? Next(next) : next;
        if (direction == DateDirection.OnOrBefore && IsPlainYear(year) && (next.Is(DateWord.Of) ? afterDeterminer : true))
        {
            // "winter 2022-23", "winter 2022/2023": the winter that runs into the second year, which is how the
            // calendar names a winter (December 2022 to February 2023 is winter 2023).
            Cursor link = Adjacent(year);
            Cursor second = link.IsSymbol('-') || link.IsSymbol('/') || link.IsSymbol('\u2013') ? Adjacent(link) : default;
            bool acrossYears = period == NamedPeriod.Winter && !EndsInsideNumber(second)
                && ((second.IsNumber(2, 2) && second.Value == (year.Value + 1) % 100) || (second.IsNumber(4, 4) && second.Value == year.Value + 1));
            match = acrossYears
                ? Found(start, second, DateRule.ForPeriod(period, year.Value + 1, DateDirection.OnOrBefore))
                : Found(start, year, DateRule.ForPeriod(period, year.Value, DateDirection.OnOrBefore));
            return true;
        }
        // "the fall of Raqqa", "since the fall": a bare "fall" is a season only after "this", "last" or "next".
        bool isFall = char.ToLowerInvariant(text[season.Start]) == 'f';
        if (isFall && (!afterDeterminer || direction == DateDirection.OnOrBefore))
        {
            return false;
        }
        match = Found(start, season, DateRule.ForPeriod(period, 0, direction));
        return true;
    }

    /// <summary>"Christmas Day", "New Year's Eve 2019", "Ramadan", "Eid al-Adha": a named day, capitalised in running text, with an optional year.</summary>
    private bool TryNamedDay(in Cursor firstWord, int start, DateDirection direction, out DateMatch match)
    {
        match = default;
        if (!firstWord.Is(DateWord.NamedDayStart) || !(firstWord.Capitalized || standalone))
        {
            return false;
        }
        foreach (var (words, period) in NamedDays)
        {
            int end = MatchWords(firstWord.Start, words);
            Work += words.Length;
            Cursor last = end < 0 ? default : TokenEndingAt(firstWord, end);
            if (!last.Exists)
            {
                continue;
            }
            if (direction == DateDirection.OnOrBefore && TryYearAfter(last, out Cursor year) && !year.IsSymbol(','))
            {
                match = Found(start, year, DateRule.ForPeriod(period, year.Value, DateDirection.OnOrBefore));
                return true;
            }
            match = Found(start, last, DateRule.ForPeriod(period, 0, direction));
            return true;
        }
        return false;
    }

    /// <summary>The token from <paramref name="first"/> on whose phrase ends at <paramref name="end"/> (the last word of a
    /// named day, or its possessive: "Valentine's Day's"), or no token when <paramref name="end"/> falls inside a word.</summary>
    private Cursor TokenEndingAt(in Cursor first, int end)
    {
        Cursor token = first;
        while (token.Exists && token.TokenEnd < end)
        {
            token = At(token.Index + 1);
        }
        return token.Exists && token.End == end ? token : default;
    }

    /// <summary>The end of <paramref name="words"/> written at <paramref name="start"/> (case and apostrophe style ignored, a space
    /// matching one space), when a word ends there; otherwise -1.</summary>
    private int MatchWords(int start, string words)
    {
        if (start + words.Length > text.Length)
        {
            return -1;
        }
        for (int i = 0; i < words.Length; i++)
        {
            char c = char.ToLowerInvariant(text[start + i]);
            char w = words[i];
            bool same = c == w || (w == '\'' && c == '\u2019') || (w == ' ' && Lexer.IsSpace(c)) || (w == '-' && c is '\u2010' or '\u2011');
            if (!same)
            {
                return -1;
            }
        }
        int end = start + words.Length;
        return end < text.Length && char.IsLetterOrDigit(text[end]) ? -1 : end;
    }

    /// <summary>"FY2018", "FY 2017", "FY24" (a glued two-digit year: 1950 to 2049), "fiscal 2020", "fiscal year 2021",
    /// "fiscal year" after this/last/next.</summary>
    private bool TryFiscalYear(in Cursor word, int start, out DateMatch match)
    {
        match = default;
        Cursor year = default;
        bool glued = false;
        if (word.Is(DateWord.FiscalYearPrefix))
        {
            glued = (word.Form & WordForm.GluedDigits) != 0;
            year = glued ? GluedDigits(word) : Next(word);
        }
        else if (word.Is(DateWord.Fiscal))
        {
            Cursor next = Next(word);
            year = next.IsSingularUnit && next.Value == (int)TimeUnit.Year ? Next(next) : next;
        }
        int fiscalYear = IsPlainYear(year) ? year.Value
            : glued && year.IsNumber(2, 2) ? (year.Value < 50 ? 2000 : 1900) + year.Value
            : 0;
        if (fiscalYear == 0)
        {
            return false;
        }
        DateRange fiscal = CalendarArithmetic.FiscalYear(fiscalYear);
        match = Found(start, year, DateRule.ForDaySpan(fiscal.Start, fiscal.End));
        return true;
    }

    /// <summary>"this|last|next fiscal year" at <paramref name="fiscal"/>.</summary>
    private bool TryFiscalYearOffset(in Cursor fiscal, int start, long offset, out DateMatch match)
    {
        Cursor year = fiscal.Is(DateWord.Fiscal) ? Next(fiscal) : default;
        bool found = year.IsSingularUnit && year.Value == (int)TimeUnit.Year;
        match = found ? Found(start, year, new DateRule { Kind = DateRuleKind.FiscalYearOffset, Count = offset }) : default;
        return found;
    }

    /// <summary>"Q3 2016", "H1 2024": a quarter or a half of a named year.</summary>
    private bool TryPartPrefix(in Cursor prefix, out DateMatch match)
    {
        match = default;
        int parts = prefix.Value;
        Cursor number = GluedDigits(prefix);
        if (!number.IsNumber(1, 1) || number.Value < 1 || number.Value > parts || !TryYearAfter(number, out Cursor year) || !IsPlainYear(year))
        {
            return false;
        }
        DatePart first = parts == 2 ? DatePart.FirstHalf : DatePart.FirstQuarter;
        match = Found(prefix.Start, year, DateRule.ForYear(year.Value) with { Part = (DatePart)((int)first + number.Value - 1) });
        return true;
    }

    /// <summary>"the first half of 2017", "the third quarter of 2019", "the second half of the year", "the second quarter".</summary>
    private bool TryHalfOrQuarter(in Cursor ordinal, int start, out DateMatch match)
    {
        match = default;
        Cursor unit = Next(ordinal);
        DatePart part;
        if (unit.Is(DateWord.Half) && ordinal.Value is 1 or 2)
        {
            part = (DatePart)((int)DatePart.FirstHalf + ordinal.Value - 1);
        }
        else if (unit.Is(DateWord.Quarter))
        {
            part = (DatePart)((int)DatePart.FirstQuarter + ordinal.Value - 1);
        }
        else
        {
            return false;
        }
        Cursor of = Next(unit);
        Cursor target = of.Is(DateWord.Of) ? Next(of) : default;
        if (IsPlainYear(target))
        {
            match = Found(start, target, DateRule.ForYear(target.Value) with { Part = part });
            return true;
        }
        Cursor year = target.Is(DateWord.The) || target.Is(DateWord.This) ? Next(target) : default;
        bool ofTheYear = year.IsSingularUnit && year.Value == (int)TimeUnit.Year;
        match = Found(start, ofTheYear ? year : unit, DateRule.ForUnit(DateRuleKind.UnitOffset, TimeUnit.Year, 0) with { Part = part });
        return true;
    }

    /// <summary>"recent weeks" (the four weeks up to the publication date), "recent days" (seven days), "recent months"
    /// (three months), "recent years" (three years); with "coming" the same counts after the publication date.</summary>
    private bool TryRecentOrComing(in Cursor word, int start, out DateMatch match) =>
        TryRecentOrComing(word, start, word.Is(DateWord.Recent) ? DateRuleKind.PastUnits : DateRuleKind.ComingUnits, out match);

    /// <summary>The plural unit after <paramref name="word"/> ("recent", "coming", or the "few" of "the last few weeks"),
    /// counted as <see cref="TryRecentOrComing(in Cursor, int, out DateMatch)"/> counts it, before or after the publication date.</summary>
    private bool TryRecentOrComing(in Cursor word, int start, DateRuleKind kind, out DateMatch match)
    {
        match = default;
        Cursor unit = Next(word);
        if (!unit.IsUnit || !unit.Plural)
        {
            return false;
        }
        var timeUnit = (TimeUnit)unit.Value;
        long count = timeUnit switch { TimeUnit.Day => 7, TimeUnit.Week => 4, _ => 3 };
        match = Found(start, unit, DateRule.ForUnit(kind, timeUnit, count));
        return true;
    }
}
