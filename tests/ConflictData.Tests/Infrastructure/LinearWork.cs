using System;
using System.Text;

namespace ConflictData.Tests.Infrastructure;

/// <summary>The shared check that a scanner's counted work stays linear on an adversarial text repeated many times.</summary>
internal static class LinearWork
{
    /// <summary>
    /// Repeats <paramref name="unit"/> <paramref name="repeats"/> and 16 times as often, scans both with
    /// <paramref name="scan"/> (which returns the work it counted), and asserts that each stays within
    /// <paramref name="workPerCharacter"/> steps per character and that 16 times the text costs at most about 16 times the work.
    /// </summary>
    internal static void AssertGrowsLinearly(string unit, int repeats, long workPerCharacter, Func<string, long> scan)
    {
        long Work(int times)
        {
            string text = new StringBuilder().Insert(0, unit, times).ToString();
            long steps = scan(text);
            Assert.True(steps <= workPerCharacter * (text.Length + 1), $"{steps} steps for {text.Length} characters");
            return steps;
        }
        long small = Work(repeats);
        long large = Work(16 * repeats);
        Assert.True(large <= 17 * small + 1_000, $"16 times the text took {large} steps against {small}");
    }
}
