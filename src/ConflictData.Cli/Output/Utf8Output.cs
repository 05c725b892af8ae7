using System;
using System.IO;
using System.Text;

namespace ConflictData.Cli;

/// <summary>
/// Writes UTF-8 bytes made elsewhere (JSON lines from the workers) to the tool's output: straight to the stream under
/// a UTF-8 <see cref="StreamWriter"/>, as standard output is, or decoded for any other writer, as in tests.
/// </summary>
internal sealed class Utf8Output
{
    private readonly TextWriter writer;
    private readonly Stream? stream;
    private char[] chars = [];

    internal Utf8Output(TextWriter writer)
    {
        this.writer = writer;
        stream = writer is StreamWriter { Encoding.CodePage: 65001 } direct && direct.Encoding.Preamble.IsEmpty ? direct.BaseStream : null;
    }

    internal void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }
        if (stream is not null)
        {
            writer.Flush();
            stream.Write(bytes);
            return;
        }
        int most = Encoding.UTF8.GetMaxCharCount(bytes.Length);
        if (chars.Length < most)
        {
            chars = new char[Math.Max(most, 2 * chars.Length)];
        }
        writer.Write(chars.AsSpan(0, Encoding.UTF8.GetChars(bytes, chars)));
    }
}
