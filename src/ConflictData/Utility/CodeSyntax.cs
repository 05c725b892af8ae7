using System.Diagnostics.CodeAnalysis;

namespace ConflictData.Utility;

/// <summary>
/// The two spellings the model's codes and ids are written in. Each model type states its own rule on top of these
/// (which spelling, which reserved words) and its own message; this class only says whether text has the shape.
/// </summary>
internal static class CodeSyntax
{
    /// <summary>Whether <paramref name="text"/> is lower-case kebab-case: ASCII letters and digits with single inner
    /// hyphens, 1 to <paramref name="maxLength"/> characters ("foreign-fighters-returned", "icd-203").</summary>
    internal static bool IsKebabCase([NotNullWhen(true)] string? text, int maxLength)
    {
        if (text is null || text.Length == 0 || text.Length > maxLength || text[0] == '-' || text[^1] == '-')
        {
            return false;
        }
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && text[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="text"/> is an identifier: 1 to <paramref name="maxLength"/> ASCII letters,
    /// digits, '_', '-' or '.' ("004_21cca053a9288443", "004-guterres-militants").</summary>
    internal static bool IsIdentifier([NotNullWhen(true)] string? text, int maxLength)
    {
        if (text is null || text.Length == 0 || text.Length > maxLength)
        {
            return false;
        }
        foreach (char c in text)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.'))
            {
                return false;
            }
        }
        return true;
    }
}
