using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace ConflictData.Tests.Time;

public class PublicationTimeInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

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

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.PublicationTime.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void Within_RandomReasoning_IsRejectedOrValid() =>
        Prop.ForAll(ModelGenerators.LocalDate.ToArbitrary(), RawInputGenerators.Text.ToArbitrary(), (date, reasoning) =>
        {
            var bounds = new DateInterval(date, date.Year < 9999 ? date.PlusDays(3) : date);
            return ConstructorProperty.RejectsOrHolds(() => PublicationTime.Within(bounds, reasoning!), Holds);
        }).Check(Cfg);

    [Fact]
    public void ExactAndOnDate_AnyIsoValue_AreValid() =>
        Prop.ForAll(ModelGenerators.ZonedDateTime.ToArbitrary(), time =>
            Holds(PublicationTime.Exact(time)) && Holds(PublicationTime.OnDate(time.Date))).Check(Cfg);
}
