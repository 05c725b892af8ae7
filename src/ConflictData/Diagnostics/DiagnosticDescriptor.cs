using System;
using System.Globalization;
using System.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// What one kind of <see cref="Diagnostic"/> means: a stable id (<c>CD</c> and four digits), a title, a message format
/// with numbered holes, a category, a default severity and help text.
/// </summary>
/// <remarks>
/// <para>Ids never change meaning and are never reused; <c>docs/diagnostics.md</c> lists every id the library raises,
/// with an example from the seed articles. Descriptors compare by id.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var conflict = ReconciliationDiagnostics.Conflict;   // CD0001, a warning
/// string format = conflict.MessageFormat;              // "{0} and {1} do not overlap ..."
/// </code>
/// </example>
public sealed class DiagnosticDescriptor : IEquatable<DiagnosticDescriptor>
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable id: "CD" followed by four digits, such as CD0001.</param>
    /// <param name="title">A short title, such as "Conflicting estimates".</param>
    /// <param name="messageFormat">The message, with holes {0}, {1} ... filled culture-invariantly by <see cref="Diagnostic.Create"/>.</param>
    /// <param name="category">A category, such as "Reconciliation" or "Conversion".</param>
    /// <param name="defaultSeverity">The severity unless a user overrides it.</param>
    /// <param name="helpText">What the diagnostic means and what to do about it.</param>
    /// <exception cref="ArgumentException">The id is not CD and four digits, or a text is blank.</exception>
    public DiagnosticDescriptor(string id, string title, string messageFormat, string category,
        DiagnosticSeverity defaultSeverity, string helpText)
    {
        Preconditions.CheckArgument(IsValidId(id), nameof(id), $"\"{id}\" is not a diagnostic id; expected CD and four digits, such as CD0001.");
        Id = id;
        Title = Preconditions.CheckNotBlank(title, nameof(title));
        MessageFormat = Preconditions.CheckNotBlank(messageFormat, nameof(messageFormat));
        Category = Preconditions.CheckNotBlank(category, nameof(category));
        DefaultSeverity = Preconditions.CheckDefined(defaultSeverity, nameof(defaultSeverity));
        HelpText = Preconditions.CheckNotBlank(helpText, nameof(helpText));
    }

    /// <summary>The stable id, such as CD0001.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>The message format, with holes {0}, {1} ...</summary>
    public string MessageFormat { get; }

    /// <summary>How many arguments <see cref="MessageFormat"/> needs, parsed once (a malformed format throws <see cref="FormatException"/>).</summary>
    internal int ArgumentCount => (parsedFormat ??= CompositeFormat.Parse(MessageFormat)).MinimumArgumentCount;

    private CompositeFormat? parsedFormat;

    /// <summary>The category.</summary>
    public string Category { get; }

    /// <summary>The severity unless a user overrides it.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>What the diagnostic means and what to do about it.</summary>
    public string HelpText { get; }

    /// <summary>Whether <paramref name="id"/> has the shape of a diagnostic id: CD and four digits.</summary>
    public static bool IsValidId(string? id) =>
        id is { Length: 6 } && id.StartsWith("CD", StringComparison.Ordinal) && int.TryParse(id.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out _);

    /// <inheritdoc />
    public bool Equals(DiagnosticDescriptor? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiagnosticDescriptor);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>The id and title, such as "CD0001 Conflicting estimates".</summary>
    public override string ToString() => $"{Id} {Title}";
}
