namespace ConflictData.Serialization;

/// <summary>One CSV field: its unquoted text and the 1-based line it starts on.</summary>
internal readonly record struct CsvField(string Text, int Line);
