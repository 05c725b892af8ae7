using System;
using ConflictData.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

[Properties(Arbitrary = new[] { typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class BoundInvariantTests
{
    [Property]
    public bool EveryValueAndInclusivity_IsKeptExactly(decimal value, bool inclusive)
    {
        var bound = new Bound(value, inclusive);
        return bound.Value == value && bound.IsInclusive == inclusive
            && bound == (inclusive ? Bound.Inclusive(value) : Bound.Exclusive(value))
            && decimal.GetBits(bound.Value).AsSpan().SequenceEqual(decimal.GetBits(value));
    }
}
