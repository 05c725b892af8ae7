using System.Globalization;
using System.Text;

namespace ConflictData.Cli;

/// <summary>Text made safe to print on one line of a terminal: a line break becomes a space, other control characters escapes.</summary>
/// <remarks>
/// A quote from a document may span a line break, and a hostile document may hold escape sequences that would move the
/// cursor or recolour the terminal; tables and error lines print neither raw. An escaped character is written as
/// <c>\u001B</c>, so the reader can still see that it is there.
/// </remarks>
internal static class TerminalText
{
    /// <summary><paramref name="text"/> with every line break and tab as a space and every other control character as <c>\uXXXX</c>.</summary>
    internal static string OneLine(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }
        var line = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' && i + 1 < text.Length && text[i + 1] is '\n')
            {
                continue; // "\r\n" is one line break, so one space
            }
            if (char.IsWhiteSpace(c) && (char.IsControl(c) || c is '\u2028' or '\u2029'))
            {
                line.Append(' ');
            }
            else if (char.IsControl(c))
            {
                line.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                line.Append(c);
            }
        }
        return line.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (char c in text)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return true;
            }
        }
        return false;
    }
}
