using System;

namespace ConflictData.Text.Scanning;

/// <summary>
/// The tokens of a text, lexed lazily as a reader asks for them and kept in a fixed ring, so that scanning any
/// amount of text holds only the last <see cref="Capacity"/> tokens in memory.
/// </summary>
/// <remarks>
/// Readers must only look back less than <see cref="Capacity"/> tokens from the furthest token lexed; the grammar
/// looks back at most a few tokens and ahead at most its window, far inside that.
/// </remarks>
internal sealed class TokenStream
{
    /// <summary>How many tokens the ring holds: a power of two well above the grammar's window and look-back.</summary>
    internal const int Capacity = 256;

    private readonly Token[] ring = new Token[Capacity];
    private readonly string text;
    private int position;
    private bool space = true;

    internal TokenStream(string text) => this.text = text;

    /// <summary>How many tokens have been lexed so far.</summary>
    internal int Lexed { get; private set; }

    /// <summary>Whether the text has a token at <paramref name="index"/>, lexing up to it if needed.</summary>
    internal bool Exists(int index)
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
        get
        {
            if (index >= Lexed || index < Lexed - Capacity || index < 0)
            {
                throw new InvalidOperationException($"Token {index} is outside the lexed window [{Math.Max(0, Lexed - Capacity)}, {Lexed}).");
            }
            return ref ring[index & (Capacity - 1)];
        }
    }
}
