namespace ConflictData.Text;

/// <summary>Which occurrence of a named month or weekday a phrase means, relative to the publication date.</summary>
internal enum DateDirection : byte
{
    /// <summary>The latest one on or before the publication date ("on Friday", "in September").</summary>
    OnOrBefore,

    /// <summary>The latest one strictly before the publication date's day or month ("last August", "this past March").</summary>
    Before,

    /// <summary>The earliest one strictly after the publication date's day or month ("next March").</summary>
    After,

    /// <summary>The earliest one not yet over on the publication date ("by autumn", "until October").</summary>
    OnOrAfter,

    /// <summary>The one nearest the publication date, containing it if any ("this summer").</summary>
    Nearest,
}
