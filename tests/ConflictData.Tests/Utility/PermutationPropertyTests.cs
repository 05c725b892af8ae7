using System;
using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Utility;
using FsCheck.Xunit;

namespace ConflictData.Tests.Utility;

[Properties(Arbitrary = new[] { typeof(PermutationArbitraries) }, MaxTest = 300)]
public class PermutationPropertyTests
{
    private static string[] Items(int count) => [.. Enumerable.Range(0, count).Select(i => "item " + i)];

    [Property]
    public bool Apply_PutsAtEachPositionTheItemItsSourceNames_AndUsesUpTheSources(Shuffle shuffle)
    {
        var items = Items(shuffle.Sources.Length);
        int[] sources = [.. shuffle.Sources];
        Permutation.Apply<string>(items, sources);
        return Enumerable.Range(0, items.Length).All(i => items[i] == "item " + shuffle.Sources[i]) && sources.All(s => s == -1);
    }

    [Property]
    public bool Apply_ThenItsInverse_RestoresTheOrder(Shuffle shuffle)
    {
        var items = Items(shuffle.Sources.Length);
        var inverse = new int[shuffle.Sources.Length];
        for (int i = 0; i < inverse.Length; i++)
        {
            inverse[shuffle.Sources[i]] = i;
        }
        Permutation.Apply<string>(items, [.. shuffle.Sources]);
        Permutation.Apply<string>(items, inverse);
        return items.SequenceEqual(Items(items.Length));
    }

    [Property]
    public bool Apply_RejectsSourcesThatNameAPositionTwice(Shuffle shuffle)
    {
        if (shuffle.Sources.Length < 2)
        {
            return true;
        }
        int[] sources = [.. shuffle.Sources];
        sources[^1] = sources[0];
        var error = Assert.Throws<ArgumentException>(() => Permutation.Apply<string>(Items(sources.Length), sources));
        return error.ParamName == "sources" && error.Message.Contains("not a permutation", StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MovesStructsOfReferences_AsTheExampleSays()
    {
        (string, string)[] items = [("a", "x"), ("b", "y"), ("c", "z")];
        Permutation.Apply<(string, string)>(items, [2, 0, 1]);
        Assert.Equal([("c", "z"), ("a", "x"), ("b", "y")], items);
    }

    [Fact]
    public void Apply_RejectsSourcesOutOfRange_AndOfTheWrongLength()
    {
        Assert.Contains("out of range", Assert.Throws<ArgumentException>(() => Permutation.Apply<string>(Items(2), [0, 2])).Message, StringComparison.Ordinal);
        Assert.Contains("one per item", Assert.Throws<ArgumentException>(() => Permutation.Apply<string>(Items(2), [0])).Message, StringComparison.Ordinal);
    }
}
