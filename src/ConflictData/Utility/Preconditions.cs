using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictData.Utility;

/// <summary>
/// The one place where public arguments are checked, so every message names the argument and the rule it broke.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, string paramName) where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message, paramName);
        }
    }

    internal static string CheckNotBlank([NotNull] string? value, string paramName)
    {
        CheckNotNull(value, paramName);
        CheckArgument(value.Trim().Length > 0, paramName, $"{paramName} must not be empty or white space.");
        CheckArgument(value.Trim().Length == value.Length, paramName, $"{paramName} must not start or end with white space (got \"{value}\").");
        return value;
    }

    internal static void CheckRange(bool condition, string paramName, object? actual, string message)
    {
        if (!condition)
        {
            throw new ArgumentOutOfRangeException(paramName, actual, message);
        }
    }
}
