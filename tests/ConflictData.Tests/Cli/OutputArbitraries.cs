using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictData.Tests.Cli;

/// <summary>Inputs of the tool's output writers: chunks of bytes and dates of any year NodaTime has.</summary>
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
}

/// <summary>The sizes of chunks written one after another.</summary>
public sealed record ByteChunks(int[] Sizes);

/// <summary>A date to write.</summary>
public sealed record IsoDate(LocalDate Date);
