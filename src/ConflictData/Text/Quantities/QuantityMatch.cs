namespace ConflictData.Text;

/// <summary>A phrase the grammar read: its first and last token, its character bounds and what it says.</summary>
/// <param name="FirstToken">Index of the first token.</param>
/// <param name="LastToken">Index of the last token (inclusive).</param>
/// <param name="Start">UTF-16 offset of the first character.</param>
/// <param name="End">UTF-16 offset just past the last character.</param>
/// <param name="Phrase">What the phrase says.</param>
/// <param name="Stated">For a single stated number, that number; otherwise null.</param>
/// <param name="CanShareHedge">Whether its prefix hedge may carry over to a bare figure listed after it.</param>
/// <param name="Parts">What the grammar read, token by token, for the scanner's running-text exclusions.</param>
internal readonly record struct QuantityMatch(int FirstToken, int LastToken, int Start, int End, QuantityPhrase Phrase, decimal? Stated, bool CanShareHedge, PhraseBuilder Parts);
