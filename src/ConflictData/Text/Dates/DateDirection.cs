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
}
