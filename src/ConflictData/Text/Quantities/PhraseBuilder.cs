using System;

namespace ConflictData.Text;

/// <summary>What the grammar has read of one phrase so far, and how it becomes a <see cref="QuantityPhrase"/>.</summary>
internal struct PhraseBuilder
{
    internal Amount A;
    internal int LeadingHedgeFirst;
    internal int LeadingHedgeLast;
    internal string? TrailingHedge;
    internal Amount? B;
    internal bool IsVague;

    /// <summary>The leading digits a vague quantity's words name ("the low thousands"), or none.</summary>
    internal LeadingDigits VagueDigits;
    internal bool Falling;
    internal bool HasPrefixHedge;
    internal bool HasPostfixHedge;
    internal HedgeKinds Kinds;
    internal HedgeKinds SecondKinds;

    /// <summary>The hedge of a range's far end alone ("between 500 and more than 1,000"), or none.</summary>
    internal HedgeKinds EndKinds;
    internal Unit? Unit;
    internal string? Currency;
    internal Unit? NounUnit;
    internal string? Noun;

    /// <summary>The period of a rate read after the figure or its noun ("a month", "per day"), if any.</summary>
    internal TimeUnit? Period;

    public PhraseBuilder()
    {
        LeadingHedgeFirst = -1;
        LeadingHedgeLast = -1;
    }

    internal readonly bool IsPercent => Unit == ConflictData.Unit.Percent;

    /// <summary>A prefix hedge on one number with a noun ("upwards of 30,000 civilians") may be shared by the next item of a list.</summary>
    internal readonly bool IsShareableHedge => HasPrefixHedge && B is null && !IsVague && Noun is not null;

    /// <summary>Hedge words before the number, kept as a token range so that failed attempts allocate nothing.</summary>
    internal void AddLeadingHedge(int first, int last, HedgeKinds kinds)
    {
        LeadingHedgeFirst = LeadingHedgeFirst < 0 ? first : LeadingHedgeFirst;
        LeadingHedgeLast = last;
        Kinds |= kinds;
    }

    /// <summary>Hedge words read once the numbers are: "between … and", "… or so", "… and up to".</summary>
    internal void AddTrailingHedge(string text, HedgeKinds kinds)
    {
        TrailingHedge = TrailingHedge is null ? text : TrailingHedge + " " + text;
        Kinds |= kinds;
    }

    /// <summary>Whether both numbers still fit a decimal once multiplied by <paramref name="factor"/>.</summary>
    internal readonly bool FitsScaledBy(decimal factor) => A.FitsScaledBy(factor) && (B is not { } b || b.FitsScaledBy(factor));

    internal readonly bool AllowsSingularNoun(bool strict) => strict && B is null && !IsVague && A.Value == 1;

    internal readonly bool RangeIsReversed()
    {
        var copy = this;
        copy.CarryAcrossRange();
        return copy.B is { } b && copy.A.Value > b.Value;
    }

    internal bool TryAddCurrency(string code)
    {
        if (Currency is not null && Currency != code)
        {
            return false;
        }
        Currency = code;
        return true;
    }

    /// <summary>Gathers the currency from both ends and the unit words; fails when they disagree or money is a percent.</summary>
    internal bool TryResolveCurrency()
    {
        CarryAcrossRange();
        if ((A.Currency is { } a && !TryAddCurrency(a)) || (B?.Currency is { } b && !TryAddCurrency(b)))
        {
            return false;
        }
        return Currency is null || Unit is null;
    }

    /// <summary>"between £39m-231m", "between 2 and 3 million": the multiplier of the upper end applies to a bare lower end.</summary>
    private void CarryAcrossRange()
    {
        if (B is not { } b)
        {
            return;
        }
        if (b.HasMultiplier && !A.HasMultiplier && A.Raw <= b.Raw && A.Raw <= Amount.Largest / b.Multiplier)
        {
            A.Multiplier = b.Multiplier;
            A.HasMultiplier = true;
        }
        if (A.HasMultiplier && !b.HasMultiplier && b.Raw <= A.Raw && b.Raw <= Amount.Largest / A.Multiplier)
        {
            b.Multiplier = A.Multiplier;
            b.HasMultiplier = true;
            B = b;
        }
    }

