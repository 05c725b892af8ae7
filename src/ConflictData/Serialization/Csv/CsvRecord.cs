using System.Collections.Generic;

namespace ConflictData.Serialization;

/// <summary>One CSV record: its fields in order and the 1-based line it starts on.</summary>
internal readonly record struct CsvRecord(int Line, IReadOnlyList<CsvField> Fields);
