using System;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Dates;

public class DateMentionTests
{
    private static readonly ParseResult<ReferenceTime> July2018 = DateParser.Default.Parse("July 2018", null);

    [Fact]
    public void Construction_TextNotMatchingTheSpan_NamesBothLengths()
    {
        var e = Assert.Throws<ArgumentException>(() => new DateMention(new TextSpan(5, 3), "July 2018", July2018));
        Assert.Equal("text", e.ParamName);
        Assert.Contains("9 characters long but the span [5..8) covers 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_Nulls_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => new DateMention(new TextSpan(0, 9), null!, July2018));
        Assert.Throws<ArgumentNullException>(() => new DateMention(new TextSpan(0, 9), "July 2018", null!));
    }

    [Fact]
    public void Equality_IsComponentWise_AndToStringShowsSpanTextAndResolution()
    {
        var a = new DateMention(new TextSpan(3, 9), "July 2018", July2018);
        Assert.Equal(a, new DateMention(new TextSpan(3, 9), "July 2018", July2018));
        Assert.NotEqual(a, new DateMention(new TextSpan(4, 9), "July 2018", July2018));
        Assert.Equal("[3..12) \"July 2018\" \u2192 during 2018-07", a.ToString());
    }
}
