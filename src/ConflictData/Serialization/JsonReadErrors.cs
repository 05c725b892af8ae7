using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ConflictData.Serialization;

/// <summary>
/// The one place that turns a broken rule in a JSON document into a <see cref="JsonException"/> whose message starts
/// with the JSON path, so every reader reports problems the same way.
/// </summary>
internal static class JsonReadErrors
{
    private const string MissingRule = "this member is required but is missing or null.";

    /// <summary>An exception saying that the value at <paramref name="path"/> breaks <paramref name="rule"/>.</summary>
    internal static JsonException At(JsonPath path, string rule)
    {
        string where = path.ToString();
        return new JsonException($"{where}: {rule}", where, null, null);
    }

    /// <summary>The value of a required member, or an exception naming the missing member.</summary>
    internal static T Required<T>([NotNull] T? value, JsonPath path) where T : class =>
        value ?? throw At(path, MissingRule);

    /// <summary>The value of a required member, or an exception naming the missing member.</summary>
    internal static T Required<T>([NotNull] T? value, JsonPath path) where T : struct =>
        value ?? throw At(path, MissingRule);

    /// <summary>
    /// Maps each element of an optional JSON array; a missing array is empty, a null element is an error at its index.
    /// </summary>
    internal static ImmutableArray<T> Elements<TItem, T>(TItem?[]? items, JsonPath path, Func<TItem, JsonPath, T> map)
        where TItem : class
    {
        if (items is null)
        {
            return [];
        }
        var result = ImmutableArray.CreateBuilder<T>(items.Length);
        for (int i = 0; i < items.Length; i++)
        {
            var itemPath = path.Index(i);
            result.Add(map(items[i] ?? throw At(itemPath, "an element of this list is null; remove it or give a value."), itemPath));
        }
        return result.MoveToImmutable();
    }

    /// <summary>
    /// Runs a model constructor and reports an <see cref="ArgumentException"/> or <see cref="FormatException"/> as a
    /// <see cref="JsonException"/> at <paramref name="path"/>, or at its member named like the failing parameter
    /// when that parameter is one of <paramref name="members"/>.
    /// </summary>
    internal static T Build<T>(JsonPath path, Func<T> create, params ReadOnlySpan<string> members)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            var blamed = e.ParamName is { } name && members.Contains(name) ? path.Member(name) : path;
            throw At(blamed, WithoutParameterSuffix(e));
        }
        catch (FormatException e)
        {
            throw At(path, e.Message);
        }
    }

    /// <summary>
    /// Gives an exception from <see cref="JsonSerializer"/> or a converter a message that starts with its path, as
    /// the readers' own exceptions do; messages that already name the path are kept.
    /// </summary>
    internal static JsonException WithPath(JsonException e) =>
        e.Path is { } path && !e.Message.Contains(path, StringComparison.Ordinal)
            ? new JsonException($"{path}: {e.Message}", path, e.LineNumber, e.BytePositionInLine, e)
            : e;

    // ArgumentException appends " (Parameter 'x')" to its message; the JSON path already says where.
    private static string WithoutParameterSuffix(ArgumentException e)
    {
        string message = e.Message;
        if (e.ParamName is { } name)
        {
            message = message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal);
        }
        return message.ReplaceLineEndings(" ");
    }
}
