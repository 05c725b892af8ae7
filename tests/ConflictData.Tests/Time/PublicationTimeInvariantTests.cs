using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace ConflictData.Tests.Time;

[Properties(Arbitrary = new[] { typeof(TimeArbitraries), typeof(RawInputArbitraries) }, MaxTest = 1000)]
public class PublicationTimeInvariantTests
{
    /// <summary>Each kind carries exactly its parts: a time whose date is both bounds, a single date, or bounds with reasoning.</summary>
    internal static bool Holds(PublicationTime p) =>
        p.Earliest <= p.Latest && p.Earliest == p.Bounds.Start && p.Latest == p.Bounds.End
        && p.Kind switch
        {
            PublicationTimeKind.Exact => p.ExactTime is { } t && t.Date == p.Earliest && t.Date == p.Latest && p.Date == t.Date && p.Reasoning is null,
            PublicationTimeKind.Date => p.ExactTime is null && p.Earliest == p.Latest && p.Date == p.Earliest && p.Reasoning is null,
            PublicationTimeKind.Bounded => p.ExactTime is null && p.Date is null && p.Reasoning is { Length: > 0 } r && r.Trim() == r,
            _ => false,
        };

    [Property]
    public bool EveryGeneratedValue_SatisfiesTheInvariants(PublicationTime value) => Holds(value);

    [Property]
    public bool Within_RandomReasoning_IsRejectedOrValid(LocalDate date, string? reasoning)
    {
        var bounds = new DateInterval(date, date.Year < 9999 ? date.PlusDays(3) : date);
        return ConstructorProperty.RejectsOrHolds(() => PublicationTime.Within(bounds, reasoning!), Holds);
    }

    [Property]
    public bool ExactAndOnDate_AnyIsoValue_AreValid(ZonedDateTime time) =>
        Holds(PublicationTime.Exact(time)) && Holds(PublicationTime.OnDate(time.Date));
}
