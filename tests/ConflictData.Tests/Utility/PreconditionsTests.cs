using System;
using ConflictData.Tests.Infrastructure;
using ConflictData.Utility;

namespace ConflictData.Tests.Utility;

public class PreconditionsTests
{
    [Fact]
    public void CheckRange_ActualValueInMessage_IsCultureInvariant()
    {
        CultureScope.AssertInvariant(() =>
            Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckRange(false, "factor", -1.25m, "Must be positive.")).Message);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Preconditions.CheckRange(false, "factor", -1.25m, "Must be positive."));
        Assert.Contains("-1.25", e.Message, StringComparison.Ordinal);
        Assert.Equal("factor", e.ParamName);
    }

    [Fact]
    public void CheckArgument_PassingCheck_FormatsNoMessage()
    {
        decimal value = 1.25m;
        string name = "value";
        Preconditions.CheckArgument(true, name, $"{value} is not allowed for {name}; expected one of {string.Join(", ", Enum.GetNames<DayOfWeek>())}.");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1_000; i++)
        {
            Preconditions.CheckArgument(true, name, $"{value} is not allowed for {name}; expected one of {string.Join(", ", Enum.GetNames<DayOfWeek>())}.");
            Preconditions.CheckRange(true, name, value, $"{value} is out of range for {name}.");
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void CheckArgument_FailingCheck_FormatsTheMessageInvariantly()
    {
        string message = CultureScope.Run("de-DE", () =>
            Assert.Throws<ArgumentException>(() => Preconditions.CheckArgument(false, "value", $"{1.25m} is too large.")).Message);
        Assert.StartsWith("1.25 is too large.", message, StringComparison.Ordinal);
    }
}
