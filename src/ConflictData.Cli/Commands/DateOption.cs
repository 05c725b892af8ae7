using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime;
using NodaTime.Text;

namespace ConflictData.Cli.Commands;

/// <summary>An option whose value is one ISO date (yyyy-MM-dd, years 1 to 9999), with one error message for every such option.</summary>
internal static class DateOption
{
    /// <summary>A new optional date option named <paramref name="name"/>.</summary>
    internal static Option<LocalDate?> Create(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "yyyy-MM-dd",
        CustomParser = result => Parse(name, result),
    };

    private static LocalDate? Parse(string name, ArgumentResult result)
    {
        string text = result.Tokens[0].Value;
        var date = LocalDatePattern.Iso.Parse(text);
        if (!date.Success || date.Value.Year < 1)
        {
            result.AddError($"{name} '{text}' is not a date; expected yyyy-MM-dd with a year from 0001 to 9999, such as 2019-03-24.");
            return null;
        }
        return date.Value;
    }
}
