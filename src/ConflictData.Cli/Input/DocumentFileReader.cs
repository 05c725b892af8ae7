using System;
using System.IO;
using ConflictData.Cli.Extraction;

namespace ConflictData.Cli;

/// <summary>
/// Reads the text of one whole document from a file (a JSON or CSV input, not running text): at most a given number of
/// bytes, in UTF-8 or UTF-16, strictly — through <see cref="TextPieceReader.ReadWhole"/>, so every command reads text by
/// one encoding policy and one set of <see cref="DocumentLimits"/>.
/// </summary>
/// <remarks>
/// <para>Bounded: a regular file larger than the limit is refused before it is read, and a device or pipe is read only
/// until it passes the limit, so <c>/dev/zero</c> or a runaway log costs at most the limit in memory and the run ends
/// with a line naming the limit and the option that raises it.</para>
/// <para>Bad encodings are refused with the byte offset, never replaced by U+FFFD, which would silently change the
/// quotes the tool writes.</para>
/// </remarks>
internal static class DocumentFileReader
{
    /// <summary>Reads <paramref name="path"/>; on failure <paramref name="error"/> says why in one sentence.</summary>
    internal static bool TryRead(string path, int maxBytes, out string text, out string error)
    {
        text = "";
        if (Directory.Exists(path))
        {
            error = $"'{path}' is a directory, not a file.";
            return false;
        }
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            if (stream.CanSeek && stream.Length > maxBytes)
            {
                error = DocumentLimits.TooLarge(path, maxBytes);
                return false;
            }
            string? whole = TextPieceReader.ReadWhole(stream, path, maxBytes, out string? failure);
            error = failure ?? "";
            text = whole ?? "";
            return whole is not null;
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
    }
}
