using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.Json;
using ConflictData.Serialization;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// A set of documents and the estimates and judgements curated from them, checked against each other: every estimate
/// and judgement has evidence, every piece of evidence points into a document of the corpus and quotes its text
/// exactly, every judgement qualifies only an estimate of the corpus and compares only with a judgement of it.
/// </summary>
/// <remarks>
/// <para>By convention an estimate's first <see cref="Estimate.Evidence"/> is the figure itself ("some 40,000 foreign
/// fighters"); further evidence holds words that qualify it from elsewhere in the sentence ("since 2014"). Spans,
/// sentences and ordering use that first piece.</para>
/// <para>The same holds for a judgement: its first evidence is the stance with its proposition ("I think he's alive").</para>
/// <para>Estimates and judgements keep the order they were given in (the seed corpus: article by article, in text order).
/// Lookups by id and by document are constant-time. This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// Corpus corpus = SeedCorpus.Load();
/// foreach (Estimate e in corpus.Estimates.Where(e => e.Measurand.Indicator == Indicator.Fighters))
/// {
///     Console.WriteLine($"{e}: {corpus.GetSentence(e)}");
/// }
/// </code>
/// </example>
public sealed class Corpus
{
    // Plain dictionaries: a corpus is built once and small, and frozen ones would add their JIT cost to the first load.
    private readonly Dictionary<string, Estimate> estimatesById;
    private readonly Dictionary<DocumentId, Document> documentsById;
    private readonly Dictionary<DocumentId, ImmutableArray<Estimate>> estimatesByDocument;
    private readonly Dictionary<string, Judgement> judgementsById;

    /// <summary>Creates a corpus after checking the estimates against the documents.</summary>
    /// <param name="documents">The documents, with distinct ids.</param>
    /// <param name="estimates">The estimates, with distinct ids, each with at least one piece of evidence.</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds a null.</exception>
    /// <exception cref="ArgumentException">Ids repeat, an estimate has no evidence, evidence points to a document
    /// that is not in the corpus, or a quote differs from its document's text at its span. The message names the
    /// estimate and what is wrong.</exception>
    public Corpus(IEnumerable<Document> documents, IEnumerable<Estimate> estimates)
        : this(documents, estimates, [])
    {
    }

    /// <summary>Creates a corpus after checking the estimates and judgements against the documents.</summary>
    /// <param name="documents">The documents, with distinct ids.</param>
    /// <param name="estimates">The estimates, with distinct ids, each with at least one piece of evidence.</param>
    /// <param name="judgements">The judgements, with distinct ids, each with at least one piece of evidence.</param>
    /// <exception cref="ArgumentNullException">An argument is null or holds a null.</exception>
    /// <exception cref="ArgumentException">Ids repeat, an estimate or judgement has no evidence, evidence points to a
    /// document that is not in the corpus, a quote differs from its document's text at its span, a judgement qualifies
    /// an estimate that is not in the corpus, or compares with a judgement that is not. The message names the item and
    /// what is wrong.</exception>
    public Corpus(IEnumerable<Document> documents, IEnumerable<Estimate> estimates, IEnumerable<Judgement> judgements)
    {
        Documents = NoNulls(documents, nameof(documents));
        Estimates = NoNulls(estimates, nameof(estimates));
        Judgements = NoNulls(judgements, nameof(judgements));
        string? problem = FindProblem(Documents, Estimates, out string paramName)
            ?? FindProblem(Documents, Estimates, Judgements, out paramName);
        Preconditions.CheckArgument(problem is null, paramName, problem!);
        judgementsById = Judgements.ToDictionary(j => j.Id, StringComparer.Ordinal);
        documentsById = Documents.ToDictionary(d => d.Id);
        estimatesById = Estimates.ToDictionary(e => e.Id, StringComparer.Ordinal);
        estimatesByDocument = Documents.ToDictionary(
            d => d.Id,
            d => Estimates.Where(e => e.Evidence[0].Document == d.Id).ToImmutableArray());
    }

    /// <summary>
    /// Loads a corpus of your own from <paramref name="folder"/>: its <c>corpus.json</c> (the corpus format of
    /// docs/json-format.md: documents, estimates and judgements) and the text files that file names, beside it.
    /// Everything is checked as the seed corpus is: the JSON member by member, each document through its constructor,
    /// every quote against its text.
    /// </summary>
    /// <param name="folder">The folder that holds <c>corpus.json</c> and the text files.</param>
    /// <returns>The corpus; a failed load returns nothing and leaves no file open.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="folder"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The folder has no <c>corpus.json</c>.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="JsonException">The corpus is invalid: the message starts with the JSON path and gives the rule,
    /// e.g. <c>$.documents[0].file: the text file "memo.txt" is missing.</c> or
    /// <c>$.estimates[3].evidence[0].quote: the quote … does not match document "memo" at [10..25), which holds ….</c></exception>
    /// <example>
    /// <code>
    /// Corpus mine = Corpus.Load("/data/my-corpus");
    /// foreach (Estimate e in mine.Estimates) Console.WriteLine($"{e.Id}: {e} — {mine.GetSentence(e)}");
    /// </code>
    /// </example>
    public static Corpus Load(string folder)
    {
        Preconditions.CheckNotNull(folder, nameof(folder));
        string root = Path.GetFullPath(folder);
        using var json = File.OpenRead(Path.Combine(root, CorpusFileReader.FileName));
        // The reader admits only plain file names (no separators, no leading '.'), so every text stays in the folder.
        return Load(json, file => File.Exists(Path.Combine(root, file)) ? File.OpenRead(Path.Combine(root, file)) : null);
    }

