using System;
using System.Globalization;
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
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            CheckArgument(value.Trim().Length > 0, paramName, $"{paramName} must not be empty or white space.");
            CheckArgument(false, paramName, $"{paramName} must not start or end with white space (got \"{value}\").");
        }
        return value;
    }

    /// <summary>Checks that an enum argument holds one of its declared values, naming the allowed ones when it does not.</summary>
    internal static T CheckDefined<T>(T value, string paramName) where T : struct, Enum
    {
        CheckArgument(Enum.IsDefined(value), paramName,
            $"{Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)} is not a defined {typeof(T).Name}; expected one of {string.Join(", ", Enum.GetNames<T>())}.");
        return value;
    }

    internal static void CheckRange(bool condition, string paramName, object? actual, string message)
    {
        if (!condition)
        {
            // The framework would append the actual value formatted in the current culture ("1,25" on de-DE), so the
            // value goes into the message as invariant text instead of into ActualValue.
            string actualText = actual switch
            {
                null => "null",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => actual.ToString() ?? "",
            };
            throw new ArgumentOutOfRangeException(paramName, $"{message} Actual value was {actualText}.");
        }
    }
}
