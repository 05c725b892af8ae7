using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ConflictData.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// One sourced, dated, hedged figure: what it measures, the quantity with its hedge and counted noun as stated, when it
/// is about, when it was published, who said it through whom, where it stands in the text, and any stated confidence
/// or reliability grade.
/// </summary>
/// <remarks>
/// <para>Only the id, the quantity and the measurand are required; everything else is optional because
/// real text often omits it. Collections are kept in the order given and compared element-wise.</para>
/// <para>This type is immutable and thread-safe, with component-wise equality.</para>
/// </remarks>
/// <example>
/// <code>
/// var guterres = new Estimate(
///     id: "rnz-2019-03-24-guterres-militants",
///     quantity: new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person),
///     measurand: new Measurand(Indicator.Fighters, "IS", [CountryCode.Iraq, CountryCode.Syria]),
///     hedge: Hedge.Recognize("between … and"),
///     noun: "militants",
///     referenceTime: ReferenceTime.During(DateRange.Month(2019, 2)),
///     sources: [new SourceChain(
///         new Source(SourceKind.Outlet, "RNZ"),
///         new Source(SourceKind.Person, "António Guterres", role: "UN Secretary-General"),
///         new Source(SourceKind.Report, "report to the Security Council", organisation: "United Nations", when: DateRange.Month(2019, 2)))]);
/// Console.WriteLine(guterres); // between 14,000 and 18,000 militants
/// </code>
/// </example>
public sealed class Estimate : IEquatable<Estimate>
{
    /// <summary>Creates an estimate.</summary>
    /// <param name="id">A stable identifier: 1 to 200 ASCII letters, digits, '_', '-' or '.'.</param>
    /// <param name="quantity">The numbers and their unit, as interpreted.</param>
    /// <param name="measurand">What the figure is a figure of.</param>
    /// <param name="hedge">The hedge as stated; <c>null</c> means <see cref="Hedge.None"/>.</param>
    /// <param name="noun">The counted noun as stated ("foreign fighters", "militants"), if any.</param>
    /// <param name="referenceTime">The time the figure is about, if stated or derivable.</param>
    /// <param name="published">When the figure was published, if known.</param>
    /// <param name="sources">Who said it, each as a chain; several chains when several sources give the same figure.</param>
    /// <param name="evidence">Where it stands in the text.</param>
    /// <param name="confidence">A confidence the text states, if any.</param>
    /// <param name="reliability">An analyst's Admiralty grade, if any.</param>
    /// <param name="stated">The number(s) as stated ("some 40,000": 40,000), if known; <see cref="ToString"/> writes the hedge around it.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The id is malformed, the noun is blank, padded or holds a lone surrogate, or a collection holds a null.</exception>
    public Estimate(string id, Quantity quantity, Measurand measurand, Hedge? hedge = null, string? noun = null,
        ReferenceTime? referenceTime = null, PublicationTime? published = null, IEnumerable<SourceChain>? sources = null,
        IEnumerable<Evidence>? evidence = null, StatedConfidence? confidence = null, ReliabilityGrade? reliability = null,
        StatedFigure? stated = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(IsValidId(id), nameof(id),
            $"\"{id}\" is not an estimate id: use 1 to 200 ASCII letters, digits, '_', '-' or '.'.");
        Id = id;
        Quantity = Preconditions.CheckNotNull(quantity, nameof(quantity));
        Measurand = Preconditions.CheckNotNull(measurand, nameof(measurand));
        Hedge = hedge ?? Hedge.None;
        Noun = noun is null ? null : Preconditions.CheckText(noun, nameof(noun));
        ReferenceTime = referenceTime;
        Published = published;
        Sources = Preconditions.CheckNoNulls(sources, nameof(sources));
        Evidence = Preconditions.CheckNoNulls(evidence, nameof(evidence));
        Confidence = confidence;
        Reliability = reliability;
        Stated = stated;
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>Whether <paramref name="id"/> is a well-formed estimate id: 1 to 200 ASCII letters, digits, '_', '-' or '.'.</summary>
    internal static bool IsValidId([NotNullWhen(true)] string? id) => CodeSyntax.IsIdentifier(id, 200);

    /// <summary>The numbers and their unit, as interpreted.</summary>
    public Quantity Quantity { get; }

    /// <summary>What the figure is a figure of.</summary>
    public Measurand Measurand { get; }

    /// <summary>The hedge as stated.</summary>
    public Hedge Hedge { get; }

    /// <summary>The counted noun as stated, if any.</summary>
    public string? Noun { get; }

    /// <summary>The time the figure is about, if known.</summary>
    public ReferenceTime? ReferenceTime { get; }

    /// <summary>When the figure was published, if known.</summary>
    public PublicationTime? Published { get; }

    /// <summary>Who said it, each as a chain from outlet to origin.</summary>
    public ImmutableArray<SourceChain> Sources { get; }

    /// <summary>Where it stands in the text.</summary>
    public ImmutableArray<Evidence> Evidence { get; }

    /// <summary>A confidence the text states, if any.</summary>
    public StatedConfidence? Confidence { get; }

    /// <summary>An Admiralty grade, if any.</summary>
    public ReliabilityGrade? Reliability { get; }

    /// <summary>The number(s) as stated, beside the interpretation in <see cref="Quantity"/>, if known.</summary>
    public StatedFigure? Stated { get; }

    /// <summary>This estimate with <paramref name="stated"/> as its stated figure.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="stated"/> is null.</exception>
    public Estimate WithStated(StatedFigure stated) =>
        new(Id, Quantity, Measurand, Hedge, Noun, ReferenceTime, Published, Sources, Evidence, Confidence, Reliability,
            Preconditions.CheckNotNull(stated, nameof(stated)));

    /// <inheritdoc />
    public bool Equals(Estimate? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Quantity.Equals(other.Quantity)
        && Measurand.Equals(other.Measurand)
        && Hedge.Equals(other.Hedge)
        && string.Equals(Noun, other.Noun, StringComparison.Ordinal)
        && Equals(ReferenceTime, other.ReferenceTime)
        && Equals(Published, other.Published)
        && SequenceEquality.Equal(Sources, other.Sources)
        && SequenceEquality.Equal(Evidence, other.Evidence)
        && Equals(Confidence, other.Confidence)
        && Nullable.Equals(Reliability, other.Reliability)
        && Equals(Stated, other.Stated);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Estimate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Quantity, Measurand, Hedge, ReferenceTime);

    /// <summary>Compares two estimates component-wise.</summary>
    public static bool operator ==(Estimate? left, Estimate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two estimates component-wise.</summary>
    public static bool operator !=(Estimate? left, Estimate? right) => !(left == right);

    /// <summary>
    /// What LINQPad's <c>Dump()</c> shows: the figure as said, its range and unit, the hedge words, what it measures,
    /// the time it is about, when it was published and who said it, one line each, instead of every nested property.
    /// </summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => new
    {
        Figure = ToString(),
        Value = $"{Quantity.Value} {Quantity.Unit}",
        Hedge = Hedge.Text,
        Measures = Measurand.ToString(),
        About = ReferenceTime?.ToString(),
        Published = Published?.ToString(),
        Source = Sources.IsEmpty ? null : string.Join(" | ", Sources),
        Id,
    };

    /// <summary>
    /// The figure in English with its noun, culture-invariant. A hedge said of one stated number keeps its words as
    /// stated, around that number ("some 40,000 foreign fighters", "slightly more than 50 foreign fighters",
    /// "almost 8,000,000 people", "300 or so hard-core IS fighters"; a "…" in other words stands for the figure with its
    /// noun: "Up to … are estimated" gives "Up to 40,000 foreigners are estimated"), whatever approximation policy
    /// interpreted it. A range, an unhedged figure, or an estimate without a single <see cref="Stated"/> number is
    /// written in the canonical form of <see cref="QuantityFormatter"/> ("between 14,000 and 18,000 militants", "more
    /// than 5,600 people").
    /// </summary>
    public override string ToString()
    {
        if (Stated is not { Second: null } figure || Hedge.Kinds == HedgeKinds.None || (Hedge.Kinds & (HedgeKinds.Range | HedgeKinds.Vague)) != 0)
        {
            return QuantityFormatter.Format(Quantity, Noun);
        }
        decimal stated = figure.First;
        const string orSo = "or so";
        string words = Hedge.Text;
        // "or so" stands between the number and its noun; other words with a "…" surround the figure; the rest precede it.
        if (string.Equals(words, orSo, StringComparison.OrdinalIgnoreCase) || string.Equals(words, "… " + orSo, StringComparison.OrdinalIgnoreCase))
        {
            return QuantityFormatter.FormatStated(stated, Quantity.Unit, Noun, words[^orSo.Length..]);
        }
        string number = QuantityFormatter.Format(Quantity.Exact(stated, Quantity.Unit), Noun);
        int placeholder = words.IndexOf('…', StringComparison.Ordinal);
        return placeholder >= 0
            ? string.Concat(words.AsSpan(0, placeholder), number, words.AsSpan(placeholder + 1))
            : $"{words} {number}";
    }
}
