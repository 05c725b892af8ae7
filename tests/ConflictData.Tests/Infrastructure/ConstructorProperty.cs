using System;

namespace ConflictData.Tests.Infrastructure;

/// <summary>The shape of every "random raw input" property: a constructor either rejects its arguments or builds a valid value.</summary>
internal static class ConstructorProperty
{
    /// <summary>
    /// True when <paramref name="create"/> throws <see cref="ArgumentException"/> (including its null and out-of-range
    /// subclasses) or returns a value for which <paramref name="holds"/> is true. Any other exception escapes and fails the property.
    /// </summary>
    internal static bool RejectsOrHolds<T>(Func<T> create, Func<T, bool> holds)
    {
        T value;
        try
        {
            value = create();
        }
        catch (ArgumentException)
        {
            return true;
        }
        return holds(value);
    }

    /// <summary>True when <paramref name="create"/> throws <see cref="ArgumentException"/> exactly when <paramref name="valid"/> is false, and otherwise builds a value for which <paramref name="holds"/> is true.</summary>
    internal static bool AcceptsExactly<T>(bool valid, Func<T> create, Func<T, bool> holds)
    {
        T value;
        try
        {
            value = create();
        }
        catch (ArgumentException)
        {
            return !valid;
        }
        return valid && holds(value);
    }
}
