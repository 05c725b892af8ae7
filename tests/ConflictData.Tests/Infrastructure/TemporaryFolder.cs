using System;
using System.IO;

namespace ConflictData.Tests.Infrastructure;

/// <summary>A fresh folder under the system's temporary folder, deleted with everything in it on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    internal TemporaryFolder(string prefix) => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    internal string Path { get; }

    /// <summary>Writes <paramref name="bytes"/> to the file <paramref name="name"/> in the folder; returns its path.</summary>
    internal string Write(string name, byte[] bytes)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
