namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="Bound"/>: <c>{ "value": 14000, "inclusive": true }</c>.</summary>
internal sealed class BoundDto
{
    public decimal? Value { get; set; }

    public bool? Inclusive { get; set; }

    internal static BoundDto? From(Bound? bound) =>
        bound is { } b ? new BoundDto { Value = b.Value, Inclusive = b.IsInclusive } : null;

    internal Bound ToModel(JsonPath path) =>
        new(JsonReadErrors.Required(Value, path.Member("value")), JsonReadErrors.Required(Inclusive, path.Member("inclusive")));
}
