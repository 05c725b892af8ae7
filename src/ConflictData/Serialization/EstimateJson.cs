using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ConflictData.Utility;

namespace ConflictData.Serialization;

/// <summary>
/// Reads and writes estimates files in the ConflictData JSON format (<c>docs/json-format.md</c>):
/// <c>{ "schemaVersion": 1, "estimates": [...], "judgements": [...] }</c>, indented, UTF-8, the same bytes under every
/// culture. A file may hold estimates, judgements or both; each read validates the whole file.
/// </summary>
/// <remarks>
/// Reading validates every value through the model's constructors and returns either all estimates or a
/// <see cref="JsonException"/> whose message starts with the JSON path of the first bad value and says which
/// rule it breaks, such as <c>$.estimates[3].quantity.lower: The lower bound 18000 is above the upper bound 14000.</c>
/// Unknown members, duplicate members, duplicate estimate ids and schema versions other than
/// <see cref="SchemaVersion"/> are rejected. This class is stateless and thread-safe.
/// </remarks>
public static class EstimateJson
{
    /// <summary>The schema version this class writes and the only one it reads.</summary>
    public const int SchemaVersion = JsonFormat.SchemaVersion;

    /// <summary>Writes <paramref name="estimates"/> as an indented estimates file.</summary>
    /// <param name="estimates">The estimates, written in the order given.</param>
    /// <returns>The JSON text, with <c>\n</c> line breaks.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="estimates"/> is null or contains null.</exception>
    public static string Serialize(IEnumerable<Estimate> estimates) =>
        JsonFormat.Write(ToDto(estimates, null), JsonFormat.Context.EstimatesFileDto);

    /// <summary>Writes <paramref name="estimates"/> and <paramref name="judgements"/> as one indented estimates file.</summary>
    /// <param name="estimates">The estimates, written in the order given.</param>
    /// <param name="judgements">The judgements, written in the order given after the estimates.</param>
    /// <returns>The JSON text, with <c>\n</c> line breaks.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or contains null.</exception>
    /// <example>
    /// <code>
    /// string json = EstimateJson.Serialize(SeedCorpus.Estimates, SeedCorpus.Judgements);
    /// ImmutableArray&lt;Judgement&gt; back = EstimateJson.DeserializeJudgements(json); // equal, judgement for judgement
    /// </code>
    /// </example>
    public static string Serialize(IEnumerable<Estimate> estimates, IEnumerable<Judgement> judgements) =>
        JsonFormat.Write(ToDto(estimates, Preconditions.CheckNotNull(judgements, nameof(judgements))), JsonFormat.Context.EstimatesFileDto);

    /// <summary>Writes <paramref name="estimates"/> as an indented estimates file in UTF-8 to <paramref name="utf8Json"/>.</summary>
    /// <param name="estimates">The estimates, written in the order given.</param>
    /// <param name="utf8Json">The stream to write to; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="estimates"/> contains null.</exception>
    public static void Serialize(IEnumerable<Estimate> estimates, Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        JsonFormat.Write(ToDto(estimates, null), JsonFormat.Context.EstimatesFileDto, utf8Json);
    }

    /// <summary>Reads an estimates file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The estimates in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid estimates file; the message names the JSON path and the rule.</exception>
    public static ImmutableArray<Estimate> Deserialize(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return Read(Encoding.UTF8.GetBytes(json)).Estimates;
    }

