using System;
using System.Collections.Generic;
using System.Linq;
using ConflictData.Tests.Infrastructure;

namespace ConflictData.Tests.Text;

public class TextSpanTests
{
    [Fact]
    public void Span_HasStartLengthAndExclusiveEnd()
    {
        var span = new TextSpan(4417, 35);
        Assert.Equal(4417, span.Start);
        Assert.Equal(35, span.Length);
        Assert.Equal(4452, span.End);
        Assert.False(span.IsEmpty);
        Assert.True(new TextSpan(3, 0).IsEmpty);
        Assert.Equal(span, TextSpan.FromBounds(4417, 4452));
        Assert.Equal("[4417..4452)", span.ToString());
    }

    [Fact]
    public void Construction_NegativeStart_IsRejectedNamingStart()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(-1, 3));
        Assert.Equal("start", e.ParamName);
        Assert.Contains("Actual value was -1.", e.Message, StringComparison.Ordinal);
        Assert.Contains("start must be 0 or more", e.Message, StringComparison.Ordinal);
        Assert.Equal("start", Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(-1, 3)).ParamName);
    }

    [Fact]
    public void Construction_NegativeLength_IsRejectedNamingLength() =>
        Assert.Contains("length must be 0 or more", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(0, -1)).Message, StringComparison.Ordinal);

    [Fact]
    public void Construction_EndPastIntMax_IsRejected() =>
        Assert.Contains("overflows", Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(int.MaxValue, 1)).Message, StringComparison.Ordinal);

    [Fact]
    public void FromBounds_EndBeforeStart_IsRejectedNamingEnd()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(10, 9));
        Assert.Equal("end", e.ParamName);
        Assert.Contains("must not be before its start (10)", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    [InlineData(14, true)]
    [InlineData(15, false)]
    public void Contains_Position_ExcludesTheEnd(int position, bool expected) =>
        Assert.Equal(expected, new TextSpan(10, 5).Contains(position));

    public static TheoryData<TextSpan, TextSpan, bool, bool, TextSpan?> Pairs => new()
    {
        // a, b, a contains b, a overlaps b, intersection
        { TextSpan.FromBounds(10, 20), TextSpan.FromBounds(12, 15), true, true, TextSpan.FromBounds(12, 15) },
        { TextSpan.FromBounds(10, 20), TextSpan.FromBounds(15, 25), false, true, TextSpan.FromBounds(15, 20) },
        { TextSpan.FromBounds(10, 20), TextSpan.FromBounds(20, 25), false, false, TextSpan.FromBounds(20, 20) },
        { TextSpan.FromBounds(10, 20), TextSpan.FromBounds(21, 25), false, false, null },
        { TextSpan.FromBounds(10, 20), TextSpan.FromBounds(10, 20), true, true, TextSpan.FromBounds(10, 20) },
        { TextSpan.FromBounds(10, 20), TextSpan.FromBounds(20, 20), true, false, TextSpan.FromBounds(20, 20) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void ContainsOverlapsAndIntersection_FollowRoslyn(TextSpan a, TextSpan b, bool contains, bool overlaps, TextSpan? intersection)
    {
        Assert.Equal(contains, a.Contains(b));
        Assert.Equal(overlaps, a.OverlapsWith(b));
        Assert.Equal(overlaps, b.OverlapsWith(a));
        Assert.Equal(intersection, a.Intersection(b));
        Assert.Equal(intersection, b.Intersection(a));
    }

    [Fact]
    public void Order_IsByStartThenLength()
    {
        var spans = new[] { new TextSpan(5, 2), new TextSpan(1, 9), new TextSpan(5, 1) };
        Assert.Equal([new TextSpan(1, 9), new TextSpan(5, 1), new TextSpan(5, 2)], spans.Order().ToArray());
        Assert.True(new TextSpan(1, 9) < new TextSpan(5, 1));
        Assert.True(new TextSpan(5, 2) > new TextSpan(5, 1));
        Assert.True(new TextSpan(5, 2) >= new TextSpan(5, 2) && new TextSpan(5, 2) <= new TextSpan(5, 2));
        Assert.Equal(0, new TextSpan(5, 2).CompareTo(TextSpan.FromBounds(5, 7)));
    }

    [Fact]
    public void Equality_IsByStartAndLength_AndHashesAgree()
    {
        Assert.True(new TextSpan(3, 4) == TextSpan.FromBounds(3, 7));
        Assert.True(new TextSpan(3, 4) != new TextSpan(3, 5));
        Assert.Equal(new TextSpan(3, 4).GetHashCode(), TextSpan.FromBounds(3, 7).GetHashCode());
        Assert.False(new TextSpan(3, 4).Equals((object)"[3..7)"));
        Assert.Single(new HashSet<TextSpan> { new(3, 4), TextSpan.FromBounds(3, 7) });
    }

    [Fact]
    public void ToStringAndErrors_AreCultureInvariant()
    {
        CultureScope.AssertInvariant(() => new TextSpan(12_345, 678).ToString());
        CultureScope.AssertInvariant(() => Assert.Throws<ArgumentOutOfRangeException>(() => TextSpan.FromBounds(12_345, 1)).Message);
    }
}
