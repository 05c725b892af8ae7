using System;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace ConflictData.Utility;

/// <summary>
/// The message of a precondition, written as an interpolated string but formatted only when the check fails, and then
/// culture-invariantly. Checks run on every constructor call (the quantity scanner builds ranges, hedges and dates
/// for every figure it reads), so a message formatted up front would cost an allocation per successful check.
/// </summary>
[InterpolatedStringHandler]
internal ref struct FailureMessage
{
    private DefaultInterpolatedStringHandler text;

    /// <summary>Called by the compiler; <paramref name="shouldAppend"/> is false when the check passed.</summary>
    public FailureMessage(int literalLength, int formattedCount, bool condition, out bool shouldAppend)
    {
        shouldAppend = !condition;
        text = condition ? default : new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.InvariantCulture);
    }

    public void AppendLiteral(string value) => text.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => text.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => text.AppendFormatted(value, format);

    public void AppendFormatted(string? value) => text.AppendFormatted(value);

    public void AppendFormatted(ReadOnlySpan<char> value) => text.AppendFormatted(value);

    /// <summary>The formatted message; call only when the check failed.</summary>
    internal string ToStringAndClear() => text.ToStringAndClear();
}