    /// <summary>
    /// Loads a corpus of your own from a corpus file in <paramref name="corpusJson"/> (UTF-8, read to its end and left
    /// open) and the texts that <paramref name="openText"/> opens by the plain file names the corpus file gives; see
    /// <see cref="Load(string)"/>.
    /// </summary>
    /// <param name="corpusJson">The corpus file.</param>
    /// <param name="openText">Opens a document's text by its <c>file</c> name, or returns <c>null</c> when there is no
    /// such text; each stream is read to its end as strict UTF-8 and disposed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="JsonException">The corpus is invalid, or a text is missing, unreadable or not UTF-8; the message
    /// starts with the JSON path (for a text, <c>$.documents[i].file</c>) and names the file or the rule.</exception>
    public static Corpus Load(Stream corpusJson, Func<string, Stream?> openText)
    {
        Preconditions.CheckNotNull(corpusJson, nameof(corpusJson));
        Preconditions.CheckNotNull(openText, nameof(openText));
        var file = CorpusFileReader.Read(corpusJson, openText);
        try
        {
            return new Corpus(file.Documents.Select(d => d.Document), file.Estimates.Select(SeedCorpusLoader.WithStatedFromQuote), file.Judgements);
        }
        catch (ArgumentException e)
        {
            // The reader checks what the constructor checks, at its path; this keeps the one documented exception if
            // the two ever disagree.
            throw new JsonException($"$: {e.Message}", "$", null, null, e);
        }
    }

    /// <summary>The documents, in the order given.</summary>
    public ImmutableArray<Document> Documents { get; }

    /// <summary>The estimates, in the order given.</summary>
    public ImmutableArray<Estimate> Estimates { get; }

    /// <summary>The judgements, in the order given.</summary>
    public ImmutableArray<Judgement> Judgements { get; }

    /// <summary>The judgement with id <paramref name="id"/>, if there is one.</summary>
    public bool TryGetJudgement(string? id, [NotNullWhen(true)] out Judgement? judgement)
    {
        judgement = null;
        return id is not null && judgementsById.TryGetValue(id, out judgement);
    }

    /// <summary>The judgement with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No judgement has that id.</exception>
    public Judgement GetJudgement(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return TryGetJudgement(id, out var judgement)
            ? judgement
            : throw new KeyNotFoundException($"The corpus has no judgement with id \"{id}\" ({Judgements.Length} judgements).");
    }

    /// <summary>The sentence that holds <paramref name="judgement"/>'s stance (see <see cref="Document.GetSentence"/>).</summary>
    /// <exception cref="ArgumentException">The judgement's stance is not in a document of this corpus.</exception>
    public string GetSentence(Judgement judgement)
    {
        Preconditions.CheckNotNull(judgement, nameof(judgement));
        return DocumentOfFirst(judgement.Evidence, "judgement", judgement.Id, nameof(judgement)).GetSentence(judgement.Evidence[0].Span);
    }

    /// <summary>The estimate with id <paramref name="id"/>, if there is one.</summary>
    public bool TryGetEstimate(string? id, [NotNullWhen(true)] out Estimate? estimate)
    {
        estimate = null;
        return id is not null && estimatesById.TryGetValue(id, out estimate);
    }

