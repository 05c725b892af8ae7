using System;
using System.IO;
using System.Linq;
using NodaTime;

using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Documentation;

/// <summary>The README's model example, compiled and checked here so the README cannot drift from the API.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_GuterresEstimate_ReadsBackAsStated()
    {
        // README: begin model example
        var rnz = PublicationTime.Exact(
            new LocalDateTime(2019, 3, 24, 19, 25).InZoneStrictly(DateTimeZoneProviders.Tzdb["Pacific/Auckland"]));

        var guterres = new Estimate(
            id: "004-guterres-militants",
            quantity: new Quantity(RangedValue.Between(14_000, 18_000), Unit.Person),
            measurand: new Measurand(Indicator.Fighters, actor: "IS", places: [CountryCode.Iraq, CountryCode.Syria]),
            hedge: Hedge.Recognize("between … and"),
            noun: "militants",
            referenceTime: ReferenceTime.During(DateRange.Month(2019, 2)),
            published: rnz,
            sources: [new SourceChain(
                new Source(SourceKind.Outlet, "RNZ"),
                new Source(SourceKind.Person, "António Guterres", role: "UN Secretary-General"),
                new Source(SourceKind.Report, "report to the Security Council", organisation: "United Nations",
                    when: DateRange.Month(2019, 2)))]);

        // "between 14,000 and 18,000 militants"
        string said = guterres.ToString();
        // "RNZ → António Guterres (UN Secretary-General) → report to the Security Council (United Nations) in 2019-02"
        string chain = guterres.Sources[0].ToString();
        // README: end model example

        Assert.Equal("between 14,000 and 18,000 militants", said);
        Assert.Equal("RNZ → António Guterres (UN Secretary-General) → report to the Security Council (United Nations) in 2019-02", chain);
        Assert.True(guterres.Quantity.Value.Contains(16_000));
        Assert.Equal(new LocalDate(2019, 3, 24), guterres.Published!.Date);
    }

    [Fact]
    public void Readme_ShowsTheCompiledExample()
    {
        string root = RepositoryPaths.Root;
        var source = File.ReadAllLines(Path.Combine(root, "tests", "ConflictData.Tests", "Documentation", "ReadmeExampleTests.cs"));
        int begin = Array.FindIndex(source, l => l.Trim() == "// README: begin model example");
        int end = Array.FindIndex(source, l => l.Trim() == "// README: end model example");
        var example = source[(begin + 1)..end].Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        Assert.Contains(string.Join("\n", example), readme, StringComparison.Ordinal);
    }
}
