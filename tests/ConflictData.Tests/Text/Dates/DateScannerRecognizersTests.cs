using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Tests.Infrastructure;
using ConflictData.Text;
using NodaTime;
using NodaTime.Text;
using Xunit.Abstractions;

namespace ConflictData.Tests.Text.Dates;

/// <summary>
/// An outside check: the cases of Microsoft Recognizers-Text's English date specs that are in the scanner's scope
/// (see RecognizersSpecs/NOTICE.md), each run against its reference date. Recognizers lists both a past and a future
/// reading for undated phrases; the scanner resolves news text against its publication date, so the past reading is
/// the one compared. Every disagreement is listed below with the reason it is deliberate.
/// </summary>
public class DateScannerRecognizersTests(ITestOutputHelper output)
{
    private const string LowerCaseName = "a lower-case weekday, \"may\" or \"march\" without a day or year, a lower-case month after \"the\", or a lower-case abbreviation without a day (\"may\" and \"march\" are verbs)";
    private const string HalfOfPeriod = "Recognizers reads \"earlier/later this month|year\" as the first or second half; we read the days before or after the publication date";
    private const string IncludesToday = "Recognizers counts the reference day itself as \"later this week|month\"; we start the day after it";
    private const string WeekdayOfAdjacentWeek = "Recognizers reads \"last/next Wednesday\" as that weekday of the previous or next week; we take the nearest one before or after";
    private const string MidMonth = "Recognizers' \"mid-\" is days 10-20; ours is 11-20, between early (1-10) and late";
    private const string NeedsKnownPreposition = "a bare year or month needs \"in\", \"since\", \"by\", \"during\" or \"as of\" in front (\"from\" and \"the year of\" are not read)";
    private const string GluedIntoIdentifier = "a date glued into an identifier (\"sales_report-2002-10-09\") is not read, so part numbers and file names stay out";
    private const string DayBeforeMonth = "\"$ 12 December 27\": the scanner takes \"12 December\" (day before month), Recognizers \"December 27\"";

    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["It may be in may"] = LowerCaseName,
        ["I went back to China in the april."] = LowerCaseName,
        ["In dec $DEC farming is coming to $CUB Finance!"] = LowerCaseName,
        ["schedule me a 1:1 on monday"] = LowerCaseName,
        ["schedule me a 1:1 on saturday"] = LowerCaseName,
        ["We could have scheduled a time to meet earlier this month."] = HalfOfPeriod,
        ["Please find us a time to meet later this year"] = HalfOfPeriod,
        ["Please find us a time to meet later this month"] = IncludesToday,
        ["Please find us a time to meet later this week"] = IncludesToday,
        ["I will finish the work later this week"] = IncludesToday,
        ["Do you have any arrangement on next Friday?"] = WeekdayOfAdjacentWeek,
        ["Where were you on last Wednesday?"] = WeekdayOfAdjacentWeek,
        ["I will go back to China in the mid-November."] = MidMonth,
        ["Show me sales in the year of 2008"] = NeedsKnownPreposition,
        ["The range is from 2014"] = NeedsKnownPreposition,
        ["my vacation will start from October"] = NeedsKnownPreposition,
        ["The file's name is sales_report-2002-10-09.xlsx"] = GluedIntoIdentifier,
        ["www.example.com/users/12345/archive-2018-09-23-page-01"] = GluedIntoIdentifier,
        ["I bought it for $ 12 December 27"] = DayBeforeMonth,
    };

    [Fact]
    public void RecognizersCases_InScope_AgreeExceptForTheListedDeliberateDifferences()
    {
        var disagreements = new List<string>();
        int total = 0;
        foreach (JsonElement spec in Cases().EnumerateArray())
        {
            total++;
            string input = spec.GetProperty("Input").GetString()!;
            string outcome = Compare(spec, input);
            if (outcome.Length > 0)
            {
                disagreements.Add(input);
                output.WriteLine($"{input}: {outcome} ({KnownDifferences.GetValueOrDefault(input, "NOT EXPLAINED")})");
            }
        }
        output.WriteLine($"Agreement: {total - disagreements.Count} of {total} in-scope cases.");
        Assert.Equal(55, total);
        // 32 of 55 agreed before lower-case month names were read in running text (issue 10); 36 since.
        Assert.Equal(36, total - disagreements.Count);
        Assert.Equal(KnownDifferences.Keys.Order(StringComparer.Ordinal), disagreements.Order(StringComparer.Ordinal));
    }

    /// <summary>An empty string when the scanner agrees with the spec's past reading; otherwise what each side said.</summary>
    private static string Compare(JsonElement spec, string input)
    {
        LocalDate reference = LocalDatePattern.Iso.Parse(spec.GetProperty("Context").GetProperty("ReferenceDateTime").GetString()![..10]).Value;
        JsonElement result = spec.GetProperty("Results")[0];
        int start = result.GetProperty("Start").GetInt32();
        int end = result.GetProperty("End").GetInt32() + 1;
        JsonElement value = result.GetProperty("Resolution").GetProperty("values")[0];
        DateMention? mention = DateScanner.Default.Scan(input, PublicationTime.OnDate(reference))
            .FirstOrDefault(m => m.Span.OverlapsWith(TextSpan.FromBounds(start, end)));
        ReferenceTime? ours = mention is { Resolution.Success: true } ? mention.Resolution.Value : null;
        string theirs;
        bool agree;
        if (value.TryGetProperty("value", out JsonElement day))
        {
            theirs = day.GetString()!;
            agree = theirs == "not resolved" ? ours is null : ours?.Anchor.Precision == DatePrecision.Day && ours.Anchor.ToString() == theirs;
        }
        else
        {
            LocalDate from = Iso(value.GetProperty("start"));
            bool open = !value.TryGetProperty("end", out JsonElement to);
            theirs = open ? $"{LocalDatePattern.Iso.Format(from)} onwards" : $"{LocalDatePattern.Iso.Format(from)} to {to.GetString()} exclusive";
            agree = ours is not null && ours.Anchor.Start == from
                && (open ? ours.Kind == ReferenceTimeKind.Since : ours.Anchor.End.PlusDays(1) == Iso(to));
        }
        return agree ? "" : $"Recognizers {theirs}, scanner {mention?.ToString() ?? "nothing"}";
    }

    private static LocalDate Iso(JsonElement date) => LocalDatePattern.Iso.Parse(date.GetString()!).Value;

    // From the checkout, not [CallerFilePath]: CI's deterministic build rewrites source paths to "/_/".
    private static JsonElement Cases() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("tests", "ConflictData.Tests", "Text", "Dates", "RecognizersSpecs", "DateTimeModel.InScope.json"))).RootElement;
}
