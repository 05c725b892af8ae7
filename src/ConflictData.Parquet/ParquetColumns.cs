using System.Collections.Generic;
using System.Linq;
using ConflictData.Serialization;

namespace ConflictData.Parquet;

/// <summary>Cell text shared by the Parquet tables, written as the CSV format writes it.</summary>
internal static class ParquetColumns
{
    /// <summary>The items joined by <paramref name="separator"/>, or null when there are none.</summary>
    internal static string? Joined(IEnumerable<string> items, string separator) =>
        string.Join(separator, items) is { Length: > 0 } text ? text : null;

    /// <summary>The hedge kinds' kebab-case names joined by ';', or null for none.</summary>
    internal static string? HedgeKinds(ConflictData.HedgeKinds kinds) =>
        Joined(KebabCaseNames<ConflictData.HedgeKinds>.Flags(kinds).Select(KebabCaseNames<ConflictData.HedgeKinds>.ToText), ";");
}
