using System;
using System.Buffers;
using System.Runtime.CompilerServices;

namespace ConflictData.Text.Scanning;

/// <summary>
/// The tokens of a text, lexed lazily as a reader asks for them and kept in a fixed ring, so that scanning any
/// amount of text holds only the last <see cref="Capacity"/> tokens in memory; or, through <see cref="LexWhole"/>,
/// every token of a text lexed once for several readers.
/// </summary>
/// <remarks>
/// Readers must only look back less than <see cref="Capacity"/> tokens from the furthest token lexed; the grammar
/// looks back at most a few tokens and ahead at most its window, far inside that.
/// </remarks>
internal sealed class TokenStream
{
    /// <summary>How many tokens the ring holds: a power of two well above the grammar's window and look-back.</summary>
    internal const int Capacity = 256;

    /// <summary>
    /// The longest text <see cref="LexWhole"/> takes: its tokens (at most one per character, 16 bytes each, about one per
    /// five characters of prose) then stay a few megabytes; longer texts are read through rings.
    /// </summary>
    internal const int LargestWholeText = 4 * 1024 * 1024;

    private readonly string text;
    private Token[] ring;

    // The marks of a whole text's tokens, one byte each (null for a ring): what Next searches.
    private byte[]? marks;
    private int position;
    private bool space = true;
    private bool complete;

    internal TokenStream(string text)
    {
        this.text = text;
        ring = new Token[Capacity];
    }

    private TokenStream(string text, Token[] all, byte[] marks, int count)
    {
        this.text = text;
        ring = all;
        this.marks = marks;
        Lexed = count;
        complete = true;
    }

    /// <summary>How many tokens have been lexed so far.</summary>
    internal int Lexed { get; private set; }

    /// <summary>
    /// Every token of <paramref name="text"/>, lexed once so that the quantity and likelihood scanners share one pass of
    /// the lexer; null for a text longer than <see cref="LargestWholeText"/>. The tokens live in a pooled array that
    /// <see cref="Release"/> gives back once every reader is done.
    /// </summary>
    internal static TokenStream? LexWhole(string text)
    {
        if (text.Length > LargestWholeText)
        {
            return null;
        }
        var all = ArrayPool<Token>.Shared.Rent(Math.Max(Capacity, text.Length / 4));
        var marks = ArrayPool<byte>.Shared.Rent(all.Length);
        int count = 0;
        int position = 0;
        bool space = true;
        // The lexer writes each token into its slot: a token is not copied on its way into the array.
        while (Lexer.TryNext(text, ref position, ref space, out all[count]))
        {
            marks[count] = (byte)MarksOf(all[count]);
            if (++count == all.Length)
            {
                all = Grow(all);
                marks = Grow(marks);
            }
        }
        return new TokenStream(text, all, marks, count);
    }

    private static T[] Grow<T>(T[] array)
    {
        var larger = ArrayPool<T>.Shared.Rent(array.Length * 2);
        array.AsSpan().CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }

    /// <summary>Gives the pooled arrays of a <see cref="LexWhole"/> stream back; the stream must not be read again.</summary>
    internal void Release()
    {
        if (complete)
        {
            ArrayPool<Token>.Shared.Return(ring);
            ArrayPool<byte>.Shared.Return(marks!);
            ring = [];
            marks = [];
            Lexed = 0;
        }
    }

    /// <summary>
    /// The first token at or after <paramref name="index"/> (at least 0) that has <paramref name="mark"/>, lexing up to
    /// it if needed; -1 when no token after <paramref name="index"/> has it, and then every token has been lexed.
    /// </summary>
    internal int Next(int index, TokenMarks mark)
    {
        if (complete)
        {
            if (index >= Lexed)
            {
                return -1;
            }
            // Both byte values that carry the mark: it alone, or it with the other one.
            int found = marks.AsSpan(index, Lexed - index).IndexOfAny((byte)mark, (byte)(TokenMarks.Numeric | TokenMarks.EstimativeStart));
            return found < 0 ? -1 : index + found;
        }
        for (; Exists(index); index++)
        {
            if ((MarksOf(this[index]) & mark) != 0)
            {
                return index;
            }
        }
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TokenMarks MarksOf(in Token token)
    {
        bool numeric = (token.Class & WordClass.Numeric) != 0;
        bool estimative = token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && token.Estimative);
        return (numeric ? TokenMarks.Numeric : TokenMarks.None) | (estimative ? TokenMarks.EstimativeStart : TokenMarks.None);
    }

    /// <summary>Whether the text has a token at <paramref name="index"/>, lexing up to it if needed.</summary>
    /// <remarks>Every reader asks this of nearly every token: the answer for a token already lexed is inlined (which a
    /// Native AOT build does not do unasked for a method of this size), and only lexing on is a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool Exists(int index) => index >= 0 && (index < Lexed || (!complete && LexTo(index)));

    private bool LexTo(int index)
    {
        while (Lexed <= index && Lexer.TryNext(text, ref position, ref space, out ring[Lexed & (Capacity - 1)]))
        {
            Lexed++;
        }
        return index >= 0 && index < Lexed;
    }

    /// <summary>The token at <paramref name="index"/>, which <see cref="Exists"/> must have confirmed.</summary>
    /// <exception cref="InvalidOperationException">The token was never lexed or has left the ring: a bug in the reader.</exception>
    internal ref readonly Token this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (complete && (uint)index < (uint)Lexed)
            {
                // Every reader of a whole text comes here: a check short enough to inline.
                return ref ring[index];
            }
            int oldest = complete ? 0 : Math.Max(0, Lexed - Capacity);
            if (index >= Lexed || index < oldest)
            {
                OutsideWindow(index, oldest);
            }
            return ref ring[index & (Capacity - 1)];
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void OutsideWindow(int index, int oldest) =>
        throw new InvalidOperationException($"Token {index} is outside the lexed window [{oldest}, {Lexed}).");
}
