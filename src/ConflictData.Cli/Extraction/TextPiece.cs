using ConflictData.Text;

namespace ConflictData.Cli.Extraction;

/// <summary>
/// A document, or one piece of a long one, to extract from: its text, where that text starts in the whole document, and
/// whether it continues the piece before it (so that "that year" reads the last year of the earlier pieces).
/// </summary>
internal sealed class TextPiece
{
    internal TextPiece(Document document, int offset, bool continues)
    {
        Document = document;
        Offset = offset;
        Continues = continues;
    }

    /// <summary>The document; for a piece, its text is the piece's text.</summary>
    internal Document Document { get; }

    /// <summary>The UTF-16 offset of the piece's text in the whole document; spans are written shifted by it.</summary>
    internal int Offset { get; }

    /// <summary>Whether this piece continues the document of the piece before it.</summary>
    internal bool Continues { get; }

    /// <summary>What was found, once a worker has extracted it.</summary>
    internal ExtractionResult? Found { get; private set; }

    /// <summary>The last explicit year in the piece, when scanned on its own.</summary>
    internal int? LastYear { get; private set; }

    /// <summary>Whether a mention read the year before the piece ("that year" before any year of its own).</summary>
    internal bool ReadEarlierYear { get; private set; }

    /// <summary>Extracts the piece as if nothing came before it.</summary>
    internal void Extract(TextExtractor extractor)
    {
        int? lastYear = null;
        Found = extractor.Extract(Document, ref lastYear, out bool readEarlierYear);
        LastYear = lastYear;
        ReadEarlierYear = readEarlierYear;
    }

    /// <summary>Extracts the piece again after a year from the pieces before it: as a whole-document scan would.</summary>
    internal void ExtractAfter(TextExtractor extractor, int earlierYear)
    {
        int? lastYear = earlierYear;
        Found = extractor.Extract(Document, ref lastYear, out _);
        ReadEarlierYear = false;
    }
}
