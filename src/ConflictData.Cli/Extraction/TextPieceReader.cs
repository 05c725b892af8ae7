using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ConflictData.Text;

namespace ConflictData.Cli.Extraction;

/// <summary>
/// Reads one text document from a stream in bounded memory, as pieces split at paragraph ends, decoding strictly.
/// </summary>
/// <remarks>
/// <para>Encodings, one policy: UTF-8 (a byte order mark is skipped) unless the text starts with a UTF-16 byte order
/// mark (FF FE little-endian, FE FF big-endian). Invalid UTF-8, a lone UTF-16 surrogate or an odd number of UTF-16 bytes
/// stops the reading with the byte offset, never a silent U+FFFD, which would change the quotes the tool writes.</para>
/// <para>Pieces: the text is cut only at a paragraph end (see <see cref="FindParagraphEnd"/>), the first piece small so
/// the first lines come out at once, later ones of about <see cref="LargestPieceChars"/>. Pieces are scanned independently and
/// their spans shifted by their offset, which gives the same mentions as scanning the whole text because no mention
/// crosses a line that ends a sentence, and the one thing the date scanner carries across sentences — the last explicit
/// year, which "that year" reads — is carried from piece to piece by the ordered writer. Where the cut falls depends
/// only on the text, never on the number of threads or how the bytes arrive.</para>
/// <para>Bounded: a stretch of text with no paragraph end longer than the limit stops the reading with a line naming
/// the limit and the option that raises it (so <c>/dev/zero</c> ends at the limit, not at the end of memory).</para>
/// </remarks>
internal sealed class TextPieceReader
{
    /// <summary>The size of the first piece, in characters: small, so the first output comes at once.</summary>
    internal const int FirstPieceChars = 16 * 1024;

    /// <summary>
    /// The size pieces grow to, in characters: small enough that a piece's string (two bytes a character, plus the rest
    /// of its last paragraph) stays under the large object heap's 85,000 bytes, so it dies young in a cheap collection
    /// instead of waiting on the large object heap for a full one; large enough that the scanners' work per piece dwarfs
    /// the cost of a piece (pieces of a megabyte held 130 MiB for 20 MB of news in the portable tool, these about 80 MiB;
    /// benchmarks/README.md).
    /// </summary>
    internal const int LargestPieceChars = 32 * 1024;

    private const int BlockBytes = 256 * 1024;

    private readonly Stream stream;
    private readonly string name;
    private readonly DocumentId id;
    private readonly PublicationTime? published;
    private readonly int maxBytes;
    private readonly int firstPieceChars;
    private readonly int largestPieceChars;
    private bool pastLimit;

    /// <summary>Creates a reader of <paramref name="stream"/>, named <paramref name="name"/> in messages.</summary>
    /// <param name="firstPieceChars">The size of the first piece; tests vary it to prove that cuts change nothing.</param>
    /// <param name="largestPieceChars">The size pieces grow to.</param>
    internal TextPieceReader(Stream stream, string name, DocumentId id, PublicationTime? published, int maxBytes,
        int firstPieceChars = FirstPieceChars, int largestPieceChars = LargestPieceChars)
    {
        this.stream = stream;
        this.name = name;
        this.id = id;
        this.published = published;
        this.maxBytes = maxBytes;
        this.firstPieceChars = firstPieceChars;
        this.largestPieceChars = largestPieceChars;
    }

    /// <summary>
    /// Reads all of <paramref name="stream"/> as one text, by the same encoding policy and limit (whose failure then
    /// names the document, not a paragraph): for inputs that are one JSON or CSV document, not running text.
    /// </summary>
    /// <returns>The text, or null with <paramref name="failure"/> saying why in one sentence.</returns>
    internal static string? ReadWhole(Stream stream, string name, int maxBytes, out string? failure)
    {
        var reader = new TextPieceReader(stream, name, new DocumentId("whole"), null, maxBytes, int.MaxValue, int.MaxValue);
        string? text = "";
        foreach (var piece in reader.Read())
        {
            text = piece.Document.Text;
        }
        failure = reader.Failure is null ? null : reader.pastLimit ? DocumentLimits.TooLarge(name, maxBytes) : reader.Failure;
        return failure is null ? text : null;
    }

    /// <summary>Why reading stopped before the end (one sentence completing "conflictdata extract: "), or null.</summary>
    internal string? Failure { get; private set; }

