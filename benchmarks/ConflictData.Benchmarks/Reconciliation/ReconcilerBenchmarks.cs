using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using ConflictData.Reconciliation;
using NodaTime;

namespace ConflictData.Benchmarks.Reconciliation;

/// <summary>
/// Reconciling N generated estimates in about N/10 groups (quantity and time point), with the default envelope rule:
/// grouping, time points, same-origin checks, the rule, part/whole relations and neighbour comparisons.
/// </summary>
/// <remarks>
/// Estimates are spread over N/150 actors × 2 places × 5 monthly time points, so a group holds about ten estimates from
/// five origins; every actor has a whole (Iraq and Syria) and two parts (each country), so parts are summed and checked.
/// The data is generated once per N from a fixed seed.
/// </remarks>
[MemoryDiagnoser]
public class ReconcilerBenchmarks
{
    private static readonly string[] Origins = ["UN report", "Pentagon", "Coalition", "Iraqi government", "SDF"];

    private List<Estimate> estimates = [];

    [Params(1_000, 100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2019);
        var places = new[] { new[] { CountryCode.Iraq, CountryCode.Syria }, [CountryCode.Iraq], [CountryCode.Syria] };
        int actors = Math.Max(1, N / 150);
        var measurands = new Measurand[actors * places.Length];
        for (int a = 0; a < actors; a++)
        {
            for (int p = 0; p < places.Length; p++)
            {
                measurands[(a * places.Length) + p] = new Measurand(Indicator.Fighters, "actor-" + a.ToString(System.Globalization.CultureInfo.InvariantCulture), places[p]);
            }
        }
        var sources = new SourceChain[Origins.Length];
        for (int o = 0; o < Origins.Length; o++)
        {
            sources[o] = new SourceChain(new Source(SourceKind.Outlet, "Outlet"), new Source(SourceKind.Organisation, Origins[o]));
        }
        estimates = new List<Estimate>(N);
        for (int i = 0; i < N; i++)
        {
            // Two estimates in ten measure a whole, four each country: about N/10 groups of about ten once split by month.
            int slot = i % 10;
            int place = slot < 2 ? 0 : slot < 6 ? 1 : 2;
            var measurand = measurands[(random.Next(actors) * places.Length) + place];
            int low = random.Next(1_000, 20_000);
            var value = random.Next(4) switch
            {
                0 => RangedValue.MoreThan(low),
                1 => RangedValue.AtMost(low + random.Next(0, 10_000)),
                _ => RangedValue.Between(low, low + random.Next(0, 10_000)),
            };
            var month = DateRange.Month(2018, 1 + random.Next(5));
            estimates.Add(new Estimate("e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), new Quantity(value, Unit.Person), measurand,
                referenceTime: ReferenceTime.During(month), published: PublicationTime.OnDate(month.End.PlusDays(random.Next(30))),
                sources: [sources[random.Next(sources.Length)]]));
        }
    }

    [Benchmark]
    public int Reconcile() => Reconciler.Reconcile(estimates).Groups.Length;
}
