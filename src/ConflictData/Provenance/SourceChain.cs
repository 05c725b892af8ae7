using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// Who said it, through whom: the outlet first, then each source it quotes, down to the underlying report
/// (RNZ → António Guterres → report to the Security Council).
/// </summary>
/// <remarks>A chain has at least one link. This type is immutable and thread-safe, with element-wise equality.</remarks>
public sealed class SourceChain : IEquatable<SourceChain>
{
    /// <summary>Creates a chain from its links, outermost (the publisher) first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="links"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no links, or a link is null.</exception>
    public SourceChain(IEnumerable<Source> links)
    {
        Preconditions.CheckNotNull(links, nameof(links));
        var array = links.ToImmutableArray();
        Preconditions.CheckArgument(array.Length > 0, nameof(links), "A source chain needs at least one link (the outlet or speaker).");
        Preconditions.CheckArgument(array.All(l => l is not null), nameof(links), "A source chain cannot contain a null link.");
        Links = array;
    }

    /// <summary>Creates a chain from its links, outermost (the publisher) first.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="links"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no links, or a link is null.</exception>
    public SourceChain(params Source[] links) : this((IEnumerable<Source>)links)
    {
    }

    /// <summary>The links, outermost first.</summary>
    public ImmutableArray<Source> Links { get; }

    /// <summary>The outermost link: usually the outlet that published the figure.</summary>
    public Source Publisher => Links[0];

    /// <summary>The innermost link: the original speaker or report.</summary>
    public Source Origin => Links[^1];

    /// <inheritdoc />
    public bool Equals(SourceChain? other) => other is not null && SequenceEquality.Equal(Links, other.Links);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SourceChain);

    /// <inheritdoc />
    public override int GetHashCode() => SequenceEquality.Hash(Links);

    /// <summary>Compares two chains link by link.</summary>
    public static bool operator ==(SourceChain? left, SourceChain? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two chains link by link.</summary>
    public static bool operator !=(SourceChain? left, SourceChain? right) => !(left == right);

    /// <summary>What LINQPad's <c>Dump()</c> shows: the one-line text of <see cref="ToString"/> instead of every property.</summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => ToString();

    /// <summary>The links joined by " → ".</summary>
    public override string ToString() => string.Join(" → ", Links);
}
