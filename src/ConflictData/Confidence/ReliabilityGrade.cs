using System;
using System.Diagnostics.CodeAnalysis;
using ConflictData.Text;
using ConflictData.Utility;

namespace ConflictData;

/// <summary>
/// An Admiralty-scale grade: a source's reliability (A–F) and the information's credibility (1–6), written "B2".
/// </summary>
/// <remarks>
/// This type is an immutable value type and is thread-safe. It has no ordering: a "B3" is not simply better or worse
/// than a "C2". The default value is "F6" (neither can be judged), so an uninitialised grade never claims a
/// reliability nobody gave it.
/// </remarks>
public readonly struct ReliabilityGrade : IEquatable<ReliabilityGrade>
{
    // Stored as distances from F and 6, so that the all-zero default value is F6.
    private readonly byte sourceFromWorst;
    private readonly byte informationFromWorst;

    /// <summary>Creates a grade.</summary>
    /// <exception cref="ArgumentException">Either part is not a defined grade.</exception>
    public ReliabilityGrade(SourceReliability source, InformationCredibility information)
    {
        sourceFromWorst = (byte)(SourceReliability.CannotBeJudged - Preconditions.CheckDefined(source, nameof(source)));
        informationFromWorst = (byte)(InformationCredibility.CannotBeJudged - Preconditions.CheckDefined(information, nameof(information)));
    }

    /// <summary>The source's reliability, A to F.</summary>
    public SourceReliability Source => SourceReliability.CannotBeJudged - sourceFromWorst;

    /// <summary>The information's credibility, 1 to 6.</summary>
    public InformationCredibility Information => InformationCredibility.CannotBeJudged - informationFromWorst;

    /// <summary>Reads "A1" to "F6" (letter case ignored). Returns <c>false</c> when <paramref name="text"/> is null or no grade.</summary>
    public static bool TryParse(string? text, out ReliabilityGrade grade) => Parse(text).TryGetValue(default, out grade);

    /// <summary>Reads "A1" to "F6" (letter case ignored).</summary>
    /// <returns>The grade, or why not (<see cref="ParseErrorCode.NullText"/> or <see cref="ParseErrorCode.Unrecognized"/>).</returns>
    public static ParseResult<ReliabilityGrade> Parse(string? text)
    {
        if (text is null)
        {
            return ParseResult<ReliabilityGrade>.ForNullText(nameof(text));
        }
        int letter = text.Length == 2 ? char.ToUpperInvariant(text[0]) - 'A' : -1;
        int digit = text.Length == 2 ? text[1] - '0' : -1;
        return letter is < 0 or > 5 || digit is < 1 or > 6
            ? ParseResult<ReliabilityGrade>.ForError(ParseErrorCode.Unrecognized,
                $"\"{text}\" is not an Admiralty grade; expected a letter A–F then a digit 1–6, such as B2.", new TextSpan(0, text.Length))
            : ParseResult<ReliabilityGrade>.ForValue(new ReliabilityGrade((SourceReliability)letter, (InformationCredibility)digit));
    }

    /// <inheritdoc />
    public bool Equals(ReliabilityGrade other) => Source == other.Source && Information == other.Information;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReliabilityGrade other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Information);

    /// <summary>Compares two grades.</summary>
    public static bool operator ==(ReliabilityGrade left, ReliabilityGrade right) => left.Equals(right);

    /// <summary>Compares two grades.</summary>
    public static bool operator !=(ReliabilityGrade left, ReliabilityGrade right) => !left.Equals(right);

    /// <summary>"B2".</summary>
    public override string ToString() => new([(char)('A' + (int)Source), (char)('0' + (int)Information)]);
}
