using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A user's severities per diagnostic id, as <c>.editorconfig</c> sets them for analyzers: raise a conflict to an
/// error, lower a conversion note to hidden, or suppress an id altogether.
/// </summary>
/// <remarks>
/// <para><see cref="Parse"/> reads the <c>.editorconfig</c> form, one setting a line:
/// <c>dotnet_diagnostic.CD0006.severity = none</c> (or the short <c>CD0006 = none</c>), with the severities
/// <c>error</c>, <c>warning</c>, <c>suggestion</c> (info), <c>silent</c> (hidden) and <c>none</c> (suppressed).
/// Lines starting with <c>#</c> or <c>;</c>, blank lines and section headers are ignored.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var options = DiagnosticOptions.Parse("dotnet_diagnostic.CD0001.severity = error\nCD0003 = none");
/// </code>
/// </example>
public sealed class DiagnosticOptions
{
    private readonly ImmutableSortedDictionary<string, DiagnosticSeverity?> overrides;

    private DiagnosticOptions(ImmutableSortedDictionary<string, DiagnosticSeverity?> overrides) => this.overrides = overrides;

    /// <summary>No overrides: every diagnostic at its descriptor's default severity.</summary>
    public static DiagnosticOptions Default { get; } = new(ImmutableSortedDictionary.Create<string, DiagnosticSeverity?>(StringComparer.Ordinal));

    /// <summary>The overrides, by id; a null severity means suppressed.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity?> Overrides => overrides;

    /// <summary>These options with <paramref name="id"/> reported at <paramref name="severity"/>, or suppressed when it is null.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not CD and four digits.</exception>
    public DiagnosticOptions WithSeverity(string id, DiagnosticSeverity? severity)
    {
        Preconditions.CheckArgument(DiagnosticDescriptor.IsValidId(id), nameof(id), $"\"{id}\" is not a diagnostic id; expected CD and four digits, such as CD0001.");
        if (severity is { } s)
        {
            Preconditions.CheckDefined(s, nameof(severity));
        }
        return new DiagnosticOptions(overrides.SetItem(id, severity));
    }

    /// <summary>The diagnostic at the severity these options give its id, or null when its id is suppressed.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic)
    {
        Preconditions.CheckNotNull(diagnostic, nameof(diagnostic));
        if (!overrides.TryGetValue(diagnostic.Id, out var severity))
        {
            return diagnostic;
        }
        return severity is { } s ? diagnostic.WithSeverity(s) : null;
    }

    /// <summary>Reads <c>.editorconfig</c>-style severity settings; see the remarks of the type for the syntax.</summary>
    /// <exception cref="FormatException">A line is not a setting, with the line number, the text and what is allowed.</exception>
    public static DiagnosticOptions Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out var options, out string? error) ? options : throw new FormatException(error);
    }

    /// <summary>As <see cref="Parse"/>, returning false with the reason instead of throwing.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out DiagnosticOptions? options, [NotNullWhen(false)] out string? error)
    {
        options = null;
        if (text is null)
        {
            error = "The severity settings text is null.";
            return false;
        }
        var result = Default;
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] is '#' or ';' or '[')
            {
                continue;
            }
            int equals = line.IndexOf('=', StringComparison.Ordinal);
            string key = equals < 0 ? line : line[..equals].Trim();
            string value = equals < 0 ? "" : line[(equals + 1)..].Trim();
            const string prefix = "dotnet_diagnostic.", suffix = ".severity";
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key.EndsWith(suffix, StringComparison.Ordinal))
            {
                key = key[prefix.Length..^suffix.Length];
            }
            if (equals < 0 || !DiagnosticDescriptor.IsValidId(key) || !TryParseSeverity(value, out var severity))
            {
                error = $"Line {Invariant.Plain(i + 1)} (\"{line}\") is not a severity setting; expected dotnet_diagnostic.CDnnnn.severity = error|warning|suggestion|silent|none.";
                return false;
            }
            result = result.WithSeverity(key, severity);
        }
        options = result;
        error = null;
        return true;
    }

    private static bool TryParseSeverity(string text, out DiagnosticSeverity? severity)
    {
        (bool ok, severity) = text switch
        {
            "error" => (true, DiagnosticSeverity.Error),
            "warning" => (true, DiagnosticSeverity.Warning),
            "suggestion" or "info" => (true, DiagnosticSeverity.Info),
            "silent" or "hidden" => (true, (DiagnosticSeverity?)DiagnosticSeverity.Hidden),
            "none" => (true, null),
            _ => (false, null),
        };
        return ok;
    }
}
