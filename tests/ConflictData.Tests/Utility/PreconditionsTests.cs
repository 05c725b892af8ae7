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
}
