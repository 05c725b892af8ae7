using System;

namespace ConflictData.Text.Scanning;

/// <summary>
/// Which readers may begin their work at a token: what the quantity and likelihood scanners look for as they pass over
/// the tokens of a text (<see cref="TokenStream.Next"/>), kept one byte a token for a text lexed whole.
/// </summary>
/// <remarks>Each of these scanners finds its next token of interest among thousands of others, most of which are
/// neither; one byte a token searched a vector at a time passes them by without a branch per token, where a walk over
/// the sixteen-byte tokens mispredicted at every hit.</remarks>
[Flags]
internal enum TokenMarks : byte
{
    /// <summary>Neither scanner starts here: most tokens.</summary>
    None = 0,

    /// <summary>The token is or names a number (<see cref="WordClass.Numeric"/>): a quantity phrase needs one within reach.</summary>
    Numeric = 1,

    /// <summary>A number (a percentage) or a word that starts an entry of the likelihood vocabulary (<see cref="Token.Estimative"/>).</summary>
    EstimativeStart = 2,
}
