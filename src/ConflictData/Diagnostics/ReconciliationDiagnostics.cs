using System.Collections.Immutable;

namespace ConflictData;

/// <summary>
/// Every diagnostic that grouping, conversion, merge rules and reconciliation raise, with its stable id.
/// <c>docs/diagnostics.md</c> gives each one's meaning and an example from the seed articles.
/// </summary>
/// <remarks>Ids are never renumbered or reused. This type is immutable and thread-safe.</remarks>
public static class ReconciliationDiagnostics
{
    private const string Reconciliation = "Reconciliation";
    private const string Conversion = "Conversion";
    private const string Time = "Time";
    private const string Judgements = "Judgements";

    /// <summary>CD0001: two estimates of one quantity at compatible reference times share no value.</summary>
    public static DiagnosticDescriptor Conflict { get; } = new("CD0001", "Conflicting estimates",
        "{0} {1} and {2} {3} share no value although their reference times ({4} and {5}) are compatible", Reconciliation,
        DiagnosticSeverity.Warning,
        "At least one of the two figures is wrong, or they do not measure the same thing. The consensus of the group is empty; no rule papers over it.");

    /// <summary>CD0002: two citations of one origin were counted as one estimate.</summary>
    public static DiagnosticDescriptor SameOrigin { get; } = new("CD0002", "Same origin counted once",
        "{0} and {1} report one estimate by {2}: counted once, with two citations{3}", Reconciliation,
        DiagnosticSeverity.Info,
        "Outlets relaying one figure are citations, not corroboration. Differences in hedging are recorded, not reported as a conflict.");

    /// <summary>CD0003: an amount of money was converted into the group's currency.</summary>
    public static DiagnosticDescriptor CurrencyConverted { get; } = new("CD0003", "Currency converted",
        "{0}: {1} {2} converted to {3} {4} at {5} {4} per {2} ({6}, {7})", Conversion,
        DiagnosticSeverity.Info,
        "Money is compared in one currency. The rate, its date and its source are recorded; nothing converts silently.");

    /// <summary>CD0004: no exchange rate was found for a conversion, so the estimate was left out.</summary>
    public static DiagnosticDescriptor MissingExchangeRate { get; } = new("CD0004", "Missing exchange rate",
        "{0}: the exchange-rate table has no {1}/{2} rate for {3}; the estimate is left out rather than converted at a guessed rate", Conversion,
        DiagnosticSeverity.Warning,
        "Add the rate (currency pair, day or month, rate, source) to the ExchangeRates passed in the options.");

    /// <summary>CD0005: parts do not fit their whole.</summary>
    public static DiagnosticDescriptor PartsInconsistent { get; } = new("CD0005", "Parts inconsistent with their whole",
        "{0} cannot be a part of {1}: {2}", Reconciliation,
        DiagnosticSeverity.Warning,
        "A part's lower bound is above its whole's upper bound, or the parts' lower bounds sum above it, or a complete set of parts sums below the whole.");

    /// <summary>CD0006: an input was superseded by a later one.</summary>
    public static DiagnosticDescriptor Superseded { get; } = new("CD0006", "Superseded",
        "{0} is superseded by {1}, which refers to a later time or was published later; it is kept and marked, not deleted", Reconciliation,
        DiagnosticSeverity.Info,
        "Raised by the latest rule, which keeps one input and marks the rest, as Wikidata deprecates outdated statements.");

    /// <summary>CD0007: a source stated low confidence in an input.</summary>
    public static DiagnosticDescriptor LowConfidence { get; } = new("CD0007", "Stated low confidence",
        "{0}: low confidence stated{1}: “{2}”", Reconciliation,
        DiagnosticSeverity.Warning,
        "The figure was reported with a doubt attached. The conservative and ucdp rules leave it out when other inputs exist; the pooled rule halves its weight.");

    /// <summary>CD0008: every input supporting a result comes from one origin.</summary>
    public static DiagnosticDescriptor SingleOrigin { get; } = new("CD0008", "Only one origin",
        "Only one origin supports the result: {0}", Reconciliation,
        DiagnosticSeverity.Info,
        "The result is as good as that one origin; nothing corroborates it.");

    /// <summary>CD0009: two estimates are not compared because their reference times are too far apart.</summary>
    public static DiagnosticDescriptor TooFarApart { get; } = new("CD0009", "Reference times too far apart to compare",
        "{0} {1} and {2} {3} share no value, but their reference times ({4} and {5}) are {6} days apart, more than the {7} within which estimates are compared, so this is a change over time, not a conflict", Time,
        DiagnosticSeverity.Info,
        "Raise the comparison window in the options if the quantity changes slowly.");

    /// <summary>CD0010: an input's best value lies outside the result.</summary>
    public static DiagnosticDescriptor BestOutsideResult { get; } = new("CD0010", "Best value outside the result",
        "{0}: its best value {1} lies outside the result {2}", Reconciliation,
        DiagnosticSeverity.Info,
        "The rule narrowed past what this source thought most likely.");

    /// <summary>CD0011: the result would be open on both sides.</summary>
    public static DiagnosticDescriptor OpenOnBothSides { get; } = new("CD0011", "Result open on both sides",
        "The {0} of {1} would be open on both sides, which is no range: no result", Reconciliation,
        DiagnosticSeverity.Warning,
        "One input has no lower bound and another no upper bound; the envelope of such inputs says nothing.");

    /// <summary>CD0012: an exclusive bound of a count was normalised to an inclusive whole number.</summary>
    public static DiagnosticDescriptor BoundNormalised { get; } = new("CD0012", "Exclusive bound of a count normalised",
        "{0}: {1} normalised to {2}, since a count of {3} is a whole number", Reconciliation,
        DiagnosticSeverity.Hidden,
        "\"more than 45,000\" people is at least 45,001. Recorded in the explanation; hidden by default.");

    /// <summary>CD0013: an estimate was possibly, not certainly, published by the as-known-on date.</summary>
    public static DiagnosticDescriptor PossiblyKnown { get; } = new("CD0013", "Possibly known",
        "{0}: published between {1} and {2}, so possibly but not certainly known on {3}", Time,
        DiagnosticSeverity.Info,
        "An undated article's publication bounds straddle the as-known-on date; the estimate is included and marked.");

    /// <summary>CD0014: a rule found no input it could use.</summary>
    public static DiagnosticDescriptor NoQualifyingInput { get; } = new("CD0014", "No input qualifies for the rule",
        "The {0} rule has no input it can use: {1}", Reconciliation,
        DiagnosticSeverity.Warning,
        "Every input was excluded by the rule's settings; try another rule or relax the settings.");

    /// <summary>CD0015: a judgement that a proposition is almost certainly true stands against a report that it is false.</summary>
    public static DiagnosticDescriptor JudgementContradicted { get; } = new("CD0015", "Judgement contradicted by a report",
        "{0} holds \"{1}\" at {2} but {3} reports the opposite", Judgements,
        DiagnosticSeverity.Warning,
        "A source says it is near-certain (\"definitely alive\", 95 % or more) while another reports the denial (\"reports that he had been killed\"); one of them is wrong.");

    /// <summary>Every descriptor, in id order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        Conflict, SameOrigin, CurrencyConverted, MissingExchangeRate, PartsInconsistent, Superseded, LowConfidence,
        SingleOrigin, TooFarApart, BestOutsideResult, OpenOnBothSides, BoundNormalised, PossiblyKnown, NoQualifyingInput,
        JudgementContradicted,
    ];
}