    /// <summary>The pieces in order; the last is the rest of the text (none for an empty text).</summary>
    internal IEnumerable<TextPiece> Read()
    {
        var bytes = new byte[BlockBytes];
        int length = ReadAtLeast(bytes, 0, 3);
        Decoder decoder;
        int start = 0;
        bool utf16 = false;
        bool bigEndian = false;
        if (length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            utf16 = true;
            bigEndian = bytes[0] == 0xFE;
            decoder = new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true).GetDecoder();
            start = 2;
        }
        else
        {
            decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
            start = bytes.AsSpan(0, length).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        }
        char[] chars = new char[BlockBytes + Math.Min(firstPieceChars, BlockBytes)];
        int count = 0;          // characters decoded and not yet given out
        long blockOffset = 0;   // the byte offset of bytes[0] in the stream
        long pendingBytes = 0;  // the bytes behind the characters not yet given out
        int offset = 0;         // the UTF-16 offset of chars[0] in the document
        int target = firstPieceChars;
        bool continues = false;
        while (true)
        {
            bool end = length == 0;
            if (!TryDecode(decoder, bytes.AsSpan(start, length - start), end, blockOffset + start, utf16, bigEndian, ref chars, ref count))
            {
                yield break;
            }
            pendingBytes += length - start;
            int taken = 0;      // characters given out from this block's decoding; moved down once, after the last piece
            while (count - taken >= target)
            {
                int cut = FindParagraphEnd(chars.AsSpan(taken, count - taken), target);
                if (cut < 0)
                {
                    break;
                }
                string text = new(chars, taken, cut);
                yield return new TextPiece(new Document(id, text, published), offset, continues);
                pendingBytes -= utf16 ? 2L * cut : Encoding.UTF8.GetByteCount(text);
                continues = true;
                offset += cut;
                taken += cut;
                target = Math.Min(largestPieceChars, target * 4);
            }
            if (taken > 0)
            {
                Array.Copy(chars, taken, chars, 0, count - taken);
                count -= taken;
            }
            if (pendingBytes > maxBytes)
            {
                pastLimit = true;
                Failure = $"'{name}' has a paragraph larger than the limit of {DocumentLimits.Describe(maxBytes)} for one piece of text "
                    + $"(a piece ends at a line break after a sentence); break the text into paragraphs, or raise the limit with --max-document-bytes "
                    + $"(at most {DocumentLimits.LargestMaxBytes.ToString(CultureInfo.InvariantCulture)}).";
                yield break;
            }
            if (end)
            {
                break;
            }
            blockOffset += length;
            start = 0;
            length = ReadAtLeast(bytes, 0, 1);
        }
        if (count > 0)
        {
            yield return new TextPiece(new Document(id, new string(chars, 0, count), published), offset, continues);
        }
    }

    /// <summary>
    /// The position just after the first paragraph end at or after <paramref name="from"/>, or -1: a line break that
    /// follows a blank line or the end of a sentence (".", "!", "?" or a closing quote or bracket after one), spaces and
    /// carriage returns aside. A line that merely wraps ("some\n40,000 fighters") is never cut.
    /// </summary>
    internal static int FindParagraphEnd(ReadOnlySpan<char> text, int from)
    {
        int i = from;
        while (i < text.Length)
        {
            int next = text[i..].IndexOf('\n');
            if (next < 0)
            {
                return -1;
            }
            i += next;
            if (EndsParagraph(text, i))
            {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    private static bool EndsParagraph(ReadOnlySpan<char> text, int lineBreak)
    {
        int j = lineBreak - 1;
        while (j >= 0 && text[j] is ' ' or '\t' or '\r')
        {
            j--;
        }
        if (j < 0 || text[j] == '\n')
        {
            return true;
        }
        while (j >= 0 && text[j] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
        {
            j--;
        }
        return j >= 0 && text[j] is '.' or '!' or '?';
    }

    private bool TryDecode(Decoder decoder, ReadOnlySpan<byte> block, bool flush, long blockOffset, bool utf16, bool bigEndian, ref char[] chars, ref int count)
    {
        try
        {
            // At most one character per byte, and one held back from the block before.
            int needed = count + block.Length + 2;
            if (needed > chars.Length)
            {
                Array.Resize(ref chars, Math.Max(needed, chars.Length * 2));
            }
            count += decoder.GetChars(block, chars.AsSpan(count), flush);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            byte[] unknown = e.BytesUnknown ?? [];
            // A high surrogate is known to be alone only at the unit after it, which is where the decoder points.
            long at = blockOffset + e.Index - (utf16 && char.IsHighSurrogate((char)Surrogate(unknown, bigEndian)) ? 2 : 0);
            Failure = !utf16
                ? $"'{name}' is not UTF-8 text: invalid byte 0x{(unknown.Length > 0 ? unknown[0] : 0).ToString("X2", CultureInfo.InvariantCulture)} at byte offset {at.ToString(CultureInfo.InvariantCulture)}."
                : unknown.Length == 1
                    ? $"'{name}' is not UTF-16 text: an odd number of bytes, the last at byte offset {at.ToString(CultureInfo.InvariantCulture)}."
                    : $"'{name}' is not UTF-16 text: a lone surrogate 0x{Surrogate(unknown, bigEndian).ToString("X4", CultureInfo.InvariantCulture)} at byte offset {at.ToString(CultureInfo.InvariantCulture)}.";
            return false;
        }
    }

    private static int Surrogate(byte[] unit, bool bigEndian) => unit.Length < 2 ? 0 : bigEndian ? (unit[0] << 8) | unit[1] : (unit[1] << 8) | unit[0];

    /// <summary>Reads into <paramref name="buffer"/> from <paramref name="at"/> until at least <paramref name="least"/> bytes or the end; returns the length.</summary>
    private int ReadAtLeast(byte[] buffer, int at, int least)
    {
        int length = at;
        int read;
        while (length < least && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }
        return length;
    }
}
