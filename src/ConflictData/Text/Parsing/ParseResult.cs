using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// The outcome of every parse in the library — quantities, dates, <see cref="DateRange"/>, <see cref="Unit"/>,
/// <see cref="ReliabilityGrade"/> — in NodaTime's manner: the value, or a <see cref="ParseError"/> saying what went
/// wrong (a stable code), why, and where. Parsing never throws for text it cannot read; <see cref="GetValueOrThrow"/>
/// turns a failure into an <see cref="UnparsableValueException"/> when the caller wants one.
/// </summary>
/// <remarks>
/// <para>A value may be <see cref="IsAmbiguous"/>: a relative date read against a publication time known only within
/// bounds is the envelope of what it means at either bound. That is a success — the value is true, only wider — and
/// the flag says so.</para>
/// <para>This type is immutable and thread-safe, with value equality.</para>
/// </remarks>
/// <typeparam name="T">The type of the parsed value.</typeparam>
/// <example>
/// <code>
/// ParseResult&lt;DateRange&gt; r = DateRange.Parse("2019-13");
/// if (!r.Success) Console.WriteLine(r.Error.Code);        // Unrecognized
/// int year = DateRange.Parse("2019").Convert(d =&gt; d.Start.Year).Value;   // 2019
/// </code>
/// </example>
public sealed class ParseResult<T> : IEquatable<ParseResult<T>>
{
    private readonly T value;

    private ParseResult(T value, ParseError? error, bool isAmbiguous)
    {
        this.value = value;
        Error = error;
        IsAmbiguous = isAmbiguous;
    }

    /// <summary>Whether the text was read.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>The parsed value.</summary>
    /// <exception cref="UnparsableValueException">The parse failed; the message says why and where.</exception>
    public T Value => GetValueOrThrow();

    /// <summary>Why and where the text could not be read, or <c>null</c> on success.</summary>
    public ParseError? Error { get; }

    /// <summary>Whether the value is only the envelope of what the text means at either end of a range of
    /// interpretations (a relative date against bounded publication time); always false on failure.</summary>
    public bool IsAmbiguous { get; }

    /// <summary>The value, or an <see cref="UnparsableValueException"/> carrying the error.</summary>
    /// <exception cref="UnparsableValueException">The parse failed.</exception>
    public T GetValueOrThrow() => Error is null ? value : throw new UnparsableValueException(Error);

    /// <summary>Gets the value when the parse succeeded, otherwise <paramref name="failureValue"/>.</summary>
    /// <returns>Whether the parse succeeded.</returns>
    public bool TryGetValue(T failureValue, out T result)
    {
        result = Error is null ? value : failureValue;
        return Error is null;
    }

    /// <summary>The result of applying <paramref name="projection"/> to the value, or this failure as a failure of
    /// the target type. The ambiguity flag is kept.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="projection"/> is null.</exception>
    public ParseResult<TTarget> Convert<TTarget>(Func<T, TTarget> projection)
    {
        Preconditions.CheckNotNull(projection, nameof(projection));
        return Error is null ? new(projection(value), null, IsAmbiguous) : new(default!, Error, false);
    }

    /// <summary>This failure as a failure of another type.</summary>
    /// <exception cref="InvalidOperationException">The parse succeeded.</exception>
    public ParseResult<TTarget> ConvertError<TTarget>() => Error is null
        ? throw new InvalidOperationException("A successful parse result has no error to convert; use Convert to change its value.")
        : new(default!, Error, false);

    /// <summary>A successful result.</summary>
    internal static ParseResult<T> ForValue(T value) => new(value, null, false);

    /// <summary>A successful result whose value is the envelope of several readings.</summary>
    internal static ParseResult<T> ForAmbiguousValue(T value) => new(value, null, true);

    /// <summary>A failed result.</summary>
    internal static ParseResult<T> ForError(ParseErrorCode code, string message, TextSpan span) => new(default!, new ParseError(code, message, span), false);

    /// <summary>The failure every parser gives for <c>null</c> text, so <c>TryParse(null, ...)</c> means the same everywhere.</summary>
    internal static ParseResult<T> ForNullText(string paramName) =>
        ForError(ParseErrorCode.NullText, $"The text to parse ({paramName}) is null.", default);

    /// <summary>The failure for empty or blank text, with an example of what is expected.</summary>
    internal static ParseResult<T> ForEmptyText(string expected) =>
        ForError(ParseErrorCode.EmptyText, $"The text is empty; expected {expected}.", default);

    /// <inheritdoc />
    public bool Equals(ParseResult<T>? other) =>
        other is not null && Equals(Error, other.Error) && IsAmbiguous == other.IsAmbiguous
        && (Error is not null || EqualityComparer<T>.Default.Equals(value, other.value));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ParseResult<T>);

    /// <inheritdoc />
    public override int GetHashCode() => Error is null ? HashCode.Combine(value, IsAmbiguous) : Error.GetHashCode();

    /// <summary>Compares two results component-wise.</summary>
    public static bool operator ==(ParseResult<T>? left, ParseResult<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two results component-wise.</summary>
    public static bool operator !=(ParseResult<T>? left, ParseResult<T>? right) => !(left == right);

    /// <summary>The value's text, "… (ambiguous)" for an envelope, or the error's text.</summary>
    public override string ToString() => Error is not null ? Error.ToString() : IsAmbiguous ? $"{value} (ambiguous)" : $"{value}";
}
