namespace ConflictData;

/// <summary>
/// What a <see cref="NonBodyRegion"/> of a page is: text that was captured with an article but is not its body.
/// In JSON each kind is written in kebab-case ("photo-caption").
/// </summary>
public enum NonBodyKind
{
    /// <summary>The article's headline, repeated at the top of the captured page.</summary>
    Headline,

    /// <summary>A date or time line: "22-07-2017", "7:25 pm on 24 March 2019".</summary>
    Dateline,

    /// <summary>The outlet's or author's name set apart from the text.</summary>
    Byline,

    /// <summary>A contributor credit: "Margaret Besheer contributed to this report."</summary>
    Credit,

    /// <summary>Subject tags or topics: "Tags: Counterterrorism ISIS …", "TOPICS: …".</summary>
    Tags,

    /// <summary>Page controls captured as text: "A+ A-".</summary>
    PageControls,

    /// <summary>A site's page header or breadcrumb: "date 2019-05-02 HOME > Global".</summary>
    PageHeader,

    /// <summary>A photo caption or image description.</summary>
    PhotoCaption,

    /// <summary>A teaser for another article embedded in the page.</summary>
    RelatedArticle,

    /// <summary>A comment box or reply prompt: "Comments … Post a comment", "leave a reply:".</summary>
    Comments,

    /// <summary>Promotion of the outlet's own products: "Get the RNZ app".</summary>
    AppPromotion,
}
