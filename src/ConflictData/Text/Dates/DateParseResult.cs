using System;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Utility;

namespace ConflictData.Text;

/// <summary>
/// The outcome of reading one date phrase, in the style of NodaTime's <c>ParseResult</c>: a <see cref="ReferenceTime"/>
/// (a <see cref="DateRange"/> with its precision, and whether the figure is "during", "since" or "as of" it), or a
/// message saying why there is none.
/// </summary>
/// <remarks>
/// Expected failures are values of this type, never exceptions; <see cref="GetValueOrThrow"/> turns one into a
/// <see cref="FormatException"/> when the caller wants that. This type is immutable and thread-safe, with value equality.
/// </remarks>
public sealed class DateParseResult : IEquatable<DateParseResult>
{
    private readonly ReferenceTime? _value;

    private DateParseResult(DateParseStatus status, ReferenceTime? value, string? message)
    {
        Status = status;
        _value = value;
        Message = message;
    }

    /// <summary>How the phrase came out.</summary>
    public DateParseStatus Status { get; }

    /// <summary>
    /// Whether there is a value: <see cref="DateParseStatus.Resolved"/> or
    /// <see cref="DateParseStatus.AmbiguousWithinPublicationBounds"/>.
    /// </summary>
    [MemberNotNullWhen(true, nameof(ValueOrNull))]
    public bool Success => _value is not null;

    /// <summary>Whether the value is only the envelope of what the phrase means at either end of the publication bounds.</summary>
    public bool IsAmbiguous => Status == DateParseStatus.AmbiguousWithinPublicationBounds;

    /// <summary>
    /// Why there is no value, or, for an ambiguous value, what it resolved to at each end of the publication bounds;
    /// <c>null</c> for a plainly resolved phrase.
    /// </summary>
    public string? Message { get; }

    /// <summary>The value, or <c>null</c> when <see cref="Success"/> is false.</summary>
    public ReferenceTime? ValueOrNull => _value;

    /// <summary>The value.</summary>
    /// <exception cref="FormatException">There is no value; the message says why.</exception>
    public ReferenceTime Value => GetValueOrThrow();

    /// <summary>The value.</summary>
    /// <exception cref="FormatException">There is no value; the message says why.</exception>
    public ReferenceTime GetValueOrThrow() => _value ?? throw new FormatException(Message);

    /// <summary>Gets the value when there is one.</summary>
    public bool TryGetValue([NotNullWhen(true)] out ReferenceTime? value) => (value = _value) is not null;

    internal static DateParseResult Resolved(ReferenceTime value) => new(DateParseStatus.Resolved, value, null);

    internal static DateParseResult Ambiguous(ReferenceTime value, string message) =>
        new(DateParseStatus.AmbiguousWithinPublicationBounds, value, message);

    internal static DateParseResult Unresolved(string message) => new(DateParseStatus.Unresolved, null, message);

    internal static DateParseResult NotADate(string message) => new(DateParseStatus.NotADate, null, message);

    /// <inheritdoc />
    public bool Equals(DateParseResult? other) =>
        other is not null && Status == other.Status && Equals(_value, other._value) && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DateParseResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, _value, Message is null ? 0 : StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Compares two results component-wise.</summary>
    public static bool operator ==(DateParseResult? left, DateParseResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two results component-wise.</summary>
    public static bool operator !=(DateParseResult? left, DateParseResult? right) => !(left == right);

    /// <summary>"during 2019-03", "during 2017-10-11/2017-10-25 (ambiguous within the publication bounds)", "unresolved: ...", "not a date: ...".</summary>
    public override string ToString() => Status switch
    {
        DateParseStatus.Resolved => _value!.ToString(),
        DateParseStatus.AmbiguousWithinPublicationBounds => _value + " (ambiguous within the publication bounds)",
        DateParseStatus.Unresolved => "unresolved: " + Message,
        _ => "not a date: " + Message,
    };
}
