using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConflictData.Tests.Documents;

public class DocumentTests
{
    private static readonly DocumentId Id = new("doc");

    private static Document Seed(string prefix) => SeedCorpus.Documents.Single(d => d.Id.Value.StartsWith(prefix, StringComparison.Ordinal));

    private static string SentenceAround(Document document, string quote) =>
        document.GetSentence(new TextSpan(document.Text.IndexOf(quote, StringComparison.Ordinal), quote.Length));

    [Fact]
    public void Construction_WithoutMetadata_StillWorksAsBefore()
    {
        var document = new Document(Id, "Some 40,000 fighters.");
        Assert.Null(document.Title);
        Assert.Null(document.Outlet);
        Assert.Null(document.Language);
        Assert.Empty(document.NonBody);
    }

    [Fact]
    public void Construction_SortsNonBodyRegionsByStart()
    {
        var document = new Document(Id, "Headline\nBody.\nCaption", nonBody:
            [new NonBodyRegion(new TextSpan(15, 7), NonBodyKind.PhotoCaption), new NonBodyRegion(new TextSpan(0, 8), NonBodyKind.Headline)]);
        Assert.Equal([NonBodyKind.Headline, NonBodyKind.PhotoCaption], document.NonBody.Select(r => r.Kind));
    }

    [Fact]
    public void Construction_OverlappingRegions_AreRejectedNamingBoth()
    {
        var e = Assert.Throws<ArgumentException>(() => new Document(Id, "0123456789", nonBody:
            [new NonBodyRegion(new TextSpan(0, 5), NonBodyKind.Headline), new NonBodyRegion(new TextSpan(4, 3), NonBodyKind.Tags)]));
        Assert.Equal("nonBody", e.ParamName);
        Assert.Contains("[0..5)", e.Message, StringComparison.Ordinal);
        Assert.Contains("[4..7)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_RegionPastTheText_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Document(Id, "short", nonBody: [new NonBodyRegion(new TextSpan(3, 5), NonBodyKind.Tags)]));

    [Fact]
    public void Construction_DefaultRegion_IsRejected() =>
        Assert.Throws<ArgumentException>(() => new Document(Id, "text", nonBody: [default]));

    [Theory]
    [InlineData("")]
    [InlineData("e")]
    [InlineData("en-")]
    [InlineData("en us")]
    [InlineData("1en")]
    [InlineData("English")]
    [InlineData("en--us")]
    [InlineData("en-toolongsubtag")]
    public void Construction_MalformedLanguage_IsRejected(string language)
    {
        var e = Assert.Throws<ArgumentException>(() => new Document(Id, "text", language: language));
        Assert.Equal("language", e.ParamName);
        Assert.Contains("is not a language tag", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("EN")]
    [InlineData("pt-BR")]
    [InlineData("zh-Hant-TW")]
    [InlineData("ckb")]
    public void Construction_LanguageTag_IsKeptAsGiven(string language) =>
        Assert.Equal(language, new Document(Id, "text", language: language).Language);

    [Theory]
    [InlineData(" Padded")]
    [InlineData("   ")]
    public void Construction_BlankOrPaddedTitle_IsRejected(string title) =>
        Assert.Throws<ArgumentException>(() => new Document(Id, "text", title: title));

    [Fact]
    public void Equality_IncludesTheMetadata()
    {
        var plain = new Document(Id, "text");
        Assert.Equal(plain, new Document(Id, "text"));
        Assert.NotEqual(plain, new Document(Id, "text", title: "Title"));
        Assert.NotEqual(plain, new Document(Id, "text", nonBody: [new NonBodyRegion(new TextSpan(0, 4), NonBodyKind.Tags)]));
    }

    [Fact]
    public void IsInBody_IsFalseForASpanTouchingAPhotoCaption()
    {
        var rnz = Seed("004");
        var caption = rnz.NonBody.First(r => r.Kind == NonBodyKind.PhotoCaption).Span;
        Assert.False(rnz.IsInBody(new TextSpan(caption.End - 1, 5)));
        Assert.True(rnz.IsInBody(new TextSpan(caption.End, 1)));
        Assert.Equal(NonBodyKind.PhotoCaption, rnz.FindNonBodyRegion(caption)!.Value.Kind);
    }

    [Fact]
    public void SeedDocuments_MarkTheirPageFurniture()
    {
        Assert.Equal("Get the RNZ app\n\nfor ad-free news and current affairs",
            Seed("004").GetText(Seed("004").NonBody.Single(r => r.Kind == NonBodyKind.AppPromotion).Span));
        Assert.Equal("leave a reply:", Seed("001").GetText(Seed("001").NonBody.Single(r => r.Kind == NonBodyKind.Comments).Span));
        Assert.StartsWith("Tags: ", Seed("000").GetText(Seed("000").NonBody.Single(r => r.Kind == NonBodyKind.Tags).Span), StringComparison.Ordinal);
        Assert.StartsWith("Comments\n", Seed("000").GetText(Seed("000").NonBody.Single(r => r.Kind == NonBodyKind.Comments).Span), StringComparison.Ordinal);
        Assert.Equal("TOPICS:\nAfghanistan caliphate isis Pakistan", Seed("003").GetText(Seed("003").NonBody.Single(r => r.Kind == NonBodyKind.Tags).Span));
    }

    [Fact]
    public void SeedDocuments_HaveOutletTitleAndLanguage()
    {
        Assert.Equal(["Rudaw", "VOA", "VOA (republished)", "AFP (republished)", "RNZ"], SeedCorpus.Documents.Select(d => d.Outlet));
        Assert.All(SeedCorpus.Documents, d => Assert.Equal("en", d.Language));
        Assert.Equal("Caliphate defeated but IS remains a threat", Seed("004").Title);
        Assert.StartsWith("[", Seed("002").Title, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedDocuments_ArePublishedAsPreciselyAsTheTextsAllow()
    {
        Assert.Equal(PublicationTimeKind.Exact, Seed("004").Published!.Kind);
        Assert.Equal("2019-03-24T19:25:00 Pacific/Auckland (+13)", Seed("004").Published!.ToString());
        Assert.Equal(new NodaTime.LocalDate(2017, 7, 22), Seed("000").Published!.Date);
        Assert.Equal(PublicationTimeKind.Bounded, Seed("001").Published!.Kind);
        Assert.Contains("this past March", Seed("001").Published!.Reasoning, StringComparison.Ordinal);
        Assert.Equal(new NodaTime.LocalDate(2017, 10, 31), Seed("002").Published!.Latest);
        Assert.Contains("April 30 , 2019", Seed("003").Published!.Reasoning, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSentence_DoesNotStopAtUsOrUnAbbreviations()
    {
        Assert.Equal(
            "Intelligence from U.N. member states anticipates that “comeback” will take place in the Syrian and Iraqi heartlands, where IS has the majority of its estimated 10,000 to 15,000 fighters, many in clandestine cells.",
            SentenceAround(Seed("001"), "10,000 to 15,000"));
        Assert.Equal(
            "U.S. counterterror officials estimate that more than 45,000 fighters from 110 countries flocked to Syria and Iraq, almost all to fight for IS.",
            SentenceAround(Seed("001"), "45,000"));
        Assert.Equal(
            "The fall of IS’s Syrian capital this month has been heralded as a crushing blow to the group’s aspirations, with U.S. President Donald Trump calling it a “critical breakthrough.”",
            SentenceAround(Seed("002"), "this month"));
    }

    [Fact]
    public void GetSentence_EndsAtAClosingQuoteAndStartsAfterThePreviousSentence() =>
        Assert.Equal("\"Baghdadi is definitely alive.", SentenceAround(Seed("000"), "definitely"));

    [Fact]
    public void GetSentence_StopsAtALineBreak() =>
        Assert.Equal("“Very much unanticipated,” a senior U.S.", SentenceAround(Seed("001"), "unanticipated"));

    [Theory]
    [InlineData("Gen. Votel said so. Next.", "Votel", "Gen. Votel said so.")]
    [InlineData("He met Mr. Smith. Then he left.", "Smith", "He met Mr. Smith.")]
    [InlineData("It cost $2.5 million. Then more.", "2.5", "It cost $2.5 million.")]
    [InlineData("Ask J. Doe now. Later.", "Doe", "Ask J. Doe now.")]
    [InlineData("First one. Second one! Third?", "Second", "Second one!")]
    [InlineData("It was about 5 p.m. on Friday. Next.", "Friday", "It was about 5 p.m. on Friday.")]
    [InlineData("No end at all", "end", "No end at all")]
    public void GetSentence_HandlesAbbreviationsInitialsAndDecimals(string text, string word, string expected)
    {
        var document = new Document(Id, text);
        Assert.Equal(expected, document.GetSentence(new TextSpan(text.IndexOf(word, StringComparison.Ordinal), word.Length)));
    }

    [Fact]
    public void GetSentence_SpanAcrossTwoSentences_CoversBoth()
    {
        var document = new Document(Id, "One here. Two there. Three.");
        Assert.Equal("One here. Two there.", document.GetSentence(TextSpan.FromBounds(4, 12)));
    }

    [Fact]
    public void GetSentence_SpanPastTheEnd_IsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Document(Id, "short").GetSentence(new TextSpan(2, 10)));

    [Property(MaxTest = 2000)]
    public Property GetSentence_OnAnyTextAndSpan_NeverThrowsAndHoldsTheSpan()
    {
        var texts = Gen.Elements('a', 'B', ' ', '.', '?', '!', '\n', '"', '”', 'U', 'S').ArrayOf().Select(c => new string(c));
        var cases = from text in texts
                    from start in Gen.Choose(0, text.Length)
                    from length in Gen.Choose(0, text.Length - start)
                    select (Text: text, Span: new TextSpan(start, length));
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var sentence = new Document(Id, c.Text).GetSentenceSpan(c.Span);
            bool endsVisibly = c.Span.Length > 0 && !char.IsWhiteSpace(c.Text[c.Span.End - 1]);
            return sentence.Start <= c.Span.Start && sentence.End <= c.Text.Length && (!endsVisibly || sentence.End >= c.Span.End);
        });
    }
}
