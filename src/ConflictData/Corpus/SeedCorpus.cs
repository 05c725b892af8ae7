using System;
using System.Collections.Immutable;
using System.Threading;

namespace ConflictData;

/// <summary>
/// The five seed news articles shipped inside this package, every figure in them as a curated, sourced, dated
/// <see cref="Estimate"/> and every assessment in estimative language as a <see cref="Judgement"/>: one call, no files.
/// </summary>
/// <remarks>
/// <para>The corpus is read from embedded resources the first time it is asked for, validated (every quote equals its
/// article's text at its span, every estimate's document exists), and kept; later calls return the same instance.
/// Loading is thread-safe: concurrent first calls load it once. If the embedded data were ever invalid, every call
/// would throw the same <see cref="System.IO.InvalidDataException"/> naming the estimate or JSON path at fault.</para>
/// <para>How the figures are curated:</para>
/// <list type="bullet">
/// <item>Each estimate's first evidence is the figure as it stands in the text; further evidence holds the words that
/// qualify it from elsewhere in its sentence ("since 2014", "As of October 2017", a hedge set apart from its number).</item>
/// <item>A single approximate figure ("some 40,000", "300 or so", "most likely 50") is interpreted by
/// <see cref="SignificantDigitApproximationPolicy"/>, with the stated number as its best value.</item>
/// <item>Vague quantities carry <see cref="HedgeKinds.Vague"/> and no best value: "a handful" is [2, 10),
/// "hundreds" [200, 1,000), "thousands" [2,000, 10,000), "billions" [2×10⁹, 10¹⁰) — the policy's [2v, 10v) for the size each word names.</item>
/// <item>A figure in the present tense with no time of its own refers to its article's publication ("as of" the
/// publication date or bounds). Figures of a group's peak ("once controlled") refer to the caliphate's years,
/// 2014 to the article's date.</item>
/// <item>Actors are named uniformly: "IS" for the Islamic State, ISIS and ISIL; "IS-K" for its Afghan affiliate.
/// Places are ISO 3166-1 codes; the qualifier "by-origin" marks places that are the fighters' home country.</item>
/// <item>One UN estimate of IS's reserves appears twice: "$50 million to $300 million" (VOA) and "£39m-231m" (RNZ).
/// Both have indicator "funds" with qualifier "reserves", the same origin link (the UN report on IS) and the same
/// reference time, as of 1 January to 24 March 2019 (RNZ had it by then; VOA repeats it later in 2019), so
/// de-duplication can tell they are one figure in two currencies.</item>
/// <item>Documents 001 and 002 carry no date; their publication bounds come from the text, with the reasoning kept
/// in <see cref="PublicationTime.Reasoning"/>. Document 003 is an AFP story dated 30 April 2019 on a page dated
/// 2 May 2019: its figures are published on 30 April, and the document's bounds span both dates. Titles in square
/// brackets are devised by the curator, since 001 and 002 have no headline of their own (001's only headline belongs
/// to an embedded teaser for another article, marked as a non-body region).</item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// using ConflictData;
///
/// foreach (Estimate e in SeedCorpus.Estimates.Where(e => e.Measurand.Places.Contains(CountryCode.Syria)))
/// {
///     Console.WriteLine($"{e.Id}: {e} ({e.ReferenceTime})");
/// }
/// Estimate guterres = SeedCorpus.Load().GetEstimate("004-guterres-militants-iraq-syria");
/// Console.WriteLine(SeedCorpus.Load().GetSentence(guterres));
/// </code>
/// </example>
public static class SeedCorpus
{
    private static readonly Lazy<Corpus> Loaded = new(SeedCorpusLoader.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The seed corpus: loaded and validated on the first call, the same instance on every later call.</summary>
    /// <exception cref="System.IO.InvalidDataException">The embedded data is invalid (a packaging bug); the message says where.</exception>
    public static Corpus Load() => Loaded.Value;

    /// <summary>The five seed articles, in file order (000 to 004).</summary>
    /// <exception cref="System.IO.InvalidDataException">The embedded data is invalid (a packaging bug).</exception>
    public static ImmutableArray<Document> Documents => Load().Documents;

    /// <summary>Every curated estimate, article by article in text order.</summary>
    /// <exception cref="System.IO.InvalidDataException">The embedded data is invalid (a packaging bug).</exception>
    public static ImmutableArray<Estimate> Estimates => Load().Estimates;

    /// <summary>Every curated judgement (the Baghdadi assessments, "will likely remain", "probably within the year" ...),
    /// article by article in text order.</summary>
    /// <exception cref="System.IO.InvalidDataException">The embedded data is invalid (a packaging bug).</exception>
    public static ImmutableArray<Judgement> Judgements => Load().Judgements;
}