    /// <summary>Reads the judgements of an estimates file, after validating the whole file.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The judgements in file order; empty when the file has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">The text is not a valid estimates file; the message names the JSON path and the rule.</exception>
    public static ImmutableArray<Judgement> DeserializeJudgements(string json)
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return Read(Encoding.UTF8.GetBytes(json)).Judgements;
    }

    /// <summary>Reads the judgements of an estimates file from UTF-8 bytes, after validating the whole file.</summary>
    /// <param name="utf8Json">The stream, read to its end and left open.</param>
    /// <returns>The judgements in file order; empty when the file has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not a valid estimates file; the message names the JSON path and the rule.</exception>
    public static ImmutableArray<Judgement> DeserializeJudgements(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        return Read(JsonFormat.ReadAllBytes(utf8Json).Span).Judgements;
    }

    /// <summary>Reads an estimates file from UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The stream, read to its end and left open.</param>
    /// <returns>The estimates in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="JsonException">The content is not a valid estimates file; the message names the JSON path and the rule.</exception>
    public static ImmutableArray<Estimate> Deserialize(Stream utf8Json)
    {
        Preconditions.CheckNotNull(utf8Json, nameof(utf8Json));
        return Read(JsonFormat.ReadAllBytes(utf8Json).Span).Estimates;
    }

    /// <summary>
    /// Writes <paramref name="estimates"/> as JSON lines: one compact estimate object per line (the estimate shape of
    /// <c>docs/json-format.md</c>), each ended by <c>\n</c>, for tools that stream records (pandas'
    /// <c>read_json(lines=True)</c>, DuckDB's <c>read_json</c>, <c>jq</c>, Spark).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="estimates"/> contains null.</exception>
    public static void SerializeLines(IEnumerable<Estimate> estimates, TextWriter writer)
    {
        Preconditions.CheckNotNull(estimates, nameof(estimates));
        Preconditions.CheckNotNull(writer, nameof(writer));
        foreach (var estimate in estimates)
        {
            writer.Write(JsonSerializer.Serialize(EstimateDto.From(Preconditions.CheckNotNull(estimate, nameof(estimates))), JsonFormat.Compact.EstimateDto));
            writer.Write('\n');
        }
    }

    /// <summary>Reads JSON lines written by <see cref="SerializeLines"/>; blank lines are skipped.</summary>
    /// <returns>The estimates in line order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="JsonException">A line is not a valid estimate, or an id repeats; the message starts with
    /// <c>line N: </c> and then names the JSON path and the rule, as the file reader does. Nothing partial is returned.</exception>
    public static ImmutableArray<Estimate> DeserializeLines(TextReader reader)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        var estimates = ImmutableArray.CreateBuilder<Estimate>();
        var lineById = new Dictionary<string, int>(StringComparer.Ordinal);
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            Estimate estimate;
            try
            {
                var dto = JsonSerializer.Deserialize(line, JsonFormat.Compact.EstimateDto)
                    ?? throw JsonReadErrors.At(JsonPath.Root, "the line is null; expected an estimate object.");
                estimate = dto.ToModel(JsonPath.Root);
            }
            catch (JsonException e)
            {
                var located = e.Message.StartsWith('$') ? e : JsonReadErrors.WithPath(e);
                throw new JsonException($"line {Invariant.Plain(number)}: {located.Message}", located.Path, number - 1, located.BytePositionInLine, e);
            }
            if (!lineById.TryAdd(estimate.Id, number))
            {
                throw new JsonException($"line {Invariant.Plain(number)}: $.id: the id \"{estimate.Id}\" is already used on line {Invariant.Plain(lineById[estimate.Id])}; estimate ids must be unique.",
                    "$.id", number - 1, null);
            }
            estimates.Add(estimate);
        }
        return estimates.ToImmutable();
    }

    // Null judgements leave the section out: an estimates-only file is written as before judgements existed.
    private static EstimatesFileDto ToDto(IEnumerable<Estimate> estimates, IEnumerable<Judgement>? judgements)
    {
        Preconditions.CheckNotNull(estimates, nameof(estimates));
        return new EstimatesFileDto
        {
            SchemaVersion = SchemaVersion,
            Estimates = [.. estimates.Select(e => EstimateDto.From(Preconditions.CheckNotNull(e, nameof(estimates))))],
            Judgements = judgements is null ? null : [.. judgements.Select(j => JudgementDto.From(Preconditions.CheckNotNull(j, nameof(judgements))))],
        };
    }

    private static (ImmutableArray<Estimate> Estimates, ImmutableArray<Judgement> Judgements) Read(ReadOnlySpan<byte> utf8) =>
        JsonFormat.Read(utf8, JsonFormat.Context.EstimatesFileDto,
            (dto, root) => (EstimateDto.ToModels(dto.Estimates, root.Member("estimates")),
                JudgementDto.ToModels(dto.Judgements, root.Member("judgements"))));
}
