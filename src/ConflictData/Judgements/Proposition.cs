using System;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// What a judgement asserts: in the text's own words ("he is still alive") and as a short normalised statement
/// ("Abu Bakr al-Baghdadi is alive") under which judgements of the same thing are grouped and combined.
/// </summary>
/// <remarks>
/// <para>The statement is written in the affirmative; a source that denies it says so through
/// <see cref="Judgement.Polarity"/>, so that "Baghdadi is definitely alive" and "reports that he had been killed" are
/// judgements of one proposition.</para>
/// <para>This type is immutable and thread-safe, with component-wise ordinal equality.</para>
/// </remarks>
/// <example>
/// <code>
/// var alive = new Proposition(text: "he's alive", statement: "Abu Bakr al-Baghdadi is alive");
/// Console.WriteLine(alive); // Abu Bakr al-Baghdadi is alive (“he's alive”)
/// </code>
/// </example>
public sealed class Proposition : IEquatable<Proposition>
{
    /// <summary>Creates a proposition.</summary>
    /// <param name="text">The proposition in the text's words.</param>
    /// <param name="statement">A short normalised statement in the affirmative, shared by every judgement of the same thing.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty, white space or padded with it.</exception>
    public Proposition(string text, string statement)
    {
        Text = Preconditions.CheckNotBlank(text, nameof(text));
        Statement = Preconditions.CheckNotBlank(statement, nameof(statement));
    }

    /// <summary>The proposition in the text's words.</summary>
    public string Text { get; }

    /// <summary>The normalised statement, the key for grouping judgements.</summary>
    public string Statement { get; }

    /// <inheritdoc />
    public bool Equals(Proposition? other) =>
        other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal) && string.Equals(Statement, other.Statement, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Proposition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Text), StringComparer.Ordinal.GetHashCode(Statement));

    /// <summary>Compares two propositions component-wise.</summary>
    public static bool operator ==(Proposition? left, Proposition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two propositions component-wise.</summary>
    public static bool operator !=(Proposition? left, Proposition? right) => !(left == right);

    /// <summary>"Abu Bakr al-Baghdadi is alive (“he's alive”)".</summary>
    public override string ToString() => $"{Statement} (“{Text}”)";
}
