using System;

namespace ConflictData.Text;

/// <summary>Thrown by <see cref="ParseResult{T}.GetValueOrThrow"/> when the text could not be read.</summary>
public sealed class UnparsableValueException : FormatException
{
    /// <summary>Creates the exception with no details.</summary>
    public UnparsableValueException()
        : this("The text could not be parsed.")
    {
    }

    /// <summary>Creates the exception with a reason.</summary>
    public UnparsableValueException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and an inner exception.</summary>
    public UnparsableValueException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a parse error, with the error's message.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public UnparsableValueException(ParseError error)
        : base(Utility.Preconditions.CheckNotNull(error, nameof(error)).Message) => Error = error;

    /// <summary>The parse error (its code and span), when the exception came from a parse result; otherwise <c>null</c>.</summary>
    public ParseError? Error { get; }
}
