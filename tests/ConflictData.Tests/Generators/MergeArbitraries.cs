using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ConflictData.Reconciliation;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictData.Tests.Generators;

/// <summary>Inputs for one merge: unique ids, moderate values; shrinks by dropping inputs and simplifying values.</summary>
public sealed record InputSet(ImmutableArray<MergeInput> Inputs)
{
    public override string ToString() => string.Join("; ", Inputs.Select(Describe));

    internal static string Describe(MergeInput i) =>
        $"{i.Id} {i.Value} ref {i.ReferenceTime?.ToString() ?? "-"} pub {i.Published?.ToString() ?? "-"} grade {i.Reliability?.ToString() ?? "-"}{(i.IsLowConfidence ? " low" : "")}";
}

/// <summary>Inputs whose values all have a lower bound, or all an upper bound, so hulls and sums always exist.</summary>
public sealed record BoundedInputSet(ImmutableArray<MergeInput> Inputs)
{
    public override string ToString() => string.Join("; ", Inputs.Select(InputSet.Describe));
}

/// <summary>An input set and a reordering of it.</summary>
public sealed record Permuted(ImmutableArray<MergeInput> Inputs, ImmutableArray<MergeInput> Reordered)
{
    public override string ToString() => string.Join("; ", Inputs.Select(InputSet.Describe)) + " | reordered " + string.Join(", ", Reordered.Select(i => i.Id));
}

/// <summary>The arbitraries the merge-rule laws draw from, registered with <c>[Property(Arbitrary = ...)]</c>.</summary>
public static class MergeArbitraries
{
    private static readonly LocalDate Origin = new(2019, 1, 1);

    private static readonly Gen<DateInterval?> Interval = Gen.Frequency(
        (1, Gen.Constant((DateInterval?)null)),
        (4, from start in Gen.Choose(0, 60)
            from length in Gen.Choose(0, 40)
            select (DateInterval?)new DateInterval(Origin.PlusDays(start), Origin.PlusDays(start + length))));

    private static readonly Gen<ReliabilityGrade?> Grade = Gen.Frequency(
        (1, Gen.Constant((ReliabilityGrade?)null)),
        (2, from s in Gen.Choose(0, 5) from i in Gen.Choose(1, 6) select (ReliabilityGrade?)new ReliabilityGrade((SourceReliability)s, (InformationCredibility)i)));

    private static Gen<MergeInput> Input(int index, Gen<RangedValue> values) =>
        from value in values
        from origin in Gen.Elements("un", "us", "rnz", "coalition")
        from reference in Interval
        from published in Gen.Frequency((1, Gen.Constant((LocalDate?)null)), (3, Gen.Choose(0, 120).Select(d => (LocalDate?)Origin.PlusDays(d))))
        from grade in Grade
        from low in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new MergeInput("e" + index.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), value, origin, reference, published, grade, low);

    private static Gen<ImmutableArray<MergeInput>> Inputs(Gen<RangedValue> values) =>
        from count in Gen.Choose(1, 6)
        from inputs in Enumerable.Range(0, count).Select(i => Input(i, values)).ToArray() is var gens ? Gen.CollectToArray(gens) : null
        select inputs.ToImmutableArray();

    private static IEnumerable<ImmutableArray<MergeInput>> Shrink(ImmutableArray<MergeInput> inputs, Func<RangedValue, bool> keep)
    {
        for (int i = 0; i < inputs.Length && inputs.Length > 1; i++)
        {
            yield return inputs.RemoveAt(i);
        }
        for (int i = 0; i < inputs.Length; i++)
        {
            var input = inputs[i];
            foreach (var simpler in ModelGenerators.ShrinkRangedValue(input.Value).Where(keep))
            {
                yield return inputs.SetItem(i, new MergeInput(input.Id, simpler, input.Origin, input.ReferenceTime, input.Published,
                    input.Reliability, input.IsLowConfidence, input.IsVague, input.Weight));
            }
        }
    }

    public static Arbitrary<InputSet> InputSets() =>
        Arb.From(Inputs(ModelGenerators.ModerateRangedValue).Select(i => new InputSet(i)),
            set => Shrink(set.Inputs, _ => true).Select(i => new InputSet(i)));

    public static Arbitrary<BoundedInputSet> BoundedInputSets()
    {
        var gen = from lowerSide in Gen.Elements(true, false)
                  from inputs in Inputs(ModelGenerators.ModerateRangedValue.Where(r => lowerSide ? r.Lower is not null : r.Upper is not null))
                  select new BoundedInputSet(inputs);
        return Arb.From(gen, set =>
        {
            bool lowerSide = set.Inputs.All(i => i.Value.Lower is not null);
            return Shrink(set.Inputs, r => lowerSide ? r.Lower is not null : r.Upper is not null).Select(i => new BoundedInputSet(i));
        });
    }

    public static Arbitrary<Permuted> Permutations()
    {
        var gen = from inputs in Inputs(ModelGenerators.ModerateRangedValue)
                  from reordered in Gen.Shuffle(inputs.ToArray())
                  select new Permuted(inputs, [.. reordered]);
        return Arb.From(gen, p => Shrink(p.Inputs, _ => true).Select(i => new Permuted(i, [.. i.Reverse()])));
    }
}
