using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

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

    /// <summary>As <see cref="CheckArgument(bool, string, string)"/>, formatting the interpolated message only on failure.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            throw new ArgumentException(message.ToStringAndClear(), paramName);
        }
    }

    /// <summary>The items as an immutable array (empty for <c>null</c>), after checking that none is null.</summary>
    internal static ImmutableArray<T> CheckNoNulls<T>(IEnumerable<T>? items, string paramName) where T : class
    {
        var array = items?.ToImmutableArray() ?? [];
        foreach (var item in array)
        {
            CheckArgument(item is not null, paramName, $"{paramName} must not contain null.");
        }
        return array;
    }

    internal static string CheckNotBlank([NotNull] string? value, string paramName)
    {
        CheckNotNull(value, paramName);
        CheckArgument(value.Length > 0 && !string.IsNullOrWhiteSpace(value), paramName, $"{paramName} must not be empty or white space.");
        CheckArgument(!char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]), paramName,
            $"{paramName} must not start or end with white space (got \"{value}\").");
        return value;
    }

    /// <summary>
    /// As <see cref="CheckNotBlank"/> for text the model keeps and JSON writes: also well-formed UTF-16 (see
    /// <see cref="CheckWellFormed"/>).
    /// </summary>
    internal static string CheckText([NotNull] string? value, string paramName) => CheckWellFormed(CheckNotBlank(value, paramName), paramName);

    /// <summary>
    /// Checks that text holds no lone surrogate. Such text is not Unicode: UTF-8 and JSON cannot carry it, so a model
    /// that kept it would write U+FFFD and read back a different value. The tool refuses such input files too.
    /// </summary>
    internal static string CheckWellFormed(string value, string paramName)
    {
        int at = LoneSurrogateIndex(value);
        CheckArgument(at < 0, paramName,
            $"{paramName} holds a lone surrogate U+{((int)value[at]).ToString("X4", CultureInfo.InvariantCulture)} at index {at}; text must be well-formed UTF-16 (Unicode), which is all that UTF-8 and JSON carry.");
        return value;
    }

    /// <summary>The index of the first surrogate without its partner, or -1; vectorized over text without surrogates.</summary>
    internal static int LoneSurrogateIndex(ReadOnlySpan<char> text)
    {
        int offset = 0;
        while (true)
        {
            int i = text[offset..].IndexOfAnyInRange('\uD800', '\uDFFF');
            if (i < 0)
            {
                return -1;
            }
            i += offset;
            if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
            {
                return i;
            }
            offset = i + 2;
        }
    }

    /// <summary>Checks that an enum argument holds one of its declared values, naming the allowed ones when it does not.</summary>
    internal static T CheckDefined<T>(T value, string paramName) where T : struct, Enum
    {
        CheckArgument(Enum.IsDefined(value), paramName,
            $"{Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a defined {typeof(T).Name}; expected one of {string.Join(", ", Enum.GetNames<T>())}.");
        return value;
    }

    internal static void CheckRange<T>(bool condition, string paramName, T actual, string message)
    {
        if (!condition)
        {
            ThrowOutOfRange(paramName, actual, message);
        }
    }

    /// <summary>As <see cref="CheckRange{T}(bool, string, T, string)"/>, formatting the interpolated message only on failure.</summary>
    internal static void CheckRange<T>(bool condition, string paramName, T actual,
        [InterpolatedStringHandlerArgument(nameof(condition))] ref FailureMessage message)
    {
        if (!condition)
        {
            ThrowOutOfRange(paramName, actual, message.ToStringAndClear());
        }
    }

    // The framework would append the actual value formatted in the current culture ("1,25" on de-DE), so the value
    // goes into the message as invariant text instead of into ActualValue.
    [DoesNotReturn]
    private static void ThrowOutOfRange<T>(string paramName, T actual, string message)
    {
        string actualText = actual switch
        {
            null => "null",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => actual.ToString() ?? "",
        };
        throw new ArgumentOutOfRangeException(paramName, $"{message} Actual value was {actualText}.");
    }
}
