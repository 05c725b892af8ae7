using System;
using System.Collections.Generic;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Provenance;

public class SourceChainTests
{
    private static readonly Source Rnz = new(SourceKind.Outlet, "RNZ");
    private static readonly Source Guterres = new(SourceKind.Person, "António Guterres", role: "UN Secretary-General");
    private static readonly Source Report = new(SourceKind.Report, "report to the Security Council", organisation: "United Nations", when: DateRange.Month(2019, 2));

    [Fact]
    public void Chain_RunsFromPublisherToOrigin()
    {
        var chain = new SourceChain(Rnz, Guterres, Report);
        Assert.Equal(3, chain.Links.Length);
        Assert.Same(Rnz, chain.Publisher);
        Assert.Same(Report, chain.Origin);
        Assert.Equal("RNZ → António Guterres (UN Secretary-General) → report to the Security Council (United Nations) in 2019-02", chain.ToString());
    }

    [Fact]
    public void Chain_OfOneLink_IsPublisherAndOrigin()
    {
        var chain = new SourceChain(new List<Source> { Rnz });
        Assert.Same(chain.Publisher, chain.Origin);
        Assert.Equal("RNZ", chain.ToString());
    }

    [Fact]
    public void Construction_NoLinks_IsRejectedNamingLinks()
    {
        var e = Assert.Throws<ArgumentException>(() => new SourceChain());
        Assert.Equal("links", e.ParamName);
        Assert.Contains("at least one link", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NullLink_IsRejectedNamingLinks()
    {
        var e = Assert.Throws<ArgumentException>(() => new SourceChain(Rnz, null!));
        Assert.Equal("links", e.ParamName);
        Assert.Contains("null link", e.Message, StringComparison.Ordinal);
        Assert.Equal("links", Assert.Throws<ArgumentNullException>(() => new SourceChain((IEnumerable<Source>)null!)).ParamName);
    }

    [Fact]
    public void Construction_CopiesTheLinks()
    {
        var links = new List<Source> { Rnz };
        var chain = new SourceChain(links);
        links.Add(Guterres);
        Assert.Single(chain.Links);
    }

    [Fact]
    public void Equality_IsLinkByLinkInOrder_AndHashesAgree()
    {
        Assert.Equal(new SourceChain(Rnz, Guterres), new SourceChain(new List<Source> { Rnz, Guterres }));
        Assert.Equal(new SourceChain(Rnz, Guterres).GetHashCode(), new SourceChain(Rnz, Guterres).GetHashCode());
        Assert.True(new SourceChain(Rnz, Guterres) != new SourceChain(Guterres, Rnz));
        Assert.True(new SourceChain(Rnz) != new SourceChain(Rnz, Guterres));
        Assert.Single(new HashSet<SourceChain> { new(Rnz, Guterres), new(Rnz, Guterres) });
    }

    [Fact]
    public void ToString_IsCultureInvariant() => CultureScope.AssertInvariant(() => new SourceChain(Rnz, Guterres, Report).ToString());
}
