namespace ConflictData.Serialization;

/// <summary>The JSON shape of a <see cref="Quantity"/>: its <see cref="RangedValue"/> flattened beside the unit code.</summary>
internal sealed class QuantityDto
{
    public BoundDto? Lower { get; set; }

    public BoundDto? Upper { get; set; }

    public decimal? Best { get; set; }

    public string? Unit { get; set; }

    internal static QuantityDto From(Quantity quantity) => new()
    {
        Lower = BoundDto.From(quantity.Value.Lower),
        Upper = BoundDto.From(quantity.Value.Upper),
        Best = quantity.Value.Best,
        Unit = quantity.Unit.Code,
    };

    internal Quantity ToModel(JsonPath path)
    {
        var lower = Lower?.ToModel(path.Member("lower"));
        var upper = Upper?.ToModel(path.Member("upper"));
        var value = JsonReadErrors.Build(path, () => new RangedValue(lower, upper, Best), "lower", "best");
        var unitPath = path.Member("unit");
        string code = JsonReadErrors.Required(Unit, unitPath);
        var unit = JsonReadErrors.Build(unitPath, () => ConflictData.Unit.Parse(code).Value);
        return JsonReadErrors.Build(path, () => new Quantity(value, unit));
    }
}
