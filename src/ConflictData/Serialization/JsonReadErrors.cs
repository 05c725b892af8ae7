using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConflictData.Utility;

namespace ConflictData.Serialization;

/// <summary>
/// The one place that turns a broken rule in a JSON document into a <see cref="JsonException"/> whose message starts
/// with the JSON path, so every reader reports problems the same way.
/// </summary>
internal static partial class JsonReadErrors
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
    /// Gives an exception from <see cref="JsonSerializer"/> or a converter the readers' own form: the path first, then
    /// the reason in the format's terms rather than .NET type names, then the line and byte where reading stopped.
    /// </summary>
    internal static JsonException WithPath(JsonException e)
    {
        string path = e.Path ?? "$";
        string reason = e.Message;
        int tail = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        reason = InFormatTerms(tail >= 0 ? reason[..tail] : reason);
        string where = e.LineNumber is { } line && e.BytePositionInLine is { } position
            ? $" (line {Invariant.Plain((int)line + 1)}, byte {Invariant.Plain((int)position + 1)})"
            : string.Empty;
        return new JsonException($"{path}: {reason}{where}", path, e.LineNumber, e.BytePositionInLine, e);
    }

    // System.Text.Json names .NET types ("System.Nullable`1[System.Decimal]", "...EstimateDto"); people curating a
    // file think in JSON values, so the three messages a hand edit most often causes are restated.
    private static string InFormatTerms(string message)
    {
        var wrongType = WrongTypeMessage().Match(message);
        if (wrongType.Success)
        {
            return $"the value has the wrong JSON type; expected {DescribeType(wrongType.Groups["type"].Value)}.";
        }
        var unknown = UnknownMemberMessage().Match(message);
        if (unknown.Success)
        {
            return $"\"{unknown.Groups["name"].Value}\" is not a member of this object; member names are case-sensitive (see docs/json-format.md).";
        }
        var duplicate = DuplicateMemberMessage().Match(message);
        return duplicate.Success ? $"\"{duplicate.Groups["name"].Value}\" appears more than once in this object." : message;
    }

    private static string DescribeType(string typeName) => typeName switch
    {
        "System.Nullable`1[System.Decimal]" => "a number within the range of a .NET decimal",
        "System.Nullable`1[System.Int32]" => "a whole number that fits 32 bits",
        "System.Nullable`1[System.Boolean]" => "true or false",
        "System.String" => "a string",
        _ when typeName.EndsWith("[]", StringComparison.Ordinal) => "an array",
        _ => "an object",
    };

    [GeneratedRegex(@"^The JSON value could not be converted to (?<type>\S+)\.$")]
    private static partial Regex WrongTypeMessage();

    [GeneratedRegex(@"^The JSON property '(?<name>.*)' could not be mapped to any \.NET member")]
    private static partial Regex UnknownMemberMessage();

    [GeneratedRegex(@"^Duplicate property '(?<name>.*)' encountered")]
    private static partial Regex DuplicateMemberMessage();

    // ArgumentException appends " (Parameter 'x')" to its message, which the JSON path makes redundant.
    // (The model's out-of-range errors already state the actual value invariantly, see Preconditions.CheckRange.)
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
