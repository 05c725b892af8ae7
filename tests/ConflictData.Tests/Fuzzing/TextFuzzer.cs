using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ConflictData.Tests.Fuzzing;

/// <summary>
/// Runs the fuzz laws over a range of seeds, text <c>i</c> being built from seed <c>first + i</c>, so any failure is
/// reproduced by its seed alone. Failures come back shrunk: pieces, then characters, dropped while the failure stays.
/// </summary>
internal static class TextFuzzer
{
    /// <summary>How many texts, how many quantities and dates went through the laws, and the first failure.</summary>
    internal sealed record Outcome(long Texts, long RoundTrips, string? Failure);

    /// <summary>Checks <paramref name="count"/> texts and as many formatted quantities and dates, from seed <paramref name="first"/>.</summary>
    internal static Outcome Run(int first, long count) => Run(first, count, FuzzChecks.Check);

    /// <summary>Runs with <paramref name="check"/> as the laws of a text: why it breaks one, or null.</summary>
    internal static Outcome Run(int first, long count, Func<string, string?> check)
    {
        long trips = 0;
        for (long i = 0; i < count; i++)
        {
            int seed = unchecked(first + (int)i);
            var pieces = FuzzTextGenerator.Pieces(seed);
            string text = string.Concat(pieces);
            if (check(text) is { } failure)
            {
                var minimal = Shrink(pieces, check);
                return new Outcome(i + 1, trips, $"FUZZ_SEED={Invariant(seed)} FUZZ_ITERATIONS=1 fails on text {Escape(text)}: {failure}\n"
                    + $"minimal text {Escape(minimal)}: {check(minimal)}");
            }
            var random = new Random(seed);
            var quantity = FuzzTextGenerator.Quantity(random);
            var time = new ReferenceTime((ReferenceTimeKind)random.Next(3), FuzzTextGenerator.Range(random));
            if ((FuzzChecks.CheckRoundTrip(quantity) ?? FuzzChecks.CheckRoundTrip(time)) is { } trip)
            {
                return new Outcome(i + 1, trips, $"FUZZ_SEED={Invariant(seed)} FUZZ_ITERATIONS=1 breaks format-then-parse: {trip}");
            }
            trips += 2;
        }
        return new Outcome(count, trips, null);
    }

    /// <summary>The shortest text found, by dropping pieces and then characters, that still breaks a law.</summary>
    internal static string Shrink(List<string> pieces, Func<string, string?> check)
    {
        var current = new List<string>(pieces);
        for (int i = current.Count - 1; i >= 0; i--)
        {
            var fewer = new List<string>(current);
            fewer.RemoveAt(i);
            if (check(string.Concat(fewer)) is not null)
            {
                current = fewer;
            }
        }
        string text = string.Concat(current);
        for (int i = text.Length - 1; i >= 0; i--)
        {
            string shorter = text.Remove(i, 1);
            if (check(shorter) is not null)
            {
                text = shorter;
            }
        }
        return text;
    }

    /// <summary>The text as a C# string literal, with everything outside printable ASCII escaped.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (char c in text)
        {
            escaped.Append(c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:X4}");
        }
        return escaped.Append('"').ToString();
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
