using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A source text and what is known of it: its id, its full text exactly as published, when it was published, and
/// optionally its title, outlet, language and the regions of the page that are not the article's body.
/// Evidence points into a document by UTF-16 character spans.
/// </summary>
/// <remarks>This type is immutable and thread-safe. Equality is by every member, ordinally.</remarks>
/// <example>
/// <code>
/// Estimate estimate = SeedCorpus.Load().GetEstimate("004-guterres-militants-iraq-syria");
/// Document article = SeedCorpus.Load().GetDocument(estimate);
/// Console.WriteLine(article.GetSentence(estimate.Evidence[0].Span));
/// </code>
/// </example>
public sealed class Document : IEquatable<Document>
{
    /// <summary>Creates a document.</summary>
    /// <param name="id">The document's id.</param>
    /// <param name="text">The full text, exactly as published (line breaks and all).</param>
    /// <param name="published">When it was published, if known.</param>
    /// <param name="title">The article's headline, if known; a curator's devised title goes in square brackets.</param>
    /// <param name="outlet">Who published it ("RNZ", "VOA (republished)"), if known.</param>
    /// <param name="language">The language as a BCP 47 tag ("en"), if known.</param>
    /// <param name="nonBody">Regions of the text that are not the article's body; they must lie inside the text and not overlap.</param>
    /// <exception cref="ArgumentException">The id is the default value; a text is blank or padded, or any text holds a lone surrogate; the language is not a
    /// BCP 47-style tag; or non-body regions run past the text or overlap.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Document(DocumentId id, string text, PublicationTime? published = null, string? title = null, string? outlet = null,
        string? language = null, IEnumerable<NonBodyRegion>? nonBody = null)
    {
        Preconditions.CheckArgument(id.Value.Length > 0, nameof(id), "The document id is the default (empty) value.");
        Id = id;
        Text = Preconditions.CheckWellFormed(Preconditions.CheckNotNull(text, nameof(text)), nameof(text));
        Published = published;
        Title = title is null ? null : Preconditions.CheckText(title, nameof(title));
        Outlet = outlet is null ? null : Preconditions.CheckText(outlet, nameof(outlet));
        Language = language is null ? null : CheckLanguage(language);
        NonBody = CheckRegions(nonBody);
    }

    /// <summary>The document's id.</summary>
    public DocumentId Id { get; }

    /// <summary>The full text.</summary>
    public string Text { get; }

    /// <summary>When it was published, if known.</summary>
    public PublicationTime? Published { get; }

    /// <summary>
    /// The article's headline, if known. A title in square brackets was supplied by a curator for an article that
    /// carries no headline of its own, as cataloguers mark a devised title.
    /// </summary>
    public string? Title { get; }

    /// <summary>Who published it, if known.</summary>
    public string? Outlet { get; }

    /// <summary>The language as a BCP 47 tag, if known.</summary>
    public string? Language { get; }

    /// <summary>The regions of the text that are not the article's body, in text order.</summary>
    public ImmutableArray<NonBodyRegion> NonBody { get; }

    /// <summary>Whether <paramref name="span"/> shares no character with a <see cref="NonBody"/> region.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span runs past the end of the text.</exception>
    public bool IsInBody(TextSpan span)
    {
        CheckInside(span, nameof(span));
        return FindNonBodyRegion(span) is null;
    }

    /// <summary>The first non-body region that shares a character with <paramref name="span"/>, or <c>null</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span runs past the end of the text.</exception>
    public NonBodyRegion? FindNonBodyRegion(TextSpan span)
    {
        CheckInside(span, nameof(span));
        foreach (var region in NonBody)
        {
            if (region.Span.OverlapsWith(span) || (span.IsEmpty && region.Span.Contains(span.Start)))
            {
                return region;
            }
        }
        return null;
    }

    /// <summary>
    /// The span of the sentence that holds <paramref name="span"/> (or of the sentences, if it crosses a boundary),
    /// trimmed of surrounding white space. Abbreviations such as "U.S.", "U.N.", "Gen." and "Mr." do not end a sentence,
    /// and a line break always does. A boundary is looked for at most 1,000 characters either side of the span, so a
    /// call costs the same on a 10 MB text without a full stop as on an article, and a longer "sentence" is cut there.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The span runs past the end of the text.</exception>
    public TextSpan GetSentenceSpan(TextSpan span)
    {
        CheckInside(span, nameof(span));
        return SentenceFinder.SentenceAround(Text, span);
    }

    /// <summary>The text of the sentence that holds <paramref name="span"/>; see <see cref="GetSentenceSpan"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span runs past the end of the text.</exception>
    public string GetSentence(TextSpan span) => GetText(GetSentenceSpan(span));

    /// <summary>The text at <paramref name="span"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span runs past the end of the text.</exception>
    public string GetText(TextSpan span)
    {
        CheckInside(span, nameof(span));
        return Text.Substring(span.Start, span.Length);
    }

    /// <summary>Evidence for the text at <paramref name="span"/>, with the quote taken from the text.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The span is empty or runs past the end of the text.</exception>
    public Evidence CreateEvidence(TextSpan span)
    {
        Preconditions.CheckRange(!span.IsEmpty, nameof(span), span, "Evidence needs a span of at least one character.");
        return new Evidence(Id, span, GetText(span));
    }

    /// <summary>Whether <paramref name="evidence"/> points into this document and quotes its text exactly.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    public bool Supports(Evidence evidence)
    {
        Preconditions.CheckNotNull(evidence, nameof(evidence));
        return evidence.Document == Id && evidence.Span.End <= Text.Length
            && string.CompareOrdinal(Text, evidence.Span.Start, evidence.Quote, 0, evidence.Span.Length) == 0;
    }

    /// <summary>
    /// Whether <paramref name="language"/> has the shape of a BCP 47 tag: a primary language subtag of 2 or 3 ASCII
    /// letters, then subtags of 1 to 8 ASCII letters or digits, separated by single hyphens, at most 35 characters
    /// ("en", "pt-BR", "zh-Hant-TW"). Tags are case-insensitive, so "EN" is accepted and kept as given.
    /// </summary>
    internal static bool IsLanguageTag([NotNullWhen(true)] string? language)
    {
        if (language is null || language.Length > 35)
        {
            return false;
        }
        string[] subtags = language.Split('-');
        return subtags[0].Length is 2 or 3 && subtags[0].All(char.IsAsciiLetter)
            && subtags.Skip(1).All(s => s.Length is >= 1 and <= 8 && s.All(char.IsAsciiLetterOrDigit));
    }

    private static string CheckLanguage(string language)
    {
        Preconditions.CheckArgument(IsLanguageTag(language), nameof(language),
            $"\"{language}\" is not a language tag; expected a BCP 47 tag such as en, fr or pt-BR (a 2- or 3-letter language, then subtags of 1 to 8 letters or digits, separated by hyphens).");
        return language;
    }

    private ImmutableArray<NonBodyRegion> CheckRegions(IEnumerable<NonBodyRegion>? nonBody)
    {
        var sorted = (nonBody ?? []).OrderBy(r => r.Span).ToImmutableArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            Preconditions.CheckArgument(sorted[i].Span.Length > 0, nameof(nonBody), "A non-body region is the default (empty) value.");
            CheckInside(sorted[i].Span, nameof(nonBody));
            Preconditions.CheckArgument(i == 0 || !sorted[i - 1].Span.OverlapsWith(sorted[i].Span), nameof(nonBody),
                $"The non-body regions {sorted[Math.Max(0, i - 1)]} and {sorted[i]} overlap.");
        }
        return sorted;
    }

    private void CheckInside(TextSpan span, string paramName) =>
        Preconditions.CheckRange(span.End <= Text.Length, paramName, span,
            $"The span ends at {span.End}, past the end of document {Id} ({Text.Length} characters).");

    /// <inheritdoc />
    public bool Equals(Document? other) =>
        other is not null && Id == other.Id && string.Equals(Text, other.Text, StringComparison.Ordinal) && Equals(Published, other.Published)
        && string.Equals(Title, other.Title, StringComparison.Ordinal) && string.Equals(Outlet, other.Outlet, StringComparison.Ordinal)
        && string.Equals(Language, other.Language, StringComparison.Ordinal) && SequenceEquality.Equal(NonBody, other.NonBody);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Document);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Text.Length, Published);

    /// <summary>Compares two documents.</summary>
    public static bool operator ==(Document? left, Document? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two documents.</summary>
    public static bool operator !=(Document? left, Document? right) => !(left == right);

    /// <summary>
    /// What LINQPad's <c>Dump()</c> shows: id, title, outlet, publication time, length and the opening of the text,
    /// instead of the whole text and every region.
    /// </summary>
    /// <remarks>LINQPad finds this method by its name; it is hidden from IntelliSense.</remarks>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public object ToDump() => new
    {
        Id = Id.Value,
        Title,
        Outlet,
        Published = Published?.ToString(),
        Characters = Text.Length,
        Opening = Text.Length <= 120 ? Text : string.Concat(Text.AsSpan(0, 120).TrimEnd(), "…"),
    };

    /// <summary>"004_21cca053a9288443 (6262 characters, published 2019-03-24T19:25:00 Pacific/Auckland (+13))".</summary>
    public override string ToString() =>
        Published is null
            ? $"{Id} ({Invariant.Plain(Text.Length)} characters)"
            : $"{Id} ({Invariant.Plain(Text.Length)} characters, published {Published})";
}
