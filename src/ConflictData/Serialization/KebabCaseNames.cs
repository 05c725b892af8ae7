using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ConflictData.Serialization;

/// <summary>
/// The JSON names of an enum's values: its member names in kebab case (<c>AsOf</c> is <c>as-of</c>), matched
/// ordinally. Reading them here rather than through a converter lets the readers say which names are allowed.
/// </summary>
/// <typeparam name="TEnum">The enum; for a flags enum only its named single values have names.</typeparam>
internal static class KebabCaseNames<TEnum> where TEnum : struct, Enum
{
    // A flags enum's zero value means "none of them" and is written as an empty list, never by name.
    private static readonly bool IsFlags = typeof(TEnum).IsDefined(typeof(FlagsAttribute), false);

    // Plain dictionaries: one instantiation per enum, each a first-load JIT cost if frozen, for a handful of names.
    private static readonly Dictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().Where(v => !(IsFlags && EqualityComparer<TEnum>.Default.Equals(v, default)))
            .ToDictionary(v => v, v => ToKebabCase(Enum.GetName(v)!));

    private static readonly Dictionary<string, TEnum> Values =
        Names.ToDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Every JSON name, in declaration order, for error messages.</summary>
    internal static string Allowed { get; } =
        string.Join(", ", Enum.GetValues<TEnum>().Where(Names.ContainsKey).Select(v => "\"" + Names[v] + "\""));

    /// <summary>The JSON name of a single named value.</summary>
    internal static string ToText(TEnum value) => Names[value];

    /// <summary>The value named by the required member <paramref name="text"/>, or an exception at <paramref name="path"/> listing the names.</summary>
    internal static TEnum Parse(string? text, JsonPath path) =>
        Values.TryGetValue(JsonReadErrors.Required(text, path), out var value)
            ? value
            : throw JsonReadErrors.At(path, $"\"{text}\" is not a {typeof(TEnum).Name} value; expected one of {Allowed}.");

    private static string ToKebabCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsAsciiLetterUpper(c) && text.Length > 0)
            {
                text.Append('-');
            }
            text.Append(char.ToLowerInvariant(c));
        }
        return text.ToString();
    }

    // Every named value, lowest first, read once: the tool writes the flags of every mention it finds.
    private static readonly TEnum[] NamedValues = Enum.GetValues<TEnum>().Where(Names.ContainsKey).ToArray();

    /// <summary>The single named flags set in <paramref name="value"/>, lowest first.</summary>
    internal static IEnumerable<TEnum> Flags(TEnum value) => NamedValues.Where(f => value.HasFlag(f));

    /// <summary>Every named value, lowest first; with <see cref="Enum.HasFlag"/>, the flags of a value without allocating.</summary>
    internal static ReadOnlySpan<TEnum> Named => NamedValues;
}
