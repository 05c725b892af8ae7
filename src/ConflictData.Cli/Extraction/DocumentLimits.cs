using System.Globalization;

namespace ConflictData.Cli.Extraction;

/// <summary>How much text the tool holds at once, and how sizes are written in messages: the one place for every command
/// that reads documents (<c>extract</c> through <see cref="TextPieceReader"/> and <see cref="DocumentLineReader"/>, <c>reconcile</c>
/// and <c>import</c> through <see cref="DocumentFileReader"/>).</summary>
internal static class DocumentLimits
{
    /// <summary>
    /// The default for <c>--max-document-bytes</c>: the largest document line of a JSON-lines stream, and the largest
    /// paragraph of a text file, 16 MiB, far above any news article.
    /// </summary>
    internal const int DefaultMaxBytes = 16 * 1024 * 1024;

    /// <summary>The highest limit that may be asked for: 256 MiB.</summary>
    internal const int LargestMaxBytes = 256 * 1024 * 1024;

    /// <summary>The one sentence for a document larger than <paramref name="maxBytes"/>, naming the option that raises the limit.</summary>
    internal static string TooLarge(string name, int maxBytes) =>
        $"'{name}' is larger than the limit of {Describe(maxBytes)} for one document; split it into documents, "
        + $"or raise the limit with --max-document-bytes (at most {LargestMaxBytes.ToString(CultureInfo.InvariantCulture)}).";

    /// <summary>A size in bytes for a message: "16 MiB (16777216 bytes)" or "1000 bytes".</summary>
    internal static string Describe(int bytes) =>
        bytes % (1024 * 1024) == 0
            ? $"{(bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture)} MiB ({bytes.ToString(CultureInfo.InvariantCulture)} bytes)"
            : $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes";
}
