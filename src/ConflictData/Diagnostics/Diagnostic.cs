using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// One finding about data, Roslyn style: its <see cref="DiagnosticDescriptor"/>, the severity it is reported at, the
/// message, the ids of the estimates involved and their locations (document and span, with the quote), so a tool can
/// underline the words.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Two diagnostics are equal when every member is.</remarks>
/// <example>
/// <code>
/// var d = Diagnostic.Create(ReconciliationDiagnostics.Superseded, ["a", "b"], [], "a", "b");
/// string line = d.ToString(); // "info CD0006: ..."
/// </code>
/// </example>
public sealed class Diagnostic : IEquatable<Diagnostic>
{
    // The message as text, or as a format and immutable arguments formatted when first read (see DeferredText).
    private readonly object message;

    private Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, object message,
        ImmutableArray<string> estimateIds, ImmutableArray<Evidence> locations)
    {
        Descriptor = descriptor;
        Severity = severity;
        this.message = message;
        EstimateIds = estimateIds;
        Locations = locations;
    }

    /// <summary>What kind of finding this is.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>The stable id of <see cref="Descriptor"/>.</summary>
    public string Id => Descriptor.Id;

    /// <summary>The severity it is reported at: the descriptor's default unless a user overrode it.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message, its holes filled culture-invariantly.</summary>
    public string Message => message as string ?? message.ToString()!;

    /// <summary>The ids of the estimates involved, in the order the message names them, without repeats.</summary>
    public ImmutableArray<string> EstimateIds { get; }

    /// <summary>Where the estimates involved were stated: document, span and quote.</summary>
    public ImmutableArray<Evidence> Locations { get; }

    /// <summary>Creates a diagnostic at the descriptor's default severity.</summary>
    /// <param name="descriptor">What kind of finding it is.</param>
    /// <param name="estimateIds">The ids of the estimates involved; repeats are dropped.</param>
    /// <param name="locations">Where they were stated; repeats are dropped.</param>
    /// <param name="messageArgs">The values for the holes of the message format, formatted culture-invariantly.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">The message format has more holes than <paramref name="messageArgs"/> fill.</exception>
    public static Diagnostic Create(DiagnosticDescriptor descriptor, IEnumerable<string> estimateIds,
        IEnumerable<Evidence> locations, params object?[] messageArgs)
    {
        Preconditions.CheckNotNull(descriptor, nameof(descriptor));
        Preconditions.CheckNotNull(estimateIds, nameof(estimateIds));
        Preconditions.CheckNotNull(locations, nameof(locations));
        Preconditions.CheckNotNull(messageArgs, nameof(messageArgs));
        // Formatting is deferred when the arguments cannot change; a format with more holes than arguments fails now either way.
        object message = descriptor.ArgumentCount <= messageArgs.Length && Array.TrueForAll(messageArgs, DeferredText.IsImmutable)
            ? new DeferredText(descriptor.MessageFormat, messageArgs)
            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, messageArgs);
        return new Diagnostic(descriptor, descriptor.DefaultSeverity, message,
            WithoutRepeats(estimateIds, StringComparer.Ordinal), WithoutRepeats(locations, EqualityComparer<Evidence>.Default));
    }

    // Diagnostics name one to a few estimates, and reconciliation creates many: a hash set per diagnostic cost more than
    // comparing each new item with the few already kept, so one is made only once there are many. A small collection is
    // copied straight into the array kept, without a builder or an enumerator.
    private static ImmutableArray<T> WithoutRepeats<T>(IEnumerable<T> items, IEqualityComparer<T> comparer)
    {
        // Most diagnostics name one estimate: its id is read by index, without copying through the collection.
        if (items is IReadOnlyList<T> { Count: 1 } one)
        {
            return ImmutableArray.Create(one[0]);
        }
        if (items is ICollection<T> { Count: <= 16 } small)
        {
            if (small.Count == 0)
            {
                return [];
            }
            var array = new T[small.Count];
            small.CopyTo(array, 0);
            int kept = 0;
            for (int i = 0; i < array.Length; i++)
            {
                if (!Contains(array.AsSpan(0, kept), array[i], comparer))
                {
                    array[kept++] = array[i];
                }
            }
            if (kept < array.Length)
            {
                Array.Resize(ref array, kept);
            }
            return ImmutableCollectionsMarshal.AsImmutableArray(array);
        }
        var builder = ImmutableArray.CreateBuilder<T>();
        HashSet<T>? seen = null;
        foreach (var item in items)
        {
            if (seen is null && builder.Count == 16)
            {
                seen = new HashSet<T>(builder, comparer);
            }
            if (seen?.Add(item) ?? !Contains(builder, item, comparer))
            {
                builder.Add(item);
            }
        }
        return builder.DrainToImmutable();
    }

    private static bool Contains<T>(ImmutableArray<T>.Builder items, T item, IEqualityComparer<T> comparer)
    {
        for (int i = 0; i < items.Count; i++)
        {
            if (comparer.Equals(items[i], item))
            {
                return true;
            }
        }
        return false;
    }

    private static bool Contains<T>(ReadOnlySpan<T> items, T item, IEqualityComparer<T> comparer)
    {
        for (int i = 0; i < items.Length; i++)
        {
            if (comparer.Equals(items[i], item))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>This diagnostic at another severity.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Preconditions.CheckDefined(severity, nameof(severity)), message, EstimateIds, Locations);

    /// <summary>This diagnostic with the locations of its estimates, found by id (ids without a location are skipped).</summary>
    /// <param name="locate">The evidence of an estimate by id, or an empty sequence.</param>
    public Diagnostic WithLocations(Func<string, IEnumerable<Evidence>> locate)
    {
        Preconditions.CheckNotNull(locate, nameof(locate));
        // Locations are already without repeats, so only what is new is kept; most estimates add nothing new, and then
        // this diagnostic is returned as it is.
        List<Evidence>? added = null;
        foreach (string id in EstimateIds)
        {
            foreach (var location in locate(id))
            {
                if (!Contains(Locations.AsSpan(), location, EqualityComparer<Evidence>.Default)
                    && (added is null || !Contains(CollectionsMarshal.AsSpan(added), location, EqualityComparer<Evidence>.Default)))
                {
                    (added ??= []).Add(location);
                }
            }
        }
        return added is null ? this : new Diagnostic(Descriptor, Severity, message, EstimateIds, [.. Locations, .. added]);
    }

    /// <summary>The severity word as shown: hidden, info, warning or error.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Hidden => "hidden",
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        _ => "error",
    };

    /// <inheritdoc />
    public bool Equals(Diagnostic? other) =>
        ReferenceEquals(this, other) || (other is not null && Descriptor.Equals(other.Descriptor) && Severity == other.Severity
        && SequenceEquality.Equal(EstimateIds, other.EstimateIds) && SequenceEquality.Equal(Locations, other.Locations)
        && string.Equals(Message, other.Message, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Diagnostic);

    /// <inheritdoc />
    /// <remarks>Hashes the descriptor, severity and estimates rather than the message, so diagnostics can be told apart
    /// without formatting every message.</remarks>
    public override int GetHashCode() =>
        HashCode.Combine(Descriptor, Severity, EstimateIds.Length, EstimateIds.IsEmpty ? 0 : StringComparer.Ordinal.GetHashCode(EstimateIds[0]));

    /// <summary>"severity ID: message", then each location as document[start..end): “quote”, culture-invariant.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(SeverityName(Severity)).Append(' ').Append(Id).Append(": ").Append(Message);
        foreach (var location in Locations)
        {
            text.Append("\n    at ").Append(location);
        }
        return text.ToString();
    }
}
