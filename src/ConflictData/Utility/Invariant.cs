using System.Globalization;

namespace ConflictData.Utility;

/// <summary>Culture-invariant number text, so a de-DE or tr-TR machine writes exactly what an en-US one does.</summary>
internal static class Invariant
{
    /// <summary>Digits with comma thousands separators and only the decimals the value has: 39000000 → "39,000,000", 2.5 → "2.5".</summary>
    internal static string Grouped(decimal value) =>
        value.ToString("#,0.############################", CultureInfo.InvariantCulture);

    /// <summary>Plain round-trippable digits: 39000000 → "39000000".</summary>
    internal static string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    internal static string Plain(int value) => value.ToString(CultureInfo.InvariantCulture);
}
