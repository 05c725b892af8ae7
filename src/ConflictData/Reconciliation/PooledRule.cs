using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>
/// <c>pooled</c>: a weighted linear opinion pool. Each bounded range is read as a probability distribution, the
/// distributions are mixed with weights from reliability, and the result is the range between two quantiles of the
/// mixture (by default the 5th and 95th percentiles) with its median as best value.
/// </summary>
/// <remarks>
/// <para><b>Distributions.</b> A range with a best value strictly inside or at an end is triangular on (low, best, high);
/// a range without one is uniform over [low, high]; an exact figure is a point mass. Whether a bound is inclusive or
/// exclusive makes no difference to a continuous distribution. Ranges open on a side have no distribution and are
/// excluded with the reason; when none is left there is no result (CD0014). <b>Vague values</b> are uniform over their
/// range.</para>
/// <para><b>Weights.</b> An input's explicit weight, else from its Admiralty source grade: A 1.0, B 0.8, C 0.6, D 0.4,
/// E 0.2, F (cannot be judged) and ungraded 0.5. <b>Stated low confidence</b> halves the weight.</para>
/// <para><b>Numbers.</b> The mixture is evaluated in double precision and its quantiles found by bisection; results are
/// rounded to whole numbers for counts and to four decimals otherwise. Inputs are always combined in id order, so the
/// result is independent of input order, byte for byte.</para>
/// </remarks>
public sealed class PooledRule : MergeRule
{
    private const int BisectionSteps = 200;

    /// <summary>Creates the rule; <see cref="MergeRules.Pooled"/> uses the 5th and 95th percentiles.</summary>
    /// <param name="lowQuantile">The quantile reported as the lower bound, in (0, 0.5).</param>
    /// <param name="highQuantile">The quantile reported as the upper bound, in (0.5, 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">A quantile is outside its interval.</exception>
    public PooledRule(double lowQuantile = 0.05, double highQuantile = 0.95)
        : base("pooled", "A weighted linear pool of each range as a distribution: quantiles as bounds, the median as best.")
    {
        Preconditions.CheckRange(lowQuantile is > 0 and < 0.5, nameof(lowQuantile), lowQuantile, "The low quantile must lie strictly between 0 and 0.5.");
        Preconditions.CheckRange(highQuantile is > 0.5 and < 1, nameof(highQuantile), highQuantile, "The high quantile must lie strictly between 0.5 and 1.");
        LowQuantile = lowQuantile;
        HighQuantile = highQuantile;
    }

    /// <summary>The quantile reported as the lower bound.</summary>
    public double LowQuantile { get; }

    /// <summary>The quantile reported as the upper bound.</summary>
    public double HighQuantile { get; }

    /// <inheritdoc />
    public override string Settings =>
        string.Create(CultureInfo.InvariantCulture, $"quantiles {LowQuantile:0.###}–{HighQuantile:0.###}, median as best; uniform or triangular on the best value; weights from grades");

    /// <summary>The weight the rule gives an input: its explicit weight, else from its grade, halved for stated low confidence.</summary>
    public static decimal WeightOf(MergeInput input)
    {
        Preconditions.CheckNotNull(input, nameof(input));
        decimal weight = input.Weight ?? input.Reliability?.Source switch
        {
            SourceReliability.CompletelyReliable => 1.0m,
            SourceReliability.UsuallyReliable => 0.8m,
            SourceReliability.FairlyReliable => 0.6m,
            SourceReliability.NotUsuallyReliable => 0.4m,
            SourceReliability.Unreliable => 0.2m,
            _ => 0.5m,
        };
        return input.IsLowConfidence ? weight / 2 : weight;
    }

    /// <inheritdoc />
    protected override MergeResult MergeCore(ImmutableArray<MergeInput> inputs, Unit? unit)
    {
        var pooled = new List<(MergeInput Input, double Low, double Mode, double High, double Weight, bool Triangular)>();
        var outcomes = new List<InputOutcome>();
        foreach (var input in inputs)
        {
            if (input.Value is not { Lower: { } l, Upper: { } u } value)
            {
                outcomes.Add(new InputOutcome(input.Id, InputRole.Excluded, "open on a side, so it has no distribution to pool"));
                continue;
            }
            bool triangular = value.Best is not null && l.Value != u.Value;
            double mode = (double)(value.Best ?? l.Value);
            pooled.Add((input, (double)l.Value, mode, (double)u.Value, (double)WeightOf(input), triangular));
            outcomes.Add(new InputOutcome(input.Id, InputRole.Contributed,
                string.Create(CultureInfo.InvariantCulture, $"{(l.Value == u.Value ? "point mass" : triangular ? "triangular" : "uniform")}, weight {WeightOf(input)}")));
        }
        if (pooled.Count == 0)
        {
            return Result(null, outcomes, [Diagnostic.Create(ReconciliationDiagnostics.NoQualifyingInput, inputs.Select(i => i.Id), [], Name, "every input is open on a side")]);
        }
        double totalWeight = pooled.Sum(p => p.Weight);
        double min = pooled.Min(p => p.Low), max = pooled.Max(p => p.High);
        double Cdf(double x)
        {
            double sum = 0;
            foreach (var p in pooled)
            {
                sum += p.Weight * ComponentCdf(x, p.Low, p.Mode, p.High, p.Triangular);
            }
            return sum / totalWeight;
        }
        double Quantile(double q)
        {
            double lo = min, hi = max;
            for (int i = 0; i < BisectionSteps && lo < hi; i++)
            {
                double mid = lo + ((hi - lo) / 2);
                if (mid <= lo || mid >= hi)
                {
                    break;
                }
                if (Cdf(mid) >= q)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid;
                }
            }
            return hi;
        }
        bool whole = unit?.Dimension == Dimension.Count;
        decimal Round(double x) => Math.Round((decimal)x, whole ? 0 : 4, MidpointRounding.AwayFromZero);
        decimal low = Round(Quantile(LowQuantile)), median = Round(Quantile(0.5)), high = Round(Quantile(HighQuantile));
        return Result(RangedValue.Between(low, high, median), outcomes, []);
    }

    private static double ComponentCdf(double x, double low, double mode, double high, bool triangular)
    {
        if (x < low)
        {
            return 0;
        }
        if (x >= high)
        {
            return 1;
        }
        if (!triangular)
        {
            return (x - low) / (high - low);
        }
        double width = high - low;
        return x <= mode
            ? (mode == low ? 0 : (x - low) * (x - low) / (width * (mode - low)))
            : 1 - ((high - x) * (high - x) / (width * (high - mode)));
    }
}
