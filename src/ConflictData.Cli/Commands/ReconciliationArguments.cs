using System.Collections.Generic;
using System.Collections.Immutable;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using ConflictData.Reconciliation;
using ConflictData.Serialization;
using NodaTime;

namespace ConflictData.Cli.Commands;

/// <summary>
/// The options <c>reconcile</c> and <c>explain</c> share — <c>--rule</c>, <c>--as-of</c>, <c>--valid-at</c>,
/// <c>--input</c> — and the one way both turn them into a <see cref="ReconciliationReport"/>.
/// </summary>
internal sealed class ReconciliationArguments
{
    private readonly Option<string> rule = new("--rule")
    {
        Description = $"The merge rule: {string.Join(", ", MergeRules.Names)} (default envelope).",
        HelpName = "NAME",
        DefaultValueFactory = _ => MergeRules.Envelope.Name,
        Validators =
        {
            result =>
            {
                string name = result.GetValueOrDefault<string>() ?? "";
                if (!MergeRules.TryGet(name, out _))
                {
                    result.AddError($"--rule '{name}' is not a merge rule; the rules are {string.Join(", ", MergeRules.Names)}.");
                }
            },
        },
    };

    private readonly Option<LocalDate?> asOf = DateOption.Create("--as-of",
        "Only what was known on this day: estimates published by then (an undated article that may have been is marked possibly known).");

    private readonly Option<LocalDate?> validAt = DateOption.Create("--valid-at", "Only estimates whose reference time covers this day.");

    private readonly Option<string?> input = new("--input")
    {
        Description = "A file of estimates in the JSON format of docs/json-format.md, instead of the embedded seed corpus.",
        HelpName = "FILE",
    };

    internal ReconciliationArguments()
    {
        rule.CompletionSources.Add([.. MergeRules.Names]);
    }

    /// <summary>The options, to add to a command.</summary>
    internal IEnumerable<Option> Options => [rule, asOf, validAt, input];

    /// <summary>
    /// Reads the estimates (the file of <c>--input</c>, or the embedded corpus) and reconciles them with the options given;
    /// false with one sentence in <paramref name="error"/> when the file cannot be read or is not valid.
    /// </summary>
    internal bool TryReconcile(ParseResult parse, out ReconciliationReport report, out bool fromSeeds, out string error)
    {
        report = null!;
        error = "";
        ImmutableArray<Estimate> estimates;
        string? path = parse.GetValue(input);
        fromSeeds = path is null;
        if (path is null)
        {
            estimates = SeedCorpus.Estimates;
        }
        else
        {
            if (!DocumentFileReader.TryRead(path, Extraction.DocumentLimits.LargestMaxBytes, out string text, out error))
            {
                return false;
            }
            try
            {
                estimates = EstimateJson.Deserialize(text);
            }
            catch (JsonException e)
            {
                error = $"'{path}' is not a valid estimates file: {e.Message}";
                return false;
            }
            var repeated = estimates.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null)
            {
                error = $"'{path}' has two estimates with the id '{repeated.Key}'; ids must be unique.";
                return false;
            }
        }
        MergeRules.TryGet(parse.GetValue(rule), out var mergeRule);
        report = Reconciler.Reconcile(estimates, new ReconciliationOptions
        {
            Rule = mergeRule!,
            AsKnownOn = parse.GetValue(asOf),
            ValidAt = parse.GetValue(validAt),
        });
        return true;
    }
}
