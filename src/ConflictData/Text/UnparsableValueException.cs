using System;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>Thrown by <see cref="ParseResult{T}.GetValueOrThrow"/> when the text could not be read.</summary>
public sealed class UnparsableValueException : FormatException
{
    /// <summary>Creates the exception with no details.</summary>
    public UnparsableValueException()
        : this("The text could not be parsed.", 0)
    {
    }

    /// <summary>Creates the exception with a reason, at position 0.</summary>
    public UnparsableValueException(string message)
        : this(message, 0)
    {
    }

    /// <summary>Creates the exception with a reason and an inner exception, at position 0.</summary>
    public UnparsableValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a reason and the UTF-16 offset where reading failed.</summary>
    public UnparsableValueException(string message, int position)
        : base($"{message} (at position {Invariant.Plain(position)})") => Position = position;

    /// <summary>The UTF-16 offset in the text where reading failed.</summary>
    public int Position { get; }
}
