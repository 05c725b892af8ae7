namespace ConflictData;

/// <summary>
/// Turns one stated number and its hedge into a <see cref="RangedValue"/>: the single, replaceable place where
/// "some 40,000" becomes a range. Ranges stated with two numbers ("between 14,000 and 18,000") need no policy.
/// </summary>
/// <remarks>Implementations must be thread-safe and must return a range that is the same for the same arguments.</remarks>
public interface IApproximationPolicy
{
    /// <summary>Interprets <paramref name="stated"/> under <paramref name="hedge"/>.</summary>
    /// <param name="stated">The number as stated, for example 40000 for "some 40,000".</param>
    /// <param name="hedge">What the hedge words say.</param>
    /// <returns>The range the hedged number stands for.</returns>
    RangedValue Interpret(decimal stated, HedgeKinds hedge);
}
