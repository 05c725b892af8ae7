using System;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// The outcome of parsing text: the value, or why and where the text could not be read. Parsing never throws for
/// text it cannot read; <see cref="GetValueOrThrow"/> turns a failure into an exception when the caller wants one.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ParseResult<T> where T : class
{
    private readonly T? value;

    private ParseResult(T? value, string? error, int position)
    {
        this.value = value;
        Error = error;
        Position = position;
    }

    /// <summary>Whether the text was read.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The parsed value.</summary>
    /// <exception cref="UnparsableValueException">The parse failed; the message says why and where.</exception>
    public T Value => GetValueOrThrow();

    /// <summary>Why the text could not be read, or <c>null</c> on success.</summary>
    public string? Error { get; }

    /// <summary>The UTF-16 offset in the text where reading failed; -1 on success.</summary>
    public int Position { get; }

    /// <summary>A successful result.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    internal static ParseResult<T> ForValue(T value) => new(Preconditions.CheckNotNull(value, nameof(value)), null, -1);

    /// <summary>A failed result with its reason and position.</summary>
    /// <exception cref="ArgumentException">The message is blank or the position is negative.</exception>
    internal static ParseResult<T> ForFailure(string error, int position)
    {
        Preconditions.CheckNotBlank(error, nameof(error));
        Preconditions.CheckRange(position >= 0, nameof(position), position, "A failure position must be 0 or more.");
        return new ParseResult<T>(null, error, position);
    }

    /// <summary>The value, or an <see cref="UnparsableValueException"/> carrying the reason and position.</summary>
    /// <exception cref="UnparsableValueException">The parse failed.</exception>
    public T GetValueOrThrow() => value ?? throw new UnparsableValueException(Error!, Position);

    /// <summary>Gets the value when the parse succeeded, otherwise <paramref name="failureValue"/>.</summary>
    /// <returns>Whether the parse succeeded.</returns>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = value ?? failureValue;
        return Success;
    }

    /// <summary>"OK: value" or "Error at position N: reason".</summary>
    public override string ToString() => Success ? $"OK: {value}" : $"Error at position {Invariant.Plain(Position)}: {Error}";
}