    /// <summary>The estimate with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No estimate has that id.</exception>
    public Estimate GetEstimate(string id)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        return TryGetEstimate(id, out var estimate)
            ? estimate
            : throw new KeyNotFoundException($"The corpus has no estimate with id \"{id}\" ({Estimates.Length} estimates).");
    }

    /// <summary>The document with id <paramref name="id"/>, if there is one.</summary>
    public bool TryGetDocument(DocumentId id, [NotNullWhen(true)] out Document? document) =>
        documentsById.TryGetValue(id, out document);

    /// <summary>The document with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No document has that id.</exception>
    public Document GetDocument(DocumentId id) =>
        TryGetDocument(id, out var document)
            ? document
            : throw new KeyNotFoundException($"The corpus has no document with id \"{id}\" ({Documents.Length} documents).");

    /// <summary>The document that <paramref name="estimate"/>'s figure stands in.</summary>
    /// <exception cref="ArgumentException">The estimate's figure is not in a document of this corpus.</exception>
    public Document GetDocument(Estimate estimate)
    {
        Preconditions.CheckNotNull(estimate, nameof(estimate));
        return DocumentOfFirst(estimate.Evidence, "estimate", estimate.Id, nameof(estimate));
    }

    // Estimates and judgements both stand where their first evidence points.
    private Document DocumentOfFirst(ImmutableArray<Evidence> evidence, string kind, string id, string paramName)
    {
        Document? document = null;
        bool found = !evidence.IsEmpty && documentsById.TryGetValue(evidence[0].Document, out document);
        Preconditions.CheckArgument(found, paramName, $"The {kind} \"{id}\" has no evidence in a document of this corpus.");
        return document!;
    }

    /// <summary>The estimates whose figure stands in document <paramref name="id"/>, in the corpus's order; empty for an unknown id.</summary>
    public ImmutableArray<Estimate> GetEstimates(DocumentId id) =>
        estimatesByDocument.TryGetValue(id, out var estimates) ? estimates : [];

    /// <summary>The sentence that holds <paramref name="estimate"/>'s figure (see <see cref="Document.GetSentence"/>).</summary>
    /// <exception cref="ArgumentException">The estimate's figure is not in a document of this corpus.</exception>
    public string GetSentence(Estimate estimate) => GetDocument(estimate).GetSentence(estimate.Evidence[0].Span);

    private static ImmutableArray<T> NoNulls<T>(IEnumerable<T> items, string paramName) where T : class
    {
        var array = Preconditions.CheckNotNull(items, paramName).ToImmutableArray();
        foreach (var item in array)
        {
            Preconditions.CheckNotNull(item, paramName);
        }
        return array;
    }

    /// <summary>The first thing wrong with the documents and estimates together, or <c>null</c>.</summary>
    private static string? FindProblem(ImmutableArray<Document> documents, ImmutableArray<Estimate> estimates, out string paramName)
    {
        paramName = nameof(documents);
        var byId = new Dictionary<DocumentId, Document>();
        foreach (var document in documents)
        {
            if (!byId.TryAdd(document.Id, document))
            {
                return $"The document id \"{document.Id}\" occurs more than once.";
            }
        }
        paramName = nameof(estimates);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var estimate in estimates)
        {
            if (!seen.Add(estimate.Id))
            {
                return $"The estimate id \"{estimate.Id}\" occurs more than once.";
            }
            if (FindEvidenceProblem("Estimate", estimate.Id, estimate.Evidence, byId) is { } problem)
            {
                return problem;
            }
        }
        return null;
    }

    /// <summary>The first thing wrong with the judgements against the documents, estimates and each other, or <c>null</c>.</summary>
    private static string? FindProblem(ImmutableArray<Document> documents, ImmutableArray<Estimate> estimates,
        ImmutableArray<Judgement> judgements, out string paramName)
    {
        paramName = nameof(judgements);
        var byId = documents.ToDictionary(d => d.Id);
        var estimateIds = estimates.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var judgementIds = judgements.Select(j => j.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var judgement in judgements)
        {
            if (!seen.Add(judgement.Id))
            {
                return $"The judgement id \"{judgement.Id}\" occurs more than once.";
            }
            if (FindEvidenceProblem("Judgement", judgement.Id, judgement.Evidence, byId) is { } problem)
            {
                return problem;
            }
            if (judgement.Qualifies is { } estimate && !estimateIds.Contains(estimate))
            {
                return $"Judgement \"{judgement.Id}\" qualifies the estimate \"{estimate}\", which is not in the corpus.";
            }
            if (judgement.Change?.RelativeTo is { } earlier && !judgementIds.Contains(earlier))
            {
                return $"Judgement \"{judgement.Id}\" compares with the judgement \"{earlier}\", which is not in the corpus.";
            }
        }
        return null;
    }

    private static string? FindEvidenceProblem(string kind, string id, ImmutableArray<Evidence> evidenceList, Dictionary<DocumentId, Document> byId)
    {
        if (evidenceList.IsEmpty)
        {
            return $"{kind} \"{id}\" has no evidence; every {kind.ToLowerInvariant()} of a corpus must quote its document.";
        }
        for (int i = 0; i < evidenceList.Length; i++)
        {
            var evidence = evidenceList[i];
            if (!byId.TryGetValue(evidence.Document, out var document))
            {
                return $"{kind} \"{id}\", evidence {i}: document \"{evidence.Document}\" is not in the corpus.";
            }
            if (!document.Supports(evidence))
            {
                string actual = evidence.Span.End <= document.Text.Length ? $"“{document.GetText(evidence.Span)}”" : "nothing (the span runs past the end)";
                return $"{kind} \"{id}\", evidence {i}: the quote “{evidence.Quote}” does not match document \"{document.Id}\" at {evidence.Span}, which holds {actual}.";
            }
        }
        return null;
    }
}
