using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Text;
using Xunit.Abstractions;

namespace ConflictData.Tests.Text.Peers;

/// <summary>
/// The English number-range specs of Microsoft Recognizers-Text (see NOTICE.md) as an outside check of
/// <see cref="QuantityScanner"/>. Cases outside our scope are set aside by a named reason; on the rest, a case passes
/// when we find exactly the expected phrases with the expected intervals, allowing only the deliberate differences
/// explained in DIFFERENCES.md.
/// </summary>
public class RecognizersNumberRangeTests(ITestOutputHelper output)
{
    /// <summary>The pass rate (in scope, allowing the documented differences) below which this check fails.</summary>
    private const double Floor = 0.88;

    private sealed record Expected(string Text, int Start, string Interval);

    private sealed record Case(string Input, Expected[] Results);

    private static Case[] Cases()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Text", "Peers", "NumberRangeModel.json")));
        return json.RootElement.EnumerateArray().Select(c => new Case(
            c.GetProperty("Input").GetString()!,
            c.GetProperty("Results").EnumerateArray().Select(r => new Expected(
                r.GetProperty("Text").GetString()!, r.GetProperty("Start").GetInt32(),
                r.GetProperty("Resolution").GetProperty("value").GetString()!)).ToArray())).ToArray();
    }

    /// <summary>Why a case is outside what an English news-text quantity scanner reads, or null when it is in scope.</summary>
    internal static string? OutOfScope(string input)
    {
        string lower = input.ToLowerInvariant();
        if (input.IndexOfAny(['<', '>', '=']) >= 0)
        {
            return "comparison symbols";
        }
        if (lower.Contains("equal", StringComparison.Ordinal) && !lower.Contains("than or equal to", StringComparison.Ordinal))
        {
            return "equality wording";
        }
        if (lower.Contains("tenth", StringComparison.Ordinal) || lower.Contains("fifteenth", StringComparison.Ordinal))
        {
            return "ordinals";
        }
        if (lower.Contains('/', StringComparison.Ordinal) || lower.Contains("half", StringComparison.Ordinal)
            || lower.Contains("quarter", StringComparison.Ordinal) || lower.Contains("fourth", StringComparison.Ordinal)
            || lower.Contains(" in 5", StringComparison.Ordinal))
        {
            return "fractions";
        }
        if (lower.Contains("exceed", StringComparison.Ordinal) || lower.Contains("surpass", StringComparison.Ordinal))
        {
            return "verbs of comparison";
        }
        return null;
    }

    /// <summary>Whether our mention agrees with the expected result, and if only by a documented difference, which.</summary>
    private static (bool Agrees, string? Difference) Compare(QuantityMention ours, Expected theirs)
    {
        string? difference = null;
        int offset = theirs.Start - ours.Span.Start;
        if (offset > 0)
        {
            // D4: our span starts with the hedge words the peer leaves out ("about 20~100").
            string before = ours.Text[..offset].Trim();
            if (!ours.Phrase.Hedge.Text.StartsWith(before, StringComparison.OrdinalIgnoreCase))
            {
                return (false, null);
            }
            difference = "D4";
        }
        if (offset < 0 || string.Compare(ours.Text, offset, theirs.Text, 0, theirs.Text.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return (false, null);
        }
        if (ours.Text.Length - offset != theirs.Text.Length)
        {
            // D3: our span goes on to the counted noun or unit words.
            if (ours.Phrase.Noun is null && ours.Phrase.Unit is null)
            {
                return (false, null);
            }
            difference = difference is null ? "D3" : "D3+D4";
        }
        string interval = Interval(ours.Phrase.Value);
        if (interval == theirs.Interval)
        {
            return (true, difference);
        }
        // D1: a two-number range is closed at both ends.
        bool closedRange = ours.Phrase.Hedge.Has(HedgeKinds.Range) && theirs.Interval.EndsWith(')') && interval.EndsWith(']')
                           && interval[..^1] == theirs.Interval[..^1];
        return closedRange ? (true, "D1") : (false, null);
    }

    private static string Interval(RangedValue value) =>
        (value.Lower is { } l ? (l.IsInclusive ? "[" : "(") + Plain(l.Value) : "(") + "," +
        (value.Upper is { } u ? Plain(u.Value) + (u.IsInclusive ? "]" : ")") : ")");

    private static string Plain(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void NumberRangeSpecs_InScope_PassAboveTheFloor()
    {
        var cases = Cases();
        Assert.Equal(87, cases.Length);
        int inScope = 0;
        int exact = 0;
        int withDifferences = 0;
        var failures = new List<string>();
        var differences = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in cases)
        {
            if (OutOfScope(c.Input) is { } reason)
            {
                output.WriteLine($"out of scope ({reason}): {c.Input}");
                continue;
            }
            inScope++;
            var found = QuantityScanner.Default.Scan(c.Input);
            var verdicts = found.Length == c.Results.Length
                ? found.Zip(c.Results, Compare).ToArray()
                : [(false, null)];
            if (verdicts.All(v => v.Agrees))
            {
                var used = verdicts.Select(v => v.Difference).OfType<string>().Distinct().ToArray();
                if (used.Length == 0)
                {
                    exact++;
                }
                foreach (string d in used)
                {
                    differences[d] = differences.GetValueOrDefault(d) + 1;
                }
                withDifferences++;
            }
            else
            {
                failures.Add($"{c.Input} | expected {string.Join("; ", c.Results.Select(r => $"\"{r.Text}\" {r.Interval}"))} | found {string.Join("; ", found.Select(m => $"\"{m.Text}\" {Interval(m.Phrase.Value)}"))}");
            }
        }
        double rate = (double)withDifferences / inScope;
        output.WriteLine($"{inScope} of {cases.Length} cases in scope; {exact} pass exactly, {withDifferences} ({rate:P0}) allowing {string.Join(", ", differences.Select(d => $"{d.Key} x{d.Value}"))}.");
        failures.ForEach(f => output.WriteLine("FAIL " + f));
        Assert.True(rate >= Floor, $"pass rate {rate:P1} is below the floor {Floor:P0}:\n{string.Join("\n", failures)}");
    }
}
