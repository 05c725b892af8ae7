using NodaTime.Text;

namespace ConflictData.Serialization;

/// <summary>Reads and writes a NodaTime value through one of NodaTime's own text patterns.</summary>
/// <typeparam name="T">The NodaTime value type.</typeparam>
internal abstract class NodaPatternJsonConverter<T> : IsoTextJsonConverter<T>
{
    private readonly IPattern<T> pattern;

    /// <summary>Creates a converter that formats and parses with <paramref name="pattern"/>.</summary>
    protected NodaPatternJsonConverter(IPattern<T> pattern, string expected)
    {
        this.pattern = pattern;
        Expected = expected;
    }

    protected override string Expected { get; }

    protected override string Format(T value) => pattern.Format(value);

    protected override bool TryParse(string text, out T value, out string? error)
    {
        var result = pattern.Parse(text);
        error = result.Success ? null : result.Exception.Message;
        return result.TryGetValue(default!, out value);
    }
}