    /// <summary>The two bounds of "more than A and up to B" (in either order), or false when they admit no number.</summary>
    internal readonly bool TryBoundsOfPair(out Bound lower, out Bound upper)
    {
        var first = Kinds & ~SecondKinds;
        bool firstIsLower = QuantityGrammar.IsLowerHedge(first);
        var (low, lowKinds, high, highKinds) = firstIsLower ? (A.Value, first, B!.Value.Value, SecondKinds) : (B!.Value.Value, SecondKinds, A.Value, first);
        lower = new Bound(low, (lowKinds & HedgeKinds.AtLeast) != 0);
        upper = new Bound(high, (highKinds & HedgeKinds.UpTo) != 0);
        return low < high || (low == high && lower.IsInclusive && upper.IsInclusive);
    }

    internal readonly bool TryBuild(IApproximationPolicy policy, decimal? best, string? hedgeText, out QuantityPhrase phrase)
    {
        phrase = null!;
        RangedValue value;
        if (B is not null && SecondKinds != HedgeKinds.None)
        {
            if (!TryBoundsOfPair(out var lower, out var upper))
            {
                return false;
            }
            value = new RangedValue(lower, upper);
        }
        else if (B is { } end)
        {
            // With a hedged far end the range runs from its first number to where that hedge leaves it: open after "more than".
            // A range of shares may name the larger first ("between one in three and one in four"); the stated figure keeps the order.
            (decimal low, decimal high) = A.Share && end.Value < A.Value ? (end.Value, A.Value) : (A.Value, end.Value);
            if (!RangedValue.TryCreate(Bound.Inclusive(low), EndKinds == HedgeKinds.None ? Bound.Inclusive(high) : policy.Interpret(high, EndKinds).Upper,
                    null, out var range, out _))
            {
                return false;
            }
            value = range;
        }
        else
        {
            value = Kinds == HedgeKinds.None ? RangedValue.Exact(A.Value)
                : VagueDigits.IsNamed ? VagueDigits.At(A.Value)
                : A.Share ? InterpretShare(policy, A.Value, Kinds) : policy.Interpret(A.Value, Kinds);
        }
        if (Falling && IsPercent)
        {
            value = Negate(value);
        }
        if (best is { } stated)
        {
            if (!RangedValue.TryCreate(value.Lower, value.Upper, stated, out var withBest, out _))
            {
                return false;
            }
            value = withBest;
        }
        var unit = Unit ?? (Currency is not null ? ConflictData.Unit.Money(new Currency(Currency)) : NounUnit);
        if (Period is { } period)
        {
            if (unit is not null && unit.Dimension is not (Dimension.Money or Dimension.Count))
            {
                return false;
            }
            unit = unit is null ? ConflictData.Unit.PerPeriod(period) : ConflictData.Unit.PerPeriod(unit, period);
        }
        if (unit is not null && !unit.CanHold(value))
        {
            return false;
        }
        var hedge = hedgeText is null ? Hedge.None : new Hedge(hedgeText, Kinds);
        var figure = IsVague ? null : B is { } second ? new StatedFigure(A.Value, second.Value) : new StatedFigure(A.Value);
        phrase = new QuantityPhrase(value, unit, hedge, Noun, figure);
        return true;
    }

    /// <summary>
    /// A hedged share read at the precision English states shares with, one significant digit: "about a third" is as
    /// wide as "about 30 percent" and "about half" ([0.283, 0.383], not 0.3333… ± 5·10⁻²⁹), and "nearly a quarter" as
    /// "nearly 20 percent", moved onto the share ([0.2, 0.25)). The policy interprets the share's leading digit, and
    /// its range is moved by the digits dropped, so a share one digit states exactly ("half", "one in five") reads as
    /// the policy says.
    /// </summary>
    internal static RangedValue InterpretShare(IApproximationPolicy policy, decimal share, HedgeKinds kinds)
    {
        if (share <= 0)
        {
            return policy.Interpret(share, kinds);
        }
        decimal step = 1;
        while (share < step)
        {
            step /= 10;
        }
        while (share >= step * 10)
        {
            step *= 10;
        }
        // The leading digit alone: its place is the step the policy reads, whatever the digits after it.
        decimal leading = decimal.Truncate(share / step) * step;
        return Shift(policy.Interpret(leading, kinds), share - leading);
    }

    private static RangedValue Shift(RangedValue value, decimal by) => by == 0 ? value : new(
        value.Lower is { } l ? new Bound(l.Value + by, l.IsInclusive) : null,
        value.Upper is { } u ? new Bound(u.Value + by, u.IsInclusive) : null,
        value.Best + by);

    private static RangedValue Negate(RangedValue value) => new(
        value.Upper is { } u ? new Bound(-u.Value, u.IsInclusive) : null,
        value.Lower is { } l ? new Bound(-l.Value, l.IsInclusive) : null,
        -value.Best);
}
