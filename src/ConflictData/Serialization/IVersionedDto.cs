namespace ConflictData.Serialization;

/// <summary>A top-level JSON document, which carries the schema version it was written in.</summary>
internal interface IVersionedDto
{
    /// <summary>The <c>schemaVersion</c> member, or <see langword="null"/> when missing.</summary>
    int? SchemaVersion { get; }
}
