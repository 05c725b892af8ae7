using System;
using System.Collections.Generic;

namespace ConflictData.Text;

/// <summary>
/// The lengths and first letters of a list of words, which rule out most other words before a case-insensitive look-up
/// hashes them: an ordinal comparison, even ignoring case, matches only words of the same length, and an ASCII first
/// character only the same character in either case.
/// </summary>
internal sealed class WordShapes
{
    private const int Lengths = 64;

    private readonly ulong lengths;
    private readonly uint firstLetters;
    private readonly bool anyLength;
    private readonly bool anyFirst;

    /// <param name="words">The words, in any case.</param>
    internal WordShapes(IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            anyLength |= word.Length >= Lengths;
            lengths |= word.Length < Lengths ? 1UL << word.Length : 0;
            int letter = word.Length > 0 ? (word[0] | 0x20) - 'a' : -1;
            anyFirst |= letter is < 0 or > 25;
            firstLetters |= letter is >= 0 and <= 25 ? 1u << letter : 0;
        }
    }

    /// <summary>Whether <paramref name="word"/> may equal one of the words ignoring case; false only where it cannot.</summary>
    internal bool MayHold(ReadOnlySpan<char> word)
    {
        if (word.Length >= Lengths ? !anyLength : ((lengths >> word.Length) & 1) == 0)
        {
            return false;
        }
        if (anyFirst || word.Length == 0 || word[0] > 0x7F)
        {
            // A character outside ASCII may equal an ASCII letter ignoring case: the look-up decides.
            return true;
        }
        int letter = (word[0] | 0x20) - 'a';
        return letter is >= 0 and <= 25 && ((firstLetters >> letter) & 1) != 0;
    }
}
