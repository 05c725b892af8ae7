using System;
using System.ComponentModel;
using System.Linq;
using System.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// One link of a <see cref="SourceChain"/>: an outlet, a person with a role, an unnamed group, an organisation or a
/// report, as the text names it, optionally with when it spoke or was issued.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with component-wise, ordinal equality.</remarks>
/// <example>
/// <code>
/// new Source(SourceKind.Person, "António Guterres", role: "UN Secretary-General", organisation: "United Nations");
/// new Source(SourceKind.Report, "report to the Security Council", organisation: "United Nations", when: DateRange.Month(2019, 2));
/// </code>
/// </example>
public sealed class Source : IEquatable<Source>
{
    /// <summary>Creates a source.</summary>
    /// <param name="kind">What kind of link this is.</param>
    /// <param name="name">The name as the text gives it.</param>
    /// <param name="role">The person's or group's role ("Director of the US National Counterterrorism Center"), if stated.</param>
    /// <param name="organisation">The organisation the source belongs to or speaks for, if stated.</param>
    /// <param name="when">When the source spoke or the report was issued, if stated.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, padded with white space or holds a lone surrogate, or <paramref name="kind"/> is undefined.</exception>
    public Source(SourceKind kind, string name, string? role = null, string? organisation = null, DateRange? when = null)
    {
        Kind = Preconditions.CheckDefined(kind, nameof(kind));
        Name = Preconditions.CheckText(name, nameof(name));
        Role = role is null ? null : Preconditions.CheckText(role, nameof(role));
        Organisation = organisation is null ? null : Preconditions.CheckText(organisation, nameof(organisation));
        When = when;
    }

    /// <summary>What kind of link this is.</summary>
    public SourceKind Kind { get; }

    /// <summary>The name as the text gives it.</summary>
    public string Name { get; }

    /// <summary>The role, if stated.</summary>
    public string? Role { get; }

    /// <summary>The organisation, if stated.</summary>
    public string? Organisation { get; }

    /// <summary>When the source spoke or was issued, if stated.</summary>
    public DateRange? When { get; }

    /// <inheritdoc />
    public bool Equals(Source? other) =>
        other is not null && Kind == other.Kind
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Role, other.Role, StringComparison.Ordinal)
        && string.Equals(Organisation, other.Organisation, StringComparison.Ordinal)
        && Equals(When, other.When);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Source);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, StringComparer.Ordinal.GetHashCode(Name), Role, Organisation, When);

    /// <summary>Compares two sources component-wise.</summary>
    public static bool operator ==(Source? left, Source? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two sources component-wise.</summary>
    public static bool operator !=(Source? left, Source? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>"António Guterres (UN Secretary-General, United Nations) in 2019-02".</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Name);
        if (Role is not null || Organisation is not null)
        {
            text.Append(" (").AppendJoin(", ", new[] { Role, Organisation }.Where(s => s is not null)).Append(')');
        }
        if (When is not null)
        {
            text.Append(" in ").Append(When);
        }
        return text.ToString();
    }
}
