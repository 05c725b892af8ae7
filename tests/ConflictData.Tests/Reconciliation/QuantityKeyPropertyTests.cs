using System;
using ConflictData.Reconciliation;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Measurement;
using FsCheck.Xunit;

namespace ConflictData.Tests.Reconciliation;

[Properties(Arbitrary = new[] { typeof(MeasurementArbitraries) }, MaxTest = 500)]
public class QuantityKeyPropertyTests
{
    [Property]
    public bool KeysBuiltSeparately_AreEqual_WithEqualHashes(Measurand measurand, bool money, bool split)
    {
        string family = money ? "money" : "person";
        var key = new QuantityKey(measurand, family, split ? "s" : null);
        var copy = new QuantityKey(MeasurandInvariantTests.CopyOf(measurand), new string(family.AsSpan()), split ? new string('s', 1) : null);
        return key.Equals(copy) && copy.Equals(key) && key.GetHashCode() == copy.GetHashCode();
    }

    [Property]
    public bool KeysDifferingInOnePart_AreUnequal(Measurand left, Measurand right)
    {
        var key = new QuantityKey(left, "person");
        return !key.Equals(key.WithSplit("s")) && !key.Equals(new QuantityKey(left, "money"))
            && key.Equals(new QuantityKey(right, "person")) == left.Equals(right);
    }
}
