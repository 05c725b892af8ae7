using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Generators;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

/// <summary>The algebra of <see cref="RangedValue"/>: envelope, intersection and addition laws over generated ranges.</summary>
[Properties(MaxTest = 1000)]
public class RangedValueLawTests
{
    private static readonly Arbitrary<RangedValue> Ranges = ModelGenerators.RangedValueArbitrary(ModelGenerators.ModerateRangedValue);

    // Envelopes and sums keep a bound only on a side where every operand has one; a range needs at least one bound,
    // so the laws are stated over operands that share a bounded side, and the other case must be refused clearly.
    private static readonly Gen<Func<RangedValue, bool>> BoundedSide =
        Gen.Elements<Func<RangedValue, bool>>(r => r.Lower is not null, r => r.Upper is not null);

    private static readonly Arbitrary<(RangedValue, RangedValue)> Pairs = (
        from side in BoundedSide
        from pair in ModelGenerators.ModerateRangedValue.Where(side).Two()
        select pair).ToArbitrary();

    private static readonly Arbitrary<(RangedValue, RangedValue, RangedValue)> Triples = (
        from side in BoundedSide
        from triple in ModelGenerators.ModerateRangedValue.Where(side).Three()
        select triple).ToArbitrary();

    [Property]
    public Property Envelope_IsCommutative() =>
        Prop.ForAll(Pairs, p => p.Item1.Envelope(p.Item2).Equals(p.Item2.Envelope(p.Item1)));

    [Property]
    public Property Envelope_IsAssociative() =>
        Prop.ForAll(Triples, t => t.Item1.Envelope(t.Item2).Envelope(t.Item3).Equals(t.Item1.Envelope(t.Item2.Envelope(t.Item3))));

    [Property]
    public Property Envelope_IsIdempotent() =>
        Prop.ForAll(Ranges, a => a.Envelope(a).Equals(a));

    [Property]
    public Property Envelope_ContainsBothOperandsAndTheirPoints() =>
        Prop.ForAll(Pairs, ((RangedValue a, RangedValue b) p) =>
        {
            var (a, b) = p;
            var envelope = a.Envelope(b);
            return envelope.Contains(a) && envelope.Contains(b)
                && MemberPoints(a).Concat(MemberPoints(b)).All(envelope.Contains)
                && RangedValueInvariantTests.Holds(envelope);
        });

    [Property]
    public Property Intersection_IsCommutative() =>
        Prop.ForAll(Ranges, Ranges, (a, b) => Equals(a.Intersection(b), b.Intersection(a)));

    [Property]
    public Property Intersection_IsContainedInBoth() =>
        Prop.ForAll(Ranges, Ranges, (a, b) =>
            a.Intersection(b) is not { } both || (a.Contains(both) && b.Contains(both) && RangedValueInvariantTests.Holds(both)));

    [Property]
    public Property Intersection_HoldsExactlyThePointsOfBoth() =>
        Prop.ForAll(Ranges, Ranges, (a, b) =>
        {
            var both = a.Intersection(b);
            return MemberPoints(a).Concat(MemberPoints(b)).Concat(Edges(a)).Concat(Edges(b))
                .All(p => (a.Contains(p) && b.Contains(p)) == (both?.Contains(p) ?? false))
                && a.Overlaps(b) == both is not null;
        });

    [Property]
    public Property Intersection_WithItself_IsItself() =>
        Prop.ForAll(Ranges, a => a.Equals(a.Intersection(a)));

    [Property]
    public Property Add_IsCommutative() =>
        Prop.ForAll(Pairs, p => p.Item1.Add(p.Item2).Equals(p.Item2.Add(p.Item1)));

    [Property]
    public Property Add_IsAssociative() =>
        Prop.ForAll(Triples, t => t.Item1.Add(t.Item2).Add(t.Item3).Equals(t.Item1.Add(t.Item2.Add(t.Item3))));

    [Property]
    public Property Add_ContainsEveryPairwiseSumOfMemberPoints() =>
        Prop.ForAll(Pairs, ((RangedValue a, RangedValue b) p) =>
        {
            var (a, b) = p;
            var sum = a.Add(b);
            return RangedValueInvariantTests.Holds(sum)
                && MemberPoints(a).All(x => MemberPoints(b).All(y => sum.Contains(x + y)));
        });

    [Property]
    public Property EnvelopeAndAdd_OfRangesOpenOnOppositeSides_AreRefusedWithTheReason() =>
        Prop.ForAll(ModelGenerators.ModerateRangedValue.Where(r => r.Lower is null).ToArbitrary(),
            ModelGenerators.ModerateRangedValue.Where(r => r.Upper is null).ToArbitrary(), (atMost, atLeast) =>
            {
                foreach (Func<RangedValue> combine in new Func<RangedValue>[] { () => atMost.Envelope(atLeast), () => atLeast.Envelope(atMost),
                    () => atMost.Add(atLeast), () => atLeast.Add(atMost) })
                {
                    var e = Assert.Throws<ArgumentException>(combine);
                    Assert.Equal("other", e.ParamName);
                    Assert.Contains("open on both sides", e.Message, StringComparison.Ordinal);
                }
            });

    /// <summary>Points inside <paramref name="r"/>: its inclusive bounds, best, midpoint, and points just inside open or exclusive sides.</summary>
    internal static IEnumerable<decimal> MemberPoints(RangedValue r)
    {
        var candidates = Edges(r).ToList();
        if (r.Best is { } best)
        {
            candidates.Add(best);
        }
        if (r.Lower is { } l && r.Upper is { } u)
        {
            candidates.Add(l.Value + (u.Value - l.Value) / 2);
        }
        foreach (var edge in Edges(r))
        {
            candidates.AddRange([edge + 0.0001m, edge - 0.0001m, edge + 1_000_000, edge - 1_000_000]);
        }
        return candidates.Where(r.Contains).Distinct();
    }

    private static IEnumerable<decimal> Edges(RangedValue r) =>
        new[] { r.Lower?.Value, r.Upper?.Value }.Where(v => v is not null).Select(v => v!.Value);
}
