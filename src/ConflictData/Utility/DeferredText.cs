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

    /// <summary>The text, formatted once.</summary>
    public override string ToString() => text ??= string.Format(CultureInfo.InvariantCulture, format, args);
}
