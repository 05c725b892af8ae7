using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Cli.Extraction;

/// <summary>How a run may cut and spread its work: piece sizes and thread counts.</summary>
public static class PieceArbitraries
{
    /// <summary>A piece size from one character to a few thousand, smaller ones shrunk to first.</summary>
    public static Arbitrary<PieceSize> PieceSizes() =>
        Arb.From(
            Gen.Choose(1, 4000).Select(n => new PieceSize(n)),
            size => size.Chars > 1 ? [new PieceSize(size.Chars / 2), new PieceSize(size.Chars - 1)] : []);

    /// <summary>One to eight threads.</summary>
    public static Arbitrary<ThreadCount> ThreadCounts() => Gen.Choose(1, 8).Select(n => new ThreadCount(n)).ToArbitrary();
}

/// <summary>The size in characters at which pieces are cut (at the next paragraph end).</summary>
public sealed record PieceSize(int Chars);

/// <summary>A number of extraction threads.</summary>
public sealed record ThreadCount(int Threads);
