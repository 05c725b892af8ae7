using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// The identifier of a source document, such as a seed article's file name without extension ("004_21cca053a9288443").
/// </summary>
/// <remarks>
/// Letters, digits, '_', '-' and '.', 1 to 200 characters, compared ordinally. This type is an immutable value type and
/// is thread-safe. The default value is invalid for use and reports itself as an empty id.
/// </remarks>
public readonly record struct DocumentId : IComparable<DocumentId>
{
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long, or has characters other than letters, digits, '_', '-', '.'.</exception>
    public DocumentId(string value)
    {
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckArgument(IsValid(value), nameof(value),
            $"\"{value}\" is not a document id: use 1 to 200 ASCII letters, digits, '_', '-' or '.'.");
        this.value = value;
    }

    /// <summary>The identifier text.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether <paramref name="value"/> is a well-formed identifier.</summary>
    public static bool IsValid(string? value) => CodeSyntax.IsIdentifier(value, 200);

    // Equality, hashing and ordering go through Value, so the default value equals the code it reports itself as;
    // the record supplies Equals(object), == and != on top of Equals(DocumentId).

    /// <inheritdoc />
    public bool Equals(DocumentId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc />
    public int CompareTo(DocumentId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Orders ids ordinally.</summary>
    public static bool operator <(DocumentId left, DocumentId right) => left.CompareTo(right) < 0;

    /// <summary>Orders ids ordinally.</summary>
    public static bool operator >(DocumentId left, DocumentId right) => left.CompareTo(right) > 0;

    /// <summary>Orders ids ordinally.</summary>
    public static bool operator <=(DocumentId left, DocumentId right) => left.CompareTo(right) <= 0;

    /// <summary>Orders ids ordinally.</summary>
    public static bool operator >=(DocumentId left, DocumentId right) => left.CompareTo(right) >= 0;

    /// <summary>The identifier text.</summary>
    public override string ToString() => Value;
}
