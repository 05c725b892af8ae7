using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictData.Tests.Cli;

/// <summary>Inputs of the tool's output writers: chunks of bytes, dates of any year NodaTime has, and the text and numbers of JSON fields.</summary>
public static class OutputArbitraries
{
    /// <summary>Up to forty chunks of up to 100,000 bytes, so a run grows the buffer past its first rent several times.</summary>
    public static Arbitrary<ByteChunks> Chunks() =>
        Arb.From(
            Gen.Choose(0, 40).SelectMany(count => Gen.ArrayOf(Gen.Choose(0, 100_000), count))
                .Select(sizes => new ByteChunks(sizes)),
            chunks => chunks.Sizes.Length == 0 ? [] : [new ByteChunks(chunks.Sizes[..^1]), new ByteChunks(chunks.Sizes.Select(s => s / 2).ToArray())]);

    /// <summary>A date anywhere in NodaTime's ISO range (years -9998 to 9999), years 0 to 9999 and the edges most often.</summary>
    public static Arbitrary<IsoDate> Dates() =>
        Gen.Frequency(
                (3, Gen.Choose(0, 9999)),
                (1, Gen.Choose(-9998, 9999)),
                (1, Gen.Elements(-9998, -1, 0, 1, 9, 10, 999, 1000, 9999)))
            .SelectMany(year => Gen.Choose(1, 12).SelectMany(month =>
                Gen.Choose(1, CalendarSystem.Iso.GetDaysInMonth(year, month)).Select(day => new IsoDate(new LocalDate(year, month, day)))))
            .ToArbitrary();

    /// <summary>
    /// Text of up to 40 characters, mostly printable ASCII with quotes and backslashes, also control characters, DEL,
    /// non-ASCII letters and symbols, surrogate pairs and lone surrogates: every kind of character the JSON encoder treats
    /// its own way. Shrinks by dropping characters.
    /// </summary>
    public static Arbitrary<JsonText> Texts() =>
        Arb.From(
            Gen.Frequency(
                    (8, Gen.Choose(0x20, 0x7E).Select(c => (char)c)),
                    (2, Gen.Elements('"', '\\', '\n', '\t', '\u007F', '\u0000', '\u001F')),
                    (2, Gen.Choose(0x80, 0xFFFF).Select(c => (char)c)),
                    (1, Gen.Elements('\u00A3', '\u00F3', '\u2019', '\u2028', '\u00AD', '\uFEFF', '\uD83D', '\uDE00')))
                .ArrayOf()
                .Select(cs => new JsonText(new string(cs.Take(40).ToArray()))),
            text => Enumerable.Range(0, text.Value.Length).Select(i => new JsonText(text.Value.Remove(i, 1))));

    /// <summary>Any decimal: 96 random bits, a sign and a scale from 0 to 28, with whole numbers, zeros of either sign and the
    /// edges of the integer range often.</summary>
    public static Arbitrary<JsonDecimal> Decimals() =>
        Gen.Frequency(
                (2, Gen.Choose(-100_000, 100_000).Select(n => (decimal)n)),
                (1, Gen.Choose(int.MinValue, int.MaxValue).Two().Select(bits => new decimal(bits.Item1, bits.Item2, 0, false, 0))),
                (1, Gen.Elements(0m, new decimal(0, 0, 0, true, 0), new decimal(0, 0, 0, true, 3), 0.0m, 1.50m, 100.0m, -7m, ulong.MaxValue, ulong.MaxValue + 1m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m)),
                (3, Gen.Choose(int.MinValue, int.MaxValue).Three().SelectMany(bits =>
                    Gen.Choose(0, 28).SelectMany(scale => Gen.Elements(true, false).Select(negative =>
                        new decimal(bits.Item1, bits.Item2, bits.Item3, negative, (byte)scale))))))
            .Select(d => new JsonDecimal(d))
            .ToArbitrary();
}

/// <summary>The sizes of chunks written one after another.</summary>
public sealed record ByteChunks(int[] Sizes);

/// <summary>A date to write.</summary>
public sealed record IsoDate(LocalDate Date);

/// <summary>The text of a JSON string field.</summary>
public sealed record JsonText(string Value);

/// <summary>The value of a JSON number field.</summary>
public sealed record JsonDecimal(decimal Value);
