using System;
using ConflictData.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Quantities;

public class BoundInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    [Fact]
    public void EveryValueAndInclusivity_IsKeptExactly() =>
        Prop.ForAll(RawInputGenerators.Decimal.ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (value, inclusive) =>
        {
            var bound = new Bound(value, inclusive);
            return bound.Value == value && bound.IsInclusive == inclusive
                && bound == (inclusive ? Bound.Inclusive(value) : Bound.Exclusive(value))
                && decimal.GetBits(bound.Value).AsSpan().SequenceEqual(decimal.GetBits(value));
        }).Check(Cfg);
}
