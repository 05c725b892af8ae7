using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Provenance;

public class SourceTests
{
    public static TheoryData<Source, string> Forms => new()
    {
        { new Source(SourceKind.Outlet, "RNZ"), "RNZ" },
        { new Source(SourceKind.Person, "António Guterres", role: "UN Secretary-General"), "António Guterres (UN Secretary-General)" },
        { new Source(SourceKind.Organisation, "Global Coalition", when: DateRange.Month(2018, 7)), "Global Coalition in 2018-07" },
        { new Source(SourceKind.Report, "report to the Security Council", organisation: "United Nations", when: DateRange.Month(2019, 2)), "report to the Security Council (United Nations) in 2019-02" },
        { new Source(SourceKind.Person, "Nicholas Rasmussen", "Director of the US National Counterterrorism Center", "NCTC", DateRange.Day(new NodaTime.LocalDate(2017, 7, 21))), "Nicholas Rasmussen (Director of the US National Counterterrorism Center, NCTC) in 2017-07-21" },
        { new Source(SourceKind.Group, "a senior US intelligence official"), "a senior US intelligence official" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void ToString_NamesRoleOrganisationAndWhen(Source source, string expected) => Assert.Equal(expected, source.ToString());

    [Fact]
    public void Construction_KeepsEveryPart()
    {
        var source = new Source(SourceKind.Person, "James Jeffrey", "US Special Envoy", "US State Department", DateRange.Month(2019, 3));
        Assert.Equal(SourceKind.Person, source.Kind);
        Assert.Equal("James Jeffrey", source.Name);
        Assert.Equal("US Special Envoy", source.Role);
        Assert.Equal("US State Department", source.Organisation);
        Assert.Equal(DateRange.Month(2019, 3), source.When);
    }

    [Theory]
    [InlineData("", null, null, "name")]
    [InlineData(" RNZ", null, null, "name")]
    [InlineData("RNZ", "", null, "role")]
    [InlineData("RNZ", "editor ", null, "role")]
    [InlineData("RNZ", null, "  ", "organisation")]
    public void Construction_BlankOrPaddedText_IsRejectedByName(string name, string? role, string? organisation, string paramName)
    {
        var e = Assert.Throws<ArgumentException>(() => new Source(SourceKind.Person, name, role, organisation));
        Assert.Equal(paramName, e.ParamName);
        Assert.Contains($"{paramName} must not", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NullName_IsRejected() =>
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new Source(SourceKind.Outlet, null!)).ParamName);

    [Fact]
    public void Construction_UndefinedKind_IsRejectedNamingKind()
    {
        var e = Assert.Throws<ArgumentException>(() => new Source((SourceKind)42, "RNZ"));
        Assert.Equal("kind", e.ParamName);
        Assert.Contains("42 is not a defined SourceKind; expected one of Outlet, Person, Group, Organisation, Report", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IsComponentWiseAndOrdinal_AndHashesAgree()
    {
        Source Build(string org) => new(SourceKind.Person, "António Guterres", "UN Secretary-General", org, DateRange.Month(2019, 2));
        Assert.Equal(Build("United Nations"), Build("United Nations"));
        Assert.Equal(Build("United Nations").GetHashCode(), Build("United Nations").GetHashCode());
        Assert.True(Build("United Nations") != Build("united nations"));
        Assert.NotEqual(new Source(SourceKind.Outlet, "RNZ"), new Source(SourceKind.Organisation, "RNZ"));
        Assert.NotEqual(new Source(SourceKind.Outlet, "RNZ"), new Source(SourceKind.Outlet, "RNZ", when: DateRange.Year(2019)));
        Assert.Single(new HashSet<Source> { Build("UN"), Build("UN") });
    }

    [Fact]
    public void ToString_IsCultureInvariant() =>
        CultureScope.AssertInvariant(() => new Source(SourceKind.Report, "İnspector report", when: DateRange.Month(2019, 1)).ToString());
}
