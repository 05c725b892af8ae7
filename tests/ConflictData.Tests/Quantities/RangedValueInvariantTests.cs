using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Quantities;

[Properties(Arbitrary = new[] { typeof(QuantityArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class RangedValueInvariantTests
{
    /// <summary>Never empty: a bound on some side, lower at or below upper, equal bounds both inclusive, best inside.</summary>
    internal static bool Holds(RangedValue r) =>
        (r.Lower is not null || r.Upper is not null)
        && (r.Lower is not { } l || r.Upper is not { } u || l.Value < u.Value || (l.Value == u.Value && l.IsInclusive && u.IsInclusive))
        && (r.Best is not { } b || r.Contains(b))
        && r.IsExact == (r.Lower is { } x && r.Upper is { } y && x.Value == y.Value)
        && r.IsBounded == (r.Lower is not null && r.Upper is not null)
        && (r.Lower is not { } lo || r.Contains(lo.Value) == lo.IsInclusive)
        && (r.Upper is not { } up || r.Contains(up.Value) == up.IsInclusive);

    // An oracle written independently of the model's Validate: what the format doc and the design call a valid range.
    private static bool IsValid(Bound? lower, Bound? upper, decimal? best)
    {
        if (lower is null && upper is null)
        {
            return false;
        }
        if (lower is { } l && upper is { } u && (l.Value > u.Value || (l.Value == u.Value && !(l.IsInclusive && u.IsInclusive))))
        {
            return false;
        }
        return best is not { } b
            || ((lower is not { } lb || b > lb.Value || (b == lb.Value && lb.IsInclusive))
                && (upper is not { } ub || b < ub.Value || (b == ub.Value && ub.IsInclusive)));
    }

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(RangedValue value) => Holds(value);

    [Property]
    public bool RandomBoundsAndBest_AreRejectedExactlyWhenInvalid(Bound? lower, Bound? upper, decimal? best) =>
        ConstructorProperty.AcceptsExactly(IsValid(lower, upper, best), () => new RangedValue(lower, upper, best), Holds);

    [Property]
    public bool RandomBoundsSharingAValue_AreRejectedExactlyWhenInvalid(decimal value, bool lowerInclusive, bool upperInclusive)
    {
        var (lower, upper) = (new Bound(value, lowerInclusive), new Bound(value, upperInclusive));
        return ConstructorProperty.AcceptsExactly(IsValid(lower, upper, value), () => new RangedValue(lower, upper, value), Holds);
    }

    [Property]
    public bool TryCreate_AgreesWithTheConstructor(Bound? lower, Bound? upper, decimal? best) =>
        RangedValue.TryCreate(lower, upper, best, out var value, out var error)
            ? error is null && Holds(value) && value.Equals(new RangedValue(lower, upper, best))
            : value is null && error!.Length > 0 && !IsValid(lower, upper, best);
}
