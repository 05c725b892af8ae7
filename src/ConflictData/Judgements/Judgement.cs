using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// An assessment that is not a count: a proposition ("Abu Bakr al-Baghdadi is alive") about a subject, affirmed or
/// denied, with the stance as stated ("I think", "definitely … We believe 99 percent", "has assessed … will likely"),
/// the likelihood the words give as a probability range, the time it is about, who said it through whom and where it
/// stands in the text.
/// </summary>
/// <remarks>
/// <para><see cref="Likelihood"/> is the probability of the proposition's <see cref="Proposition.Statement"/> as the
/// words give it, negation included: "We do not think battlefield losses alone will be sufficient" is a
/// <see cref="Polarity.Denied"/> judgement of "battlefield losses alone degrade IS's terrorism capabilities" with a
/// likelihood of 1–45 %. It is absent when the words state no probability (a report, a working assumption, a
/// comparative — which is recorded as a <see cref="Change"/> instead). Confidence in the judgement is a separate
/// matter, kept in <see cref="Confidence"/> as ICD 203 asks.</para>
/// <para>A judgement may qualify an estimate: "most likely 50 per month" is a judgement about the figure
/// <c>004-coalition-flow-per-month</c>, named in <see cref="Qualifies"/>.</para>
/// <para>By convention the first <see cref="Evidence"/> holds the stance with its proposition ("I think he's alive");
/// further evidence holds words that support it from elsewhere ("I'm going to assume he's alive").</para>
/// <para>This type is immutable and thread-safe, with component-wise equality.</para>
/// </remarks>
/// <example>
/// <code>
/// var mattis = new Judgement(
///     id: "000-mattis-baghdadi-alive",
///     proposition: new Proposition("he's alive", "Abu Bakr al-Baghdadi is alive"),
///     subject: new JudgementSubject(actor: "IS", person: "Abu Bakr al-Baghdadi"),
///     stance: "I think",
///     likelihood: Icd203LikelihoodPolicy.Instance.Interpret(EstimativePhrase.Recognize("I think")!),
///     sources: [new SourceChain(new Source(SourceKind.Outlet, "Rudaw"),
///         new Source(SourceKind.Person, "Jim Mattis", role: "US Defense Secretary"))]);
/// Console.WriteLine(mattis); // “I think”: Abu Bakr al-Baghdadi is alive — 55–99 % (icd-203)
/// </code>
/// </example>
public sealed class Judgement : IEquatable<Judgement>
{
    /// <summary>Creates a judgement.</summary>
    /// <param name="id">A stable identifier: 1 to 200 ASCII letters, digits, '_', '-' or '.'.</param>
    /// <param name="proposition">What is asserted, in the text's words and normalised.</param>
    /// <param name="subject">Whom or what it is about.</param>
    /// <param name="stance">The stance as stated ("believes", "I think", "definitely … We believe 99 percent").</param>
    /// <param name="polarity">Whether the words affirm or deny the statement; affirmed by default.</param>
    /// <param name="likelihood">The probability of the statement the words give, if they give one.</param>
    /// <param name="change">For a comparative, the move against an earlier judgement.</param>
    /// <param name="referenceTime">The time the judgement is about, if known.</param>
    /// <param name="published">When it was published, if known.</param>
    /// <param name="sources">Who said it, each as a chain from outlet to origin.</param>
    /// <param name="evidence">Where it stands in the text, the stance first.</param>
    /// <param name="confidence">A confidence in the judgement that the text states, if any (not its likelihood).</param>
    /// <param name="qualifies">The id of the estimate the judgement is about, if any.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">An id is malformed, the stance is blank or padded, the polarity is undefined,
    /// or a collection holds a null.</exception>
    public Judgement(string id, Proposition proposition, JudgementSubject subject, string stance,
        Polarity polarity = Polarity.Affirmed, Likelihood? likelihood = null, LikelihoodChange? change = null,
        ReferenceTime? referenceTime = null, PublicationTime? published = null, IEnumerable<SourceChain>? sources = null,
        IEnumerable<Evidence>? evidence = null, StatedConfidence? confidence = null, string? qualifies = null)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(IsValidId(id), nameof(id),
            $"\"{id}\" is not a judgement id: use 1 to 200 ASCII letters, digits, '_', '-' or '.'.");
        Id = id;
        Proposition = Preconditions.CheckNotNull(proposition, nameof(proposition));
        Subject = Preconditions.CheckNotNull(subject, nameof(subject));
        Stance = Preconditions.CheckNotBlank(stance, nameof(stance));
        Polarity = Preconditions.CheckDefined(polarity, nameof(polarity));
        Likelihood = likelihood;
        Change = change;
        ReferenceTime = referenceTime;
        Published = published;
        Sources = Preconditions.CheckNoNulls(sources, nameof(sources));
        Evidence = Preconditions.CheckNoNulls(evidence, nameof(evidence));
        Confidence = confidence;
        Preconditions.CheckArgument(qualifies is null || Estimate.IsValidId(qualifies), nameof(qualifies),
            $"\"{qualifies}\" is not an estimate id: use 1 to 200 ASCII letters, digits, '_', '-' or '.'.");
        Qualifies = qualifies;
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; }

    /// <summary>Whether <paramref name="id"/> is a well-formed judgement id: 1 to 200 ASCII letters, digits, '_', '-' or '.'.</summary>
    internal static bool IsValidId([NotNullWhen(true)] string? id) => CodeSyntax.IsIdentifier(id, 200);

    /// <summary>What is asserted.</summary>
    public Proposition Proposition { get; }

    /// <summary>Whom or what it is about.</summary>
    public JudgementSubject Subject { get; }

    /// <summary>The stance as stated.</summary>
    public string Stance { get; }

    /// <summary>Whether the words affirm or deny <see cref="Proposition"/>'s statement.</summary>
    public Polarity Polarity { get; }

    /// <summary>The probability of the statement the words give, or <c>null</c> when they give none.</summary>
    public Likelihood? Likelihood { get; }

    /// <summary>For a comparative, the move against an earlier judgement; otherwise <c>null</c>.</summary>
    public LikelihoodChange? Change { get; }

    /// <summary>The time the judgement is about, if known.</summary>
    public ReferenceTime? ReferenceTime { get; }

    /// <summary>When it was published, if known.</summary>
    public PublicationTime? Published { get; }

    /// <summary>Who said it, each as a chain from outlet to origin.</summary>
    public ImmutableArray<SourceChain> Sources { get; }

    /// <summary>Where it stands in the text, the stance first.</summary>
    public ImmutableArray<Evidence> Evidence { get; }

    /// <summary>A stated confidence in the judgement, if any.</summary>
    public StatedConfidence? Confidence { get; }

    /// <summary>The id of the estimate the judgement is about, if any.</summary>
    public string? Qualifies { get; }

    /// <inheritdoc />
    public bool Equals(Judgement? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && Proposition.Equals(other.Proposition)
        && Subject.Equals(other.Subject)
        && string.Equals(Stance, other.Stance, StringComparison.Ordinal)
        && Polarity == other.Polarity
        && Equals(Likelihood, other.Likelihood)
        && Equals(Change, other.Change)
        && Equals(ReferenceTime, other.ReferenceTime)
        && Equals(Published, other.Published)
        && SequenceEquality.Equal(Sources, other.Sources)
        && SequenceEquality.Equal(Evidence, other.Evidence)
        && Equals(Confidence, other.Confidence)
        && string.Equals(Qualifies, other.Qualifies, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Judgement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Proposition, Subject, Polarity, Likelihood);

    /// <summary>Compares two judgements component-wise.</summary>
    public static bool operator ==(Judgement? left, Judgement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two judgements component-wise.</summary>
    public static bool operator !=(Judgement? left, Judgement? right) => !(left == right);

    /// <summary>
    /// The stance, the statement (with "not:" when denied) and the likelihood or change, culture-invariant:
    /// "“I think”: Abu Bakr al-Baghdadi is alive — 55–99 % (icd-203)",
    /// "“reports that”: not: Abu Bakr al-Baghdadi is alive".
    /// </summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append('“').Append(Stance).Append("”: ");
        if (Polarity == Polarity.Denied)
        {
            text.Append("not: ");
        }
        text.Append(Proposition.Statement);
        if (Likelihood is { } likelihood)
        {
            text.Append(" — ").Append(likelihood.RangeText);
        }
        if (Change is { } change)
        {
            text.Append(" — ").Append(change);
        }
        return text.ToString();
    }
}
