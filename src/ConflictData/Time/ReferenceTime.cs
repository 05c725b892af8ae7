using System;
using System.ComponentModel;
using ConflictData.Utility;
using NodaTime;

namespace ConflictData;

/// <summary>
/// The time a figure is about, which is often not when it was published: "in July 2018", "since 2014",
/// "as of October 2017". It is an anchor <see cref="DateRange"/> (with its precision) and how the figure relates to it.
/// </summary>
/// <remarks>This type is immutable and thread-safe, with component-wise equality and no ordering.</remarks>
/// <example>
/// <code>
/// ReferenceTime.During(DateRange.Month(2018, 7));   // "in July 2018"
/// ReferenceTime.Since(DateRange.Year(2014));        // "since 2014": from 2014-01-01, open end
/// ReferenceTime.AsOf(DateRange.Month(2017, 10));    // "as of October 2017"
/// </code>
/// </example>
public sealed class ReferenceTime : IEquatable<ReferenceTime>
{
    /// <summary>Creates a reference time.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not defined.</exception>
    public ReferenceTime(ReferenceTimeKind kind, DateRange anchor)
    {
        Kind = Preconditions.CheckDefined(kind, nameof(kind));
        Anchor = Preconditions.CheckNotNull(anchor, nameof(anchor));
    }

    /// <summary>How the figure relates to <see cref="Anchor"/>.</summary>
    public ReferenceTimeKind Kind { get; }

    /// <summary>The date or period named in the text, with its precision.</summary>
    public DateRange Anchor { get; }

    /// <summary>The figure is about <paramref name="anchor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is null.</exception>
    public static ReferenceTime During(DateRange anchor) => new(ReferenceTimeKind.During, anchor);

    /// <summary>The figure accumulates from <paramref name="anchor"/> onwards.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is null.</exception>
    public static ReferenceTime Since(DateRange anchor) => new(ReferenceTimeKind.Since, anchor);

    /// <summary>The figure stood so at <paramref name="anchor"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="anchor"/> is null.</exception>
    public static ReferenceTime AsOf(DateRange anchor) => new(ReferenceTimeKind.AsOf, anchor);

    /// <summary>The earliest day the figure can be about: the anchor's start.</summary>
    public LocalDate From => Anchor.Start;

    /// <summary>The latest day the figure can be about: the anchor's end, or <c>null</c> for <see cref="ReferenceTimeKind.Since"/>, which runs on until reporting.</summary>
    public LocalDate? To => Kind == ReferenceTimeKind.Since ? null : Anchor.End;

    /// <inheritdoc />
    public bool Equals(ReferenceTime? other) => other is not null && Kind == other.Kind && Anchor.Equals(other.Anchor);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReferenceTime);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Anchor);

    /// <summary>Compares two reference times component-wise.</summary>
    public static bool operator ==(ReferenceTime? left, ReferenceTime? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two reference times component-wise.</summary>
    public static bool operator !=(ReferenceTime? left, ReferenceTime? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>"during 2018-07", "since 2014", "as of 2017-10".</summary>
    public override string ToString() => Kind switch
    {
        ReferenceTimeKind.Since => "since " + Anchor,
        ReferenceTimeKind.AsOf => "as of " + Anchor,
        _ => "during " + Anchor,
    };
}
