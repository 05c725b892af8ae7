using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ConflictData.Reconciliation;
using NodaTime;

namespace ConflictData.Benchmarks.Fixtures;

/// <summary>
/// N estimates shaped like the seed corpus's, for the reconciliation and query benchmarks: deterministic for a given N.
/// </summary>
/// <remarks>
/// <para>Every seed estimate's measurand, unit and hedge is a template. A quantity is a template for one of
/// N / (150 × templates) actors in one of three place sets ({IQ, SY}, {IQ}, {SY} where the seed names places, so complete sets of parts are summed and
/// checked against their wholes), and each quantity is reported at five monthly time points: about N/10 groups of ten.
/// Values are the template's scaled by 0.7–1.3 (so ranges of one point often disagree: conflicts), from one of 400
/// origins relayed by one of 40 outlets. One estimate in ten repeats an earlier figure of the same origin and time through
/// another outlet with another hedge (counted once, CD0002); one in five sums of money is stated in pounds (converted at
/// a synthetic monthly rate, CD0003); one in fifty carries stated low confidence.</para>
/// </remarks>
internal sealed class GeneratedEstimates
{
    private static readonly CountryCode[][] PlaceSets = [[CountryCode.Iraq, CountryCode.Syria], [CountryCode.Iraq], [CountryCode.Syria]];
    private static readonly LocalDate FirstMonth = new(2015, 1, 1);
    private const int TimePoints = 5;

    private GeneratedEstimates(List<Estimate> estimates, ReconciliationOptions options)
    {
        Estimates = estimates;
        Options = options;
    }

    /// <summary>The estimates.</summary>
    internal List<Estimate> Estimates { get; }

    /// <summary>The default options with a pound/dollar rate for every month the estimates are published in.</summary>
    internal ReconciliationOptions Options { get; }

    /// <summary>The first month of the estimates' reference times.</summary>
    internal static LocalDate Start => FirstMonth;

    internal static GeneratedEstimates Create(int count)
    {
        var random = new Random(2019 + count);
        var templates = SeedCorpus.Estimates.Where(e => e.Quantity.Unit.Dimension is Dimension.Count or Dimension.Money)
            .GroupBy(e => QuantityKey.From(e)).Select(g => g.First()).ToArray();
        // About fifty estimates per quantity (ten per time point): templates × place sets × actors ≈ N / 50.
        int actors = Math.Max(1, count / (50 * templates.Length * PlaceSets.Length));
        var origins = Enumerable.Range(0, 400).Select(i => i % 3 == 0
            ? new Source(SourceKind.Person, "Official " + Text(i), role: "spokesperson", organisation: "Ministry " + Text(i % 37))
            : new Source(SourceKind.Organisation, "Monitor " + Text(i))).ToArray();
        var outlets = Enumerable.Range(0, 40).Select(i => new Source(SourceKind.Outlet, "Outlet " + Text(i))).ToArray();
        var estimates = new List<Estimate>(count);
        for (int i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(10) == 0)
            {
                estimates.Add(Relayed(estimates[random.Next(Math.Max(0, i - 50), i)], i, outlets[random.Next(outlets.Length)], random));
                continue;
            }
            var template = templates[random.Next(templates.Length)];
            var m = template.Measurand;
            var places = m.Places.IsEmpty ? m.Places.AsEnumerable() : PlaceSets[random.Next(PlaceSets.Length)];
            var measurand = new Measurand(m.Indicator, "actor-" + Text(random.Next(actors)), places, m.Region, m.Qualifiers);
            var month = FirstMonth.PlusMonths(random.Next(TimePoints) * 2);
            var value = template.Quantity.Value.Scale(0.7m + (random.Next(61) / 100m));
            var unit = template.Quantity.Unit;
            if (unit.Dimension == Dimension.Money && random.Next(5) == 0)
            {
                (value, unit) = (value.Scale(0.77m), Unit.Money(Currency.PoundSterling));
            }
            estimates.Add(new Estimate("g" + Text(i), new Quantity(value, unit), measurand, template.Hedge, template.Noun,
                ReferenceTime.During(DateRange.Month(month.Year, month.Month)),
                PublicationTime.OnDate(month.With(DateAdjusters.EndOfMonth).PlusDays(random.Next(1, 40))),
                [new SourceChain(outlets[random.Next(outlets.Length)], origins[random.Next(origins.Length)])],
                confidence: random.Next(50) == 0 ? new StatedConfidence("did not have a lot of confidence", ConfidenceLevel.Low) : null));
        }
        var rates = new List<ExchangeRate>();
        for (var month = FirstMonth; month <= FirstMonth.PlusMonths((2 * TimePoints) + 3); month = month.PlusMonths(1))
        {
            rates.Add(new ExchangeRate(Currency.PoundSterling, Currency.UsDollar, DateRange.Month(month.Year, month.Month), 1.30m,
                "synthetic rate for the benchmark"));
        }
        return new GeneratedEstimates(estimates, new ReconciliationOptions { ExchangeRates = new ExchangeRates(rates) });
    }

    /// <summary>The same figure of the same origin at the same time, through another outlet and with other words.</summary>
    private static Estimate Relayed(Estimate original, int i, Source outlet, Random random) =>
        new("g" + Text(i), original.Quantity, original.Measurand, random.Next(2) == 0 ? Hedge.None : new Hedge("about", HedgeKinds.Approximate),
            original.Noun, original.ReferenceTime, PublicationTime.OnDate(original.Published!.Earliest.PlusDays(random.Next(5))),
            [new SourceChain(outlet, original.Sources[0].Origin)]);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
