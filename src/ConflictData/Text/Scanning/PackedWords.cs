using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ConflictData.Text.Scanning;

/// <summary>
/// The words of the <see cref="WordTable"/> that are plain ASCII letters, each packed into one integer (five bits a
/// letter, case folded) and kept in an open-addressed table: the lexer asks for every word of a text, and most are such
/// words, so one multiplication and usually one comparison classify them, with no copying, lowering or string hashing.
/// </summary>
internal sealed class PackedWords
{
    /// <summary>The longest word that packs: twelve letters of five bits fill sixty of the key's bits.</summary>
    internal const int MaxLength = 12;

    private static readonly WordEntry None;

    private readonly ulong[] keys;
    private readonly WordEntry[] entries;
    private readonly int shift;

    /// <param name="words">Lower-case words and their entries; the words that do not pack are left to the caller.</param>
    internal PackedWords(IReadOnlyDictionary<string, WordEntry> words)
    {
        int count = 0;
        foreach (string word in words.Keys)
        {
            count += TryPack(word, out _) ? 1 : 0;
        }
        // At most one slot in four is used, so a probe almost always ends at its first slot.
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, count * 4));
        shift = 64 - BitOperations.Log2((uint)size);
        keys = new ulong[size];
        entries = new WordEntry[size];
        foreach (var (word, entry) in words)
        {
            if (TryPack(word, out ulong key))
            {
                int slot = Slot(key);
                while (keys[slot] != 0)
                {
                    slot = (slot + 1) & (size - 1);
                }
                keys[slot] = key;
                entries[slot] = entry;
            }
        }
    }

    /// <summary>
    /// Packs a word of one to <see cref="MaxLength"/> ASCII letters, in either case, into a key that is never zero;
    /// false for any other word.
    /// </summary>
    internal static bool TryPack(ReadOnlySpan<char> word, out ulong key)
    {
        key = 0;
        if (word.Length is 0 or > MaxLength)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
            key = Append(key, c);
        }
        return true;
    }

    /// <summary>The key of a word with the ASCII letter <paramref name="letter"/> appended to the word of <paramref name="key"/>
    /// (0 for the empty word); the lexer packs as it reads.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong Append(ulong key, char letter) => (key << 5) | unchecked((uint)((letter | 0x20) - ('a' - 1)));

    /// <summary>The entry of the word packed as <paramref name="key"/>, or the default entry for a word not listed.</summary>
    /// <remarks>By reference into the table: the lexer builds its token from the entry's fields where they lie, instead of
    /// a copy of the entry assembled on the stack (which a profile of the Native AOT tool showed stalling on every word).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal ref readonly WordEntry Find(ulong key)
    {
        int slot = Slot(key);
        while (true)
        {
            ulong found = keys[slot];
            if (found == key)
            {
                return ref entries[slot];
            }
            if (found == 0)
            {
                return ref None;
            }
            slot = unchecked(slot + 1) & (keys.Length - 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(ulong key) => unchecked((int)((key * 0x9E3779B97F4A7C15UL) >> shift));
}
