using System;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// Why a parse failed: a stable <see cref="ParseErrorCode"/>, a message for people (which value, why, what is
/// allowed) and the <see cref="TextSpan"/> of the parsed text where reading failed.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with value equality.</remarks>
public sealed class ParseError : IEquatable<ParseError>
{
    /// <summary>Creates an error.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a defined code, or <paramref name="message"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public ParseError(ParseErrorCode code, string message, TextSpan span)
    {
        Code = Preconditions.CheckDefined(code, nameof(code));
        Message = Preconditions.CheckNotBlank(message, nameof(message));
        Span = span;
    }

    /// <summary>What went wrong, as a stable code.</summary>
    public ParseErrorCode Code { get; }

    /// <summary>What went wrong, in words.</summary>
    public string Message { get; }

    /// <summary>Where in the parsed text reading failed: the unexpected word, the trailing text, or the whole phrase
    /// that could not be resolved; empty at offset 0 for null or empty text.</summary>
    public TextSpan Span { get; }

    /// <inheritdoc />
    public bool Equals(ParseError? other) =>
        other is not null && Code == other.Code && Span == other.Span && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParseError);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Span, StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Compares two errors component-wise.</summary>
    public static bool operator ==(ParseError? left, ParseError? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two errors component-wise.</summary>
    public static bool operator !=(ParseError? left, ParseError? right) => !(left == right);

    /// <summary>"Unrecognized at [0..8): ...".</summary>
    public override string ToString() => $"{Code} at {Span}: {Message}";
}
