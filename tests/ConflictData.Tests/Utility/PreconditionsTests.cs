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

    [Fact]
    public void LoneSurrogateIndex_FindsTheFirstSurrogateWithoutItsPartner()
    {
        // In code, not attributes: attribute strings are stored as UTF-8, which turns a lone surrogate into U+FFFD.
        (string Text, int Expected)[] cases =
        [
            ("plain text", -1), ("a pair \uD83D\uDE42 is fine", -1), ("\uD800", 0), ("a\uDC00b", 1),
            ("ends high \uD83D", 10), ("\uD83D\uDE42\uDE42", 2), ("\uDE42\uD83D", 0),
        ];
        foreach (var (text, expected) in cases)
        {
            Assert.Equal(expected, Preconditions.LoneSurrogateIndex(text));
        }
    }

    [Fact]
    public void CheckText_LoneSurrogate_IsRefusedNamingTheArgumentIndexAndRule()
    {
        var e = Assert.Throws<ArgumentException>(() => Preconditions.CheckText("Guterres \uD800", "name"));
        Assert.Equal("name", e.ParamName);
        Assert.Contains("lone surrogate U+D800 at index 9; text must be well-formed UTF-16", e.Message, StringComparison.Ordinal);
    }
}
