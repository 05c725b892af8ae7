using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Generators;

/// <summary>A permutation of 0..n-1, as the sources of a reordering: position i takes the item at <see cref="Sources"/>[i].</summary>
public sealed record Shuffle(int[] Sources)
{
    public override string ToString() => "[" + string.Join(", ", Sources) + "]";
}

public static class PermutationArbitraries
{
    // Smaller permutations: without the largest position, which leaves a permutation of 0..n-2.
    private static IEnumerable<Shuffle> Smaller(Shuffle shuffle) =>
        shuffle.Sources.Length == 0 ? [] : [new Shuffle([.. shuffle.Sources.Where(s => s != shuffle.Sources.Length - 1)])];

    public static Arbitrary<Shuffle> Shuffles() => Arb.From(
        from n in Gen.Choose(0, 60)
        from keys in Gen.CollectToArray(Enumerable.Repeat(Gen.Choose(0, 20), n))
        select new Shuffle([.. Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i)]),
        Smaller);
}
