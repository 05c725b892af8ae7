using System;
using System.Diagnostics.CodeAnalysis;

namespace ConflictData.Cli;

/// <summary>
/// What this build of the tool can do. The portable tool does everything; the Native AOT build is compiled with
/// <see cref="Parquet"/> off (a trimming feature switch set in the project file when <c>PublishAot</c> is true), so the
/// trimmer removes the Parquet writer from the binary.
/// </summary>
/// <remarks>
/// Parquet.Net 6.1.0 is not trim-safe: every column it builds goes through reflection over the column's type
/// (<c>Type.GetInterfaces</c>, <c>MakeGenericType</c>), which Native AOT reports as IL2070 and IL3050. The tool publishes
/// with no trim or AOT warning rather than with those suppressed; the portable tool and the ConflictData.Parquet
/// package still write Parquet.
/// </remarks>
internal static class ToolFeatures
{
    /// <summary>The switch's name, as the project file sets it.</summary>
    internal const string ParquetSwitch = "ConflictData.Cli.Parquet";

    /// <summary>Whether <c>export --format parquet</c> is in this build: true unless the switch turns it off.</summary>
    [FeatureSwitchDefinition(ParquetSwitch)]
    internal static bool Parquet => !AppContext.TryGetSwitch(ParquetSwitch, out bool enabled) || enabled;
}
