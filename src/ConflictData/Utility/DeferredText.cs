using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ConflictData.Utility;

/// <summary>
/// A composite format and its arguments, formatted culture-invariantly on first use and then kept: reconciliation
/// explains every input and raises many diagnostics whose words most callers never read.
/// </summary>
/// <remarks>Used only with immutable arguments (see <see cref="IsImmutable"/>), so the text is the same whenever it is
/// made. Thread-safe: two threads may both format, and both get equal text.</remarks>
internal sealed class DeferredText
{
    private readonly string format;
    private readonly object?[] args;
    private string? text;

    internal DeferredText(string format, object?[] args)
    {
        this.format = format;
        this.args = args;
    }

    /// <summary>The items' texts joined by <paramref name="separator"/>, made when first read.</summary>
    internal static DeferredText Join<T>(string separator, IReadOnlyList<T> items)
    {
        var format = new StringBuilder();
        var args = new object?[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            format.Append(i == 0 ? "" : separator.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal))
                .Append('{').Append(i.ToString(CultureInfo.InvariantCulture)).Append('}');
            args[i] = items[i];
        }
        return new DeferredText(format.ToString(), args);
    }

    /// <summary>Whether a value can be formatted later with the same result: text, numbers, and this library's or NodaTime's values.</summary>
    internal static bool IsImmutable(object? value) =>
        value is null or string or decimal or int or long or double or bool or Enum
        || value.GetType().Assembly == typeof(DeferredText).Assembly
        || value.GetType().Assembly == typeof(NodaTime.LocalDate).Assembly;

    /// <summary>The largest hole index of a composite format ({0} is 0), or -1 for none; throws as string.Format would on a malformed format.</summary>
    internal static int MaxHole(string format)
    {
        int max = -1;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if ((c == '{' || c == '}') && i + 1 < format.Length && format[i + 1] == c)
            {
                i++;
                continue;
            }
            if (c == '}')
            {
                throw new FormatException($"The format \"{format}\" has an unmatched '}}' at {i}.");
            }
            if (c != '{')
            {
                continue;
            }
            int index = 0, start = ++i;
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                index = checked((index * 10) + (format[i++] - '0'));
            }
            int close = format.IndexOf('}', i);
            if (i == start || close < 0)
            {
                throw new FormatException($"The format \"{format}\" has a malformed hole at {start - 1}.");
            }
            max = Math.Max(max, index);
            i = close;
        }
        return max;
    }

    /// <summary>The text, formatted once.</summary>
    public override string ToString() => text ??= string.Format(CultureInfo.InvariantCulture, format, args);
}
