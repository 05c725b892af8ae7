using System;
using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using ConflictData.Tests.Provenance;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Measurement;

[Properties(Arbitrary = new[] { typeof(MeasurementArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class MeasurandInvariantTests
{
    /// <summary>Places and qualifiers sorted and distinct, qualifiers kebab-case, actor and region absent or proper text.</summary>
    internal static bool Holds(Measurand m) =>
        IndicatorInvariantTests.Holds(m.Indicator)
        && m.Places.All(CountryCodeInvariantTests.Holds)
        && m.Places.Zip(m.Places.Skip(1)).All(p => string.CompareOrdinal(p.First.Code, p.Second.Code) < 0)
        && m.Qualifiers.All(IndicatorInvariantTests.IsKebabCode)
        && m.Qualifiers.Zip(m.Qualifiers.Skip(1)).All(q => string.CompareOrdinal(q.First, q.Second) < 0)
        && (m.Actor is null || SourceInvariantTests.IsTrimmedText(m.Actor))
        && (m.Region is null || SourceInvariantTests.IsTrimmedText(m.Region));

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(Measurand value) => Holds(value);

    [Property]
    public bool RepeatedUnsortedPlaces_AreSortedAndDeduplicated(CountryCode[] places) =>
        new Measurand(Indicator.Fighters, places: places).Places.SequenceEqual(places.Distinct().OrderBy(p => p.Code, StringComparer.Ordinal));

    [Property]
    public bool RandomTextsAndQualifiers_AreRejectedOrValid(string? actor, string? region, string?[] qualifiers) =>
        ConstructorProperty.RejectsOrHolds(
            () => new Measurand(Indicator.Fighters, actor, [CountryCode.Syria, CountryCode.Iraq, CountryCode.Syria], region, qualifiers!), Holds);

    /// <summary>The same measurand built again from fresh strings, its sets given reversed and with repeats.</summary>
    internal static Measurand CopyOf(Measurand m) =>
        new(m.Indicator, Fresh(m.Actor), [.. m.Places.Reverse(), .. m.Places], Fresh(m.Region),
            [.. m.Qualifiers.Reverse().Select(q => Fresh(q)!), .. m.Qualifiers]);

    private static string? Fresh(string? text) => text is null ? null : new string(text.AsSpan());

    [Property]
    public bool CopiesBuiltSeparately_AreEqual_WithEqualHashes(Measurand value)
    {
        var copy = CopyOf(value);
        return !ReferenceEquals(value, copy) && value.Equals(copy) && copy.Equals(value) && value == copy
            && value.GetHashCode() == copy.GetHashCode();
    }

    [Property]
    public bool Equality_IsComponentWise_AndEqualValuesHashAlike(Measurand left, Measurand right, int salt)
    {
        // The cached hash only short-circuits: any two values, and a copy that differs in one qualifier only.
        var near = new Measurand(right.Indicator, right.Actor, right.Places, right.Region,
            [.. right.Qualifiers, "q-" + Math.Abs(salt % 1000)]);
        return Agrees(left, right) && Agrees(right, near) && Agrees(right, CopyOf(right));

        static bool Agrees(Measurand a, Measurand b)
        {
            bool componentWise = a.Indicator == b.Indicator && a.Actor == b.Actor && a.Region == b.Region
                && a.Places.SequenceEqual(b.Places) && a.Qualifiers.SequenceEqual(b.Qualifiers);
            return a.Equals(b) == componentWise && (a != b) == !componentWise
                && (!componentWise || a.GetHashCode() == b.GetHashCode());
        }
    }

    [Fact]
    public void DefaultPlaceOrIndicator_IsRejected()
    {
        Assert.Throws<ArgumentException>(() => new Measurand(default));
        Assert.Throws<ArgumentException>(() => new Measurand(Indicator.Fighters, places: [default]));
    }
}
