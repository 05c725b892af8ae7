using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.Text.Unicode;

namespace ConflictData.Cli;

/// <summary>
/// Reads the text of one document from a file: at most a given number of bytes, in UTF-8 or UTF-16, and strictly.
/// </summary>
/// <remarks>
/// <para>Bounded: a file is read only up to the limit (one byte more, to know it is larger), so <c>/dev/zero</c> or a
/// runaway log costs at most the limit in memory and the run ends with a line naming the limit and the option that
/// raises it. The text of a document is held whole because spans are UTF-16 offsets into it.</para>
/// <para>One policy for bad encodings: refuse, naming the byte offset. The text is UTF-8 (a byte order mark is
/// skipped) unless it starts with a UTF-16 byte order mark (FF FE little-endian, FE FF big-endian). Invalid UTF-8 and
/// UTF-16 with a lone surrogate are both refused rather than replaced by U+FFFD, because a replaced character would
/// shift no offset but silently change the quotes the tool writes.</para>
/// </remarks>
internal static class DocumentFileReader
{
    /// <summary>The largest document read by default: 16 MiB, far above any news article.</summary>
    internal const int DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>The highest limit that may be asked for: 256 MiB.</summary>
    internal const int LargestMaxBytes = 256 * 1024 * 1024;

    private const int FirstBufferBytes = 64 * 1024;

    /// <summary>Reads <paramref name="path"/>; on failure <paramref name="error"/> says why in one sentence.</summary>
    internal static bool TryRead(string path, int maxBytes, out string text, out string error)
    {
        text = "";
        if (Directory.Exists(path))
        {
            error = $"'{path}' is a directory, not a file.";
            return false;
        }
        byte[] bytes;
        int length;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (!TryReadAtMost(stream, maxBytes, out bytes, out length))
            {
                ArrayPool<byte>.Shared.Return(bytes);
                error = $"'{path}' is larger than the limit of {Size(maxBytes)} for one document; split it into documents, "
                    + $"or raise the limit with --max-document-bytes (at most {LargestMaxBytes.ToString(CultureInfo.InvariantCulture)}).";
                return false;
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            error = $"file '{path}' does not exist.";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error = $"cannot read '{path}': {e.Message}";
            return false;
        }
        bool decoded = TryDecode(bytes.AsSpan(0, length), out text, out string problem);
        ArrayPool<byte>.Shared.Return(bytes);
        error = decoded ? "" : $"file '{path}' {problem}";
        return decoded;
    }

    private static bool TryReadAtMost(Stream stream, int maxBytes, out byte[] bytes, out int length)
    {
        // A regular file states its length; a device or a pipe does not, and is read until it passes the limit.
        long stated = stream.CanSeek ? stream.Length : 0;
        bytes = ArrayPool<byte>.Shared.Rent((int)Math.Min(Math.Max(stated, FirstBufferBytes), (long)maxBytes + 1));
        length = 0;
        if (stated > maxBytes)
        {
            return false;
        }
        int read;
        while ((read = stream.Read(bytes, length, bytes.Length - length)) > 0)
        {
            length += read;
            if (length > maxBytes)
            {
                return false;
            }
            if (length == bytes.Length)
            {
                byte[] larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(2L * bytes.Length, (long)maxBytes + 1));
                bytes.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(bytes);
                bytes = larger;
            }
        }
        return true;
    }

    /// <summary>Decodes by the policy above; <paramref name="problem"/> completes "file 'x' …".</summary>
    private static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string problem)
    {
        text = "";
        problem = "";
        if (bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
        {
            return TryDecodeUtf16(bytes, bigEndian: bytes[0] == 0xFE, out text, out problem);
        }
        int start = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        char[] chars = ArrayPool<char>.Shared.Rent(Math.Max(1, bytes.Length - start));
        try
        {
            var status = Utf8.ToUtf16(bytes[start..], chars, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                int offset = start + read;
                problem = $"is not UTF-8 text: invalid byte 0x{bytes[offset].ToString("X2", CultureInfo.InvariantCulture)} at byte offset {offset.ToString(CultureInfo.InvariantCulture)}.";
                return false;
            }
            text = new string(chars, 0, written);
            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool TryDecodeUtf16(ReadOnlySpan<byte> bytes, bool bigEndian, out string text, out string problem)
    {
        text = "";
        problem = "";
        if (bytes.Length % 2 != 0)
        {
            problem = $"is not UTF-16 text: an odd number of bytes, the last at byte offset {(bytes.Length - 1).ToString(CultureInfo.InvariantCulture)}.";
            return false;
        }
        var chars = new char[(bytes.Length - 2) / 2];
        for (int i = 0; i < chars.Length; i++)
        {
            var unit = bytes.Slice(2 + (2 * i), 2);
            chars[i] = (char)(bigEndian ? BinaryPrimitives.ReadUInt16BigEndian(unit) : BinaryPrimitives.ReadUInt16LittleEndian(unit));
        }
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                problem = $"is not UTF-16 text: a lone surrogate 0x{((int)chars[i]).ToString("X4", CultureInfo.InvariantCulture)} at byte offset {(2 + (2 * i)).ToString(CultureInfo.InvariantCulture)}.";
                return false;
            }
        }
        text = new string(chars);
        return true;
    }

    private static string Size(int bytes) =>
        bytes % (1024 * 1024) == 0
            ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MiB ({bytes.ToString(CultureInfo.InvariantCulture)} bytes)"
            : $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes";
}
